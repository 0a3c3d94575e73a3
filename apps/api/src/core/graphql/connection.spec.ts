import { describe, expect, it } from '@jest/globals';
import { decodeCursor, encodeCursor, toConnection } from './connection.js';

describe('cursor connections', () => {
  it('round-trips cursors and rejects tampered ones with a field error', () => {
    expect(decodeCursor(encodeCursor(['anna', 'id-1']), 2)).toEqual(['anna', 'id-1']);
    expect(decodeCursor(null, 2)).toBeNull();
    expect(() => decodeCursor('garbage', 2)).toThrow(/cursor is not valid/);
    expect(() => decodeCursor(encodeCursor(['only-one']), 2)).toThrow(/cursor is not valid/);
  });

  it('uses the extra row only to tell that there is a next page', () => {
    const rows = [1, 2, 3].map((n) => ({ n }));
    const page = toConnection(rows, 2, 3, (r) => r.n, (r) => [r.n]);
    expect(page.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([2]) });
    expect(toConnection([], 2, 0, (r: { n: number }) => r.n, (r) => [r.n]).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
