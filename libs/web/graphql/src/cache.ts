import { InMemoryCache } from '@apollo/client';
import { cursorConnection } from './connection-policy';

/** Members and libraries are normalised by id; every list is a cursor connection keyed by page size and filter. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          members: cursorConnection(['first', 'filter']),
          libraries: cursorConnection(['first', 'filter']),
        },
      },
      Library: {
        fields: {
          members: cursorConnection(false),
        },
      },
    },
  });
}
