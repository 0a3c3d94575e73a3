import sanitizeHtml from 'sanitize-html';

/**
 * Rich text arrives as HTML from the web's TipTap editor and is stored only after passing this
 * allowlist: the formatting the editor offers, links to http(s) and mailto with rel="noopener nofollow",
 * nothing else. Scripts, styles, event handlers, iframes, SVG, images and javascript: URLs are dropped
 * (their text too, for elements whose content is code rather than prose).
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'h4', 'strong', 'em', 'u', 's', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'br', 'hr'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedClasses: { code: [/^language-[a-z0-9-]{1,30}$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'title', 'head'],
  parseStyleAttributes: false,
  enforceHtmlBoundary: false,
  nestingLimit: 50,
  transformTags: {
    b: 'strong',
    i: 'em',
    strike: 's',
    del: 's',
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: (_tagName, attribs) => ({
      tagName: 'a',
      attribs: { ...(attribs.href ? { href: attribs.href.trim() } : {}), rel: 'noopener nofollow' },
    }),
  },
};

/** The stored, safe form of a rich-text body. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/gi;

/** The visible text of (sanitised) HTML, for length limits and "is it empty?" checks. */
export function visibleText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {}, nonTextTags: OPTIONS.nonTextTags })
    .replace(ENTITY, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
