import type { FieldPolicy, Reference } from '@apollo/client';

interface StoredEdge {
  cursor: string;
  node: Reference;
}

interface StoredConnection {
  edges: StoredEdge[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

/**
 * A cursor connection (`edges`, `pageInfo`, `totalCount`) read page by page with "Load more": the first
 * page (no `after`) replaces what was cached for the same key arguments, later pages are appended.
 * Nodes already present are not repeated, so a member prepended by a live event is not listed twice.
 */
export function cursorConnection(keyArgs: string[] | false): FieldPolicy<StoredConnection> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      const after = args?.['after'] as string | null | undefined;
      if (!existing || !after) return incoming;
      const seen = new Set(existing.edges.map((edge) => edge.node.__ref));
      const added = incoming.edges.filter((edge) => !seen.has(edge.node.__ref));
      return { ...incoming, edges: [...existing.edges, ...added] };
    },
  };
}

/** Puts a node in front of a cached connection (a live arrival); a node already listed is left alone. */
export function prependToConnection(existing: StoredConnection | undefined, node: Reference): StoredConnection | undefined {
  if (!existing) return existing;
  if (existing.edges.some((edge) => edge.node.__ref === node.__ref)) return existing;
  return {
    ...existing,
    edges: [{ cursor: '', node }, ...existing.edges],
    totalCount: existing.totalCount + 1,
  };
}
