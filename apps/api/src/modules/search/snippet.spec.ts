import { describe, expect, it } from '@jest/globals';
import { MARK_END, MARK_START, cleanSearchQuery, snippetHtml } from './snippet.js';

describe('snippetHtml', () => {
  it('escapes every character of the text and keeps only balanced <mark> tags', () => {
    expect(snippetHtml(`Tom & "Jerry" <script>alert('x')</script> ${MARK_START}bibliotek${MARK_END} i ${MARK_START}Łodzi`)).toBe(
      'Tom &amp; &quot;Jerry&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>bibliotek</mark> i <mark>Łodzi</mark>',
    );
    expect(snippetHtml(`${MARK_END}a${MARK_START}${MARK_START}b${MARK_END}${MARK_END}`)).toBe('a<mark>b</mark>');
    expect(snippetHtml('')).toBe('');
  });
});

describe('cleanSearchQuery', () => {
  it('drops control characters, collapses blanks and composes accents', () => {
    expect(cleanSearchQuery('  a\u0000b \t\n c  ', 200)).toBe('a b c');
    expect(cleanSearchQuery('wspo\u0301\u0142praca', 200)).toBe('wsp\u00f3\u0142praca');
    expect(cleanSearchQuery('   ', 200)).toBe('');
  });

  it('cuts long input at a word boundary within the limit', () => {
    const cut = cleanSearchQuery('słowo '.repeat(2000), 200);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut.endsWith('słowo')).toBe(true);
    expect(cleanSearchQuery('x'.repeat(10_000), 200)).toHaveLength(200);
  });
});
