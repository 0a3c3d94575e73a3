import { graphql } from '@liblab/web-graphql';

/** Who is looking: enough for the header, the navigation and what each role may see. */
export const sessionQuery = graphql(`
  query Session {
    me {
      id
      name
      roles
      locale
      library {
        id
        slug
        name
        country
        region
      }
    }
  }
`);

export const signOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
