import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { LIMITS } from '@liblab/domain';

/**
 * A list field costs its page size times what each item costs: `first` is read from the query or from
 * its variables, so `members(first: $n)` costs as much as `members(first: 50)`.
 */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  if (typeof args.first !== 'number') return undefined;
  // Sizes over the cap are refused by validation with a field error; cost them at the cap meanwhile.
  const first = Math.min(Math.max(args.first, 0), LIMITS.pageSizeMax);
  return 1 + first * Math.max(1, childComplexity);
};

/** Refuses operations whose cost exceeds `maxCost`, once variables are known (before anything runs). */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName ?? undefined,
              estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not fit the schema: Apollo refuses them next with BAD_USER_INPUT.
            return;
          }
          if (cost > maxCost) {
            throw new GraphQLError(`This query is too expensive (cost ${cost}, limit ${maxCost}): ask for smaller pages or fewer fields.`, {
              extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
