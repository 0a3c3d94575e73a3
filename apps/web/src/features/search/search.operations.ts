import { graphql } from '@liblab/web-graphql';

/** One page of search hits, best first. */
export const searchQuery = graphql(`
  query Search($query: String!, $filter: SearchFilter, $after: String) {
    search(query: $query, first: 20, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          kind
          language
          questionId
          slug
          title
          snippet
          rank
        }
      }
    }
  }
`);
