import { graphql } from '@liblab/web-graphql';

export const followMemberMutation = graphql(`
  mutation FollowMember($id: ID!) {
    followMember(id: $id) {
      id
      followedByMe
      followerCount
    }
  }
`);

export const unfollowMemberMutation = graphql(`
  mutation UnfollowMember($id: ID!) {
    unfollowMember(id: $id) {
      id
      followedByMe
      followerCount
    }
  }
`);

export const followLibraryMutation = graphql(`
  mutation FollowLibrary($id: ID!) {
    followLibrary(id: $id) {
      id
      followedByMe
      followerCount
    }
  }
`);

export const unfollowLibraryMutation = graphql(`
  mutation UnfollowLibrary($id: ID!) {
    unfollowLibrary(id: $id) {
      id
      followedByMe
      followerCount
    }
  }
`);

export const followTagMutation = graphql(`
  mutation FollowTag($slug: String!) {
    followTag(slug: $slug) {
      id
      viewerFollows
    }
  }
`);

export const unfollowTagMutation = graphql(`
  mutation UnfollowTag($slug: String!) {
    unfollowTag(slug: $slug) {
      id
      viewerFollows
    }
  }
`);
