import { describe, expect, it } from '@jest/globals';
import { RenderedFeedCache } from './rendered-feed-cache.js';

describe('RenderedFeedCache', () => {
  it('gives a copy back only for the same fingerprint', () => {
    const cache = new RenderedFeedCache(100);
    cache.set('all:en', 'a', 'BEGIN:VCALENDAR');
    expect(cache.get('all:en', 'a')).toBe('BEGIN:VCALENDAR');
    expect(cache.get('all:en', 'b')).toBeNull();
    expect(cache.get('all:pl', 'a')).toBeNull();
  });

  it('keeps at most its size, dropping the oldest copies first', () => {
    const cache = new RenderedFeedCache(10);
    cache.set('one', 'f', 'aaaa');
    cache.set('two', 'f', 'bbbb');
    cache.set('one', 'g', 'cccc');
    cache.set('three', 'f', 'dddd');
    expect(cache.get('two', 'f')).toBeNull();
    expect(cache.get('one', 'g')).toBe('cccc');
    expect(cache.get('three', 'f')).toBe('dddd');
    cache.set('huge', 'f', 'x'.repeat(11));
    expect(cache.get('huge', 'f')).toBeNull();
    expect(cache.get('three', 'f')).toBe('dddd');
  });
});
