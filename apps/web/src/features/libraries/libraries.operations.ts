import { graphql } from '@liblab/web-graphql';

export const libraryCardFields = graphql(`
  fragment LibraryCardFields on Library {
    id
    slug
    name
    city
    region
    country
    memberCount
  }
`);

export const libraryListQuery = graphql(`
  query LibraryList($filter: LibraryFilter, $after: String) {
    libraries(first: 20, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...LibraryCardFields
        }
      }
    }
  }
`);

export const createLibraryMutation = graphql(`
  mutation CreateLibrary($input: LibraryInput!) {
    createLibrary(input: $input) {
      ...LibraryDetailsFields
    }
  }
`);
