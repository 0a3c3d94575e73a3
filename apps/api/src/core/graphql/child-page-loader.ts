import DataLoader from 'dataloader';

/** One page of a parent's children (comments of a post, answers of a question ...). */
export interface ChildPageKey {
  parentId: string;
  /** Page size; the loader returns up to `first + 1` rows so the caller knows whether more follow. */
  first: number;
  /** Everything else that shapes the page (sort, decoded cursor, filter), as JSON-safe values. */
  [shape: string]: unknown;
}

/**
 * Pages of children for many parents at once: keys that differ only in the parent share one statement
 * (`fetch` gets all their parent ids and typically ranks rows with `row_number() OVER (PARTITION BY
 * parent)`), so a list showing each item's first comments costs the same whatever its length.
 */
export function createChildPageLoader<K extends ChildPageKey, R>(
  fetch: (parentIds: string[], shape: K) => Promise<R[]>,
  parentOf: (row: R) => string,
): DataLoader<K, R[], string> {
  const shapeOf = (key: K) => JSON.stringify({ ...key, parentId: undefined });
  return new DataLoader<K, R[], string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) push(groups, shapeOf(key), key);
      const byKey = new Map<string, R[]>();
      await Promise.all(
        [...groups.entries()].map(async ([shape, group]) => {
          const rows = await fetch([...new Set(group.map((k) => k.parentId))], group[0]);
          for (const row of rows) push(byKey, `${shape}|${parentOf(row)}`, row);
        }),
      );
      return keys.map((key) => byKey.get(`${shapeOf(key)}|${key.parentId}`) ?? []);
    },
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
}

/** Keys like `${memberId}|${id}` for loaders that answer "has the viewer ... this?". */
export function viewerKey(memberId: string, id: string): string {
  return `${memberId}|${id}`;
}

/** Splits viewer keys into the (single, in practice) member and their ids. */
export function groupViewerKeys(keys: readonly string[]): Map<string, string[]> {
  const byMember = new Map<string, string[]>();
  for (const key of keys) {
    const [memberId, id] = key.split('|');
    push(byMember, memberId, id);
  }
  return byMember;
}

/** Appends to the list under `key`, creating it on first use. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
