import { graphql } from '@liblab/web-graphql';

/** What a library picker shows of a library, and what it hands back. */
export const libraryOptionFields = graphql(`
  fragment LibraryOptionFields on Library {
    id
    slug
    name
    city
  }
`);

/** Up to 50 libraries for a picker, narrowed by what the person types (name or city). */
export const libraryOptionsQuery = graphql(`
  query LibraryOptions($filter: LibraryFilter) {
    libraries(first: 50, filter: $filter) {
      totalCount
      edges {
        node {
          ...LibraryOptionFields
        }
      }
    }
  }
`);
