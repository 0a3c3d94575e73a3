import { graphql } from '@liblab/web-graphql';

export const inspirationCardFields = graphql(`
  fragment InspirationCardFields on Inspiration {
    id
    title
    summary
    language
    createdAt
    commentCount
    author {
      id
      name
    }
    library {
      id
      name
    }
    tags {
      ...TagChipFields
    }
  }
`);

export const inspirationListQuery = graphql(`
  query InspirationList($filter: InspirationFilter, $after: String) {
    inspirations(first: 20, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...InspirationCardFields
        }
      }
    }
  }
`);

export const inspirationPageQuery = graphql(`
  query InspirationPage($id: ID!) {
    inspiration(id: $id) {
      ...ContentMetaFields
      title
      summary
      body
      language
      viewerBookmarked
      links {
        title
        url
      }
      attachments {
        title
        url
      }
      tags {
        ...TagChipFields
      }
    }
  }
`);

export const createInspirationMutation = graphql(`
  mutation CreateInspiration($input: InspirationInput!) {
    createInspiration(input: $input) {
      id
    }
  }
`);

export const updateInspirationMutation = graphql(`
  mutation UpdateInspiration($id: ID!, $input: InspirationInput!) {
    updateInspiration(id: $id, input: $input) {
      id
      title
      summary
      body
      language
      edited
      editedAt
      links {
        title
        url
      }
      attachments {
        title
        url
      }
      tags {
        ...TagChipFields
      }
    }
  }
`);

export const deleteInspirationMutation = graphql(`
  mutation DeleteInspiration($id: ID!) {
    deleteInspiration(id: $id)
  }
`);
