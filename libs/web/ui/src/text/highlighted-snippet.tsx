import type { ReactNode } from 'react';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Turns the escaped text of a snippet back into characters (`&amp;` → `&`, `&#39;` → `'`). */
export function unescapeSnippetText(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The parts of a snippet: plain text and highlighted (matched) text, in order. */
export function snippetParts(snippet: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const piece of snippet.split(/(<mark>|<\/mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>') marked = true;
    else if (tag === '</mark>') marked = false;
    else if (piece) parts.push({ text: unescapeSnippetText(piece), marked });
  }
  return parts;
}

/**
 * A search snippet whose only markup is `<mark>` around matched words: split on the marks and shown as
 * React text and <mark> elements, so nothing in it is ever parsed as HTML.
 */
export function HighlightedSnippet({ snippet }: { snippet: string }): ReactNode {
  return snippetParts(snippet).map((part, index) =>
    part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
  );
}
