import { graphql } from '@liblab/web-graphql';

/** Up to 50 libraries for a picker, narrowed by what the person types (name or city). */
export const libraryOptionsQuery = graphql(`
  query LibraryOptions($filter: LibraryFilter) {
    libraries(first: 50, filter: $filter) {
      totalCount
      edges {
        node {
          id
          slug
          name
          city
        }
      }
    }
  }
`);
