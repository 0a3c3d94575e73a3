import { describe, expect, it } from '@jest/globals';
import { createChildPageLoader, groupViewerKeys, type ChildPageKey } from './child-page-loader.js';

interface Key extends ChildPageKey {
  sort: string;
}

describe('createChildPageLoader', () => {
  it('fetches once per page shape for all parents and hands each parent its own rows', async () => {
    const calls: [string[], Key][] = [];
    const loader = createChildPageLoader<Key, { parent: string; n: number }>(async (parentIds, shape) => {
      calls.push([parentIds, shape]);
      return parentIds.flatMap((parent) => [1, 2].map((n) => ({ parent, n: n * shape.first })));
    }, (row) => row.parent);

    const [a, b, c, d] = await Promise.all([
      loader.load({ parentId: 'a', first: 1, sort: 'new' }),
      loader.load({ parentId: 'b', first: 1, sort: 'new' }),
      loader.load({ parentId: 'a', first: 10, sort: 'new' }),
      loader.load({ parentId: 'b', first: 1, sort: 'new' }),
    ]);
    expect(calls.map(([ids, shape]) => [ids, shape.first])).toEqual([[['a', 'b'], 1], [['a'], 10]]);
    expect(a).toEqual([{ parent: 'a', n: 1 }, { parent: 'a', n: 2 }]);
    expect(b).toEqual([{ parent: 'b', n: 1 }, { parent: 'b', n: 2 }]);
    expect(c).toEqual([{ parent: 'a', n: 10 }, { parent: 'a', n: 20 }]);
    expect(d).toBe(b);
  });

  it('gives parents without rows an empty page', async () => {
    const loader = createChildPageLoader<Key, { parent: string }>(async () => [], (row) => row.parent);
    expect(await loader.load({ parentId: 'x', first: 5, sort: 'new' })).toEqual([]);
  });
});

describe('groupViewerKeys', () => {
  it('groups member|id keys by member', () => {
    expect(groupViewerKeys(['m1|a', 'm1|b', 'm2|a'])).toEqual(new Map([['m1', ['a', 'b']], ['m2', ['a']]]));
  });
});
