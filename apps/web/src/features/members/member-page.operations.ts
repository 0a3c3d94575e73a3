import { graphql } from '@liblab/web-graphql';

export const memberProfileQuery = graphql(`
  query MemberProfile($id: ID!) {
    member(id: $id) {
      id
      name
      position
      bio
      publicEmail
      phone
      roles
      languages
      interests
      createdAt
      followedByMe
      followerCount
      library {
        id
        slug
        name
        city
        region
        country
      }
    }
  }
`);

export const grantRoleMutation = graphql(`
  mutation GrantRole($memberId: ID!, $role: GrantableRole!) {
    grantRole(memberId: $memberId, role: $role) {
      id
      roles
    }
  }
`);

export const revokeRoleMutation = graphql(`
  mutation RevokeRole($memberId: ID!, $role: GrantableRole!) {
    revokeRole(memberId: $memberId, role: $role) {
      id
      roles
    }
  }
`);
