import { graphql } from '@liblab/web-graphql';

/** Members whose name contains what follows the "@", for mention suggestions. */
export const mentionSuggestionsQuery = graphql(`
  query MentionSuggestions($search: String!) {
    members(first: 8, filter: { search: $search }) {
      edges {
        node {
          id
          name
          library {
            id
            name
          }
        }
      }
    }
  }
`);
