import { graphql } from '@liblab/web-graphql';

export const tagListQuery = graphql(`
  query TagList($sort: TagSort!, $search: String, $after: String) {
    tags(first: 50, after: $after, sort: $sort, search: $search) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...TagChipFields
          questionCount
          inspirationCount
        }
      }
    }
  }
`);

export const tagPageQuery = graphql(`
  query TagPage($slug: String!) {
    tag(slug: $slug) {
      ...TagChipFields
      questionCount
      inspirationCount
      viewerFollows
    }
  }
`);

/** For the tag field's suggestions: popular tags matching what is typed. */
export const tagSuggestionsQuery = graphql(`
  query TagSuggestions($search: String) {
    tags(first: 20, search: $search, sort: POPULAR) {
      edges {
        node {
          id
          slug
          name
        }
      }
    }
  }
`);
