import { graphql } from '@liblab/web-graphql';

/** A tag as a chip linking to its page. */
export const tagChipFields = graphql(`
  fragment TagChipFields on Tag {
    id
    slug
    name
  }
`);

/** Who wrote something, from which library, when, and what the viewer may do with it. */
export const contentMetaFields = graphql(`
  fragment ContentMetaFields on Content {
    id
    createdAt
    edited
    editedAt
    viewerCanEdit
    viewerCanDelete
    commentCount
    author {
      id
      name
    }
    library {
      id
      slug
      name
    }
    reactionSummary {
      kind
      count
      viewerReacted
    }
  }
`);

export const commentFields = graphql(`
  fragment CommentFields on Comment {
    id
    body
    createdAt
    viewerCanDelete
    author {
      id
      name
    }
  }
`);

export const reactMutation = graphql(`
  mutation React($contentId: ID!, $kind: ReactionKind!) {
    react(contentId: $contentId, kind: $kind) {
      id
      reactionSummary {
        kind
        count
        viewerReacted
      }
    }
  }
`);

export const unreactMutation = graphql(`
  mutation Unreact($contentId: ID!, $kind: ReactionKind!) {
    unreact(contentId: $contentId, kind: $kind) {
      id
      reactionSummary {
        kind
        count
        viewerReacted
      }
    }
  }
`);

export const voteMutation = graphql(`
  mutation Vote($id: ID!) {
    vote(id: $id) {
      id
      voteCount
      viewerVoted
      viewerCanVote
    }
  }
`);

export const unvoteMutation = graphql(`
  mutation Unvote($id: ID!) {
    unvote(id: $id) {
      id
      voteCount
      viewerVoted
      viewerCanVote
    }
  }
`);

export const bookmarkMutation = graphql(`
  mutation Bookmark($postId: ID!) {
    bookmark(postId: $postId) {
      id
      viewerBookmarked
    }
  }
`);

export const unbookmarkMutation = graphql(`
  mutation Unbookmark($postId: ID!) {
    unbookmark(postId: $postId) {
      id
      viewerBookmarked
    }
  }
`);

export const addCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const deleteCommentMutation = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`);

/** Who reacted to an inspiration, question or answer. */
export const contentReactionsQuery = graphql(`
  query ContentReactions($id: ID!, $kind: ReactionKind, $after: String) {
    content(id: $id) {
      id
      reactions(first: 20, after: $after, kind: $kind) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        edges {
          cursor
          node {
            kind
            createdAt
            member {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** A page of comments on an inspiration, question or answer, oldest first. */
export const commentPageFields = graphql(`
  fragment CommentPageFields on CommentConnection {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      cursor
      node {
        ...CommentFields
      }
    }
  }
`);

export const contentCommentsQuery = graphql(`
  query ContentComments($id: ID!, $first: Int!, $after: String) {
    content(id: $id) {
      id
      commentCount
      comments(first: $first, after: $after) {
        ...CommentPageFields
      }
    }
  }
`);
