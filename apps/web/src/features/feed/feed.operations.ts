import { graphql, type HomeFeedQuery } from '@liblab/web-graphql';

export const homeFeedQuery = graphql(`
  query HomeFeed($filter: FeedFilter, $after: String) {
    feed(first: 20, after: $after, filter: $filter) {
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        followed
        followedBecause
        node {
          __typename
          id
          ... on Question {
            ...QuestionCardFields
          }
          ... on Inspiration {
            ...InspirationCardFields
          }
        }
      }
    }
  }
`);

/** New posts for the filter on screen ("3 new posts"); the feed is read again when the member asks. */
export const feedPostAddedSubscription = graphql(`
  subscription FeedPostAdded($filter: FeedFilter) {
    feedPostAdded(filter: $filter) {
      id
    }
  }
`);

export type FeedEdgeData = HomeFeedQuery['feed']['edges'][number];
