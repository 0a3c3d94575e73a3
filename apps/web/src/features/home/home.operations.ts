import { graphql } from '@liblab/web-graphql';

/** How many libraries take part, per country (public, so visitors see it too). */
export const networkSizeQuery = graphql(`
  query NetworkSize {
    poland: libraries(first: 1, filter: { country: PL }) {
      totalCount
    }
    sweden: libraries(first: 1, filter: { country: SE }) {
      totalCount
    }
    norway: libraries(first: 1, filter: { country: NO }) {
      totalCount
    }
  }
`);
