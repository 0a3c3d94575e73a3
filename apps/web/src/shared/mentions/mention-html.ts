import { splitMentions } from '@liblab/domain';

/**
 * Mentions live in bodies as the text `@[Name](member-id)` (what the API reads to notify people). These
 * helpers only rewrite text nodes of already sanitised HTML in an inert document: names are set as text,
 * never parsed as markup.
 */
function rewriteMentions(html: string, build: (doc: Document, name: string, memberId: string) => Node): string {
  if (!html.includes('@[') || typeof DOMParser === 'undefined') return html;
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // A mention inside a link or code stays as written.
    if (node.parentElement?.closest('a, code, pre')) continue;
    if (node.nodeValue?.includes('@[')) texts.push(node as Text);
  }
  for (const text of texts) {
    const parts = splitMentions(text.nodeValue ?? '');
    if (!parts.some((part) => 'memberId' in part)) continue;
    const fragment = doc.createDocumentFragment();
    for (const part of parts) {
      fragment.append('memberId' in part ? build(doc, part.name, part.memberId) : doc.createTextNode(part.text));
    }
    text.replaceWith(fragment);
  }
  return doc.body.innerHTML;
}

/** For reading: each mention becomes a link to the member's page showing "@Name". */
export function linkMentions(html: string): string {
  return rewriteMentions(html, (doc, name, memberId) => {
    const link = doc.createElement('a');
    link.href = `/members/${memberId}`;
    link.className = 'liblab-mention';
    link.dataset.mention = memberId;
    link.textContent = `@${name}`;
    return link;
  });
}

/** For editing: each mention becomes the editor's mention node (shown as "@Name", saved as the markup). */
export function mentionsForEditor(html: string): string {
  return rewriteMentions(html, (doc, name, memberId) => {
    const span = doc.createElement('span');
    span.dataset.type = 'mention';
    span.dataset.id = memberId;
    span.dataset.label = name;
    span.textContent = `@${name}`;
    return span;
  });
}
