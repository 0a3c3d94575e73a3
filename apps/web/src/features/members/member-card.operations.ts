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
