import { graphql } from '@liblab/web-graphql';

export const libraryDetailsFields = graphql(`
  fragment LibraryDetailsFields on Library {
    id
    slug
    name
    city
    region
    country
    address
    description
    email
    phone
    website
    memberCount
    viewerCanManage
  }
`);

export const libraryPageQuery = graphql(`
  query LibraryPage($slug: String!) {
    library(slug: $slug) {
      ...LibraryDetailsFields
      followedByMe
      followerCount
      staff {
        id
        name
        position
        publicEmail
        phone
      }
    }
  }
`);

export const libraryMembersQuery = graphql(`
  query LibraryMembers($slug: String!, $after: String) {
    library(slug: $slug) {
      id
      members(first: 20, after: $after) {
        ...MemberCardPageFields
      }
    }
  }
`);

export const updateLibraryMutation = graphql(`
  mutation UpdateLibrary($id: ID!, $input: LibraryInput!) {
    updateLibrary(id: $id, input: $input) {
      ...LibraryDetailsFields
    }
  }
`);

export const libraryMemberJoinedSubscription = graphql(`
  subscription LibraryMemberJoined($libraryId: ID!) {
    libraryMemberJoined(libraryId: $libraryId) {
      ...MemberCardFields
    }
  }
`);
