import { graphql } from '@liblab/web-graphql';

export const myProfileQuery = graphql(`
  query MyProfile {
    me {
      ...MyProfileFields
    }
  }
`);

export const myProfileFields = graphql(`
  fragment MyProfileFields on Member {
    id
    name
    email
    locale
    position
    bio
    publicEmail
    phone
    languages
    interests
    roles
    createdAt
    library {
      id
      slug
      name
      city
      country
      region
    }
  }
`);

export const updateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...MyProfileFields
    }
  }
`);

export const changePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
