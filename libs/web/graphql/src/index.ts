export { graphql } from './generated/gql';
export * from './generated/graphql';
export { createLiblabApollo, subscriptionUrl, type LiblabApollo } from './apollo-client';
export { createCache } from './cache';
export { cursorConnection, prependToConnection } from './connection-policy';
export { readApiProblem, type ApiErrorCode, type ApiProblem, type FieldProblem } from './api-problem';
