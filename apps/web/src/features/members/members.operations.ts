import { graphql } from '@liblab/web-graphql';

export const memberDirectoryQuery = graphql(`
  query MemberDirectory($filter: MemberFilter, $after: String) {
    members(first: 20, after: $after, filter: $filter) {
      ...MemberCardPageFields
    }
  }
`);

/** The directory keeps the library filter as a readable slug in the URL and looks up its id. */
export const directoryLibraryQuery = graphql(`
  query DirectoryLibrary($slug: String!) {
    library(slug: $slug) {
      ...LibraryOptionFields
    }
  }
`);
