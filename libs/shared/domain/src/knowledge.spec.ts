import { describe, expect, it } from '@jest/globals';
import { tagSlug } from './knowledge.js';

describe('tagSlug', () => {
  it('keeps letters of every language and joins words with single dashes', () => {
    expect(tagSlug('  Nowe technologie ')).toBe('nowe-technologie');
    expect(tagSlug('Läsfrämjande')).toBe('läsfrämjande');
    expect(tagSlug('Språkkafé & frivillige!')).toBe('språkkafé-frivillige');
    expect(tagSlug('ŁÓDŹ')).toBe('łódź');
  });

  it('leaves nothing of punctuation only', () => {
    expect(tagSlug(' -- !! ')).toBe('');
  });
});
