import type { ApolloCache } from '@apollo/client';

/** After a library is added or changed: lists of libraries (and pickers) are read again, with it in its place. */
export function forgetLibraryLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'libraries' });
  cache.gc();
}
