import { graphql } from '@liblab/web-graphql';

/** What a member card shows, wherever members are listed (directory, library page, live arrivals). */
export const memberCardFields = graphql(`
  fragment MemberCardFields on Member {
    id
    name
    position
    roles
    library {
      id
      slug
      name
      city
    }
  }
`);

/** A page of member cards with what "Load more" needs (the directory and a library's members). */
export const memberCardPageFields = graphql(`
  fragment MemberCardPageFields on MemberConnection {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      cursor
      node {
        ...MemberCardFields
      }
    }
  }
`);
