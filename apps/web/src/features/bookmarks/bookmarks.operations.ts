import { graphql } from '@liblab/web-graphql';

export const myBookmarksQuery = graphql(`
  query MyBookmarks($after: String) {
    myBookmarks(first: 20, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          __typename
          id
          title
          createdAt
          author {
            id
            name
          }
          tags {
            ...TagChipFields
          }
          ... on Question {
            answerCount
          }
          ... on Inspiration {
            summary
          }
        }
      }
    }
  }
`);
