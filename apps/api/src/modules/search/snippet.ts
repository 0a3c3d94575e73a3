/** Markers ts_headline puts around matched words; control characters never reach the database from the text we index. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Turns ts_headline output (plain text with our markers) into the snippet the API promises: every character
 * escaped for HTML, the only tags `<mark>` and `</mark>`, always balanced.
 */
export function snippetHtml(headline: string): string {
  let open = false;
  let html = '';
  for (const char of headline) {
    if (char === MARK_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (char === MARK_END) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += ESCAPES[char] ?? char;
    }
  }
  return open ? `${html}</mark>` : html;
}

/**
 * What the person typed, made safe to search for: NFC (so "współpraca" typed with combining accents is the
 * same word), control characters dropped (PostgreSQL text cannot hold NUL), blanks collapsed, and cut to
 * `max` characters, at a word boundary when there is one.
 */
export function cleanSearchQuery(input: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const text = input.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = [...text].slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).trim();
}
