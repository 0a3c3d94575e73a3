import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Errors we raise on purpose (bad input, sign-in needed, conflicts) are answers, not incidents: hand them
 * to Apollo as they are, without Nest logging a stack trace for each. Anything else still reaches the
 * default handler and formatError, which log it.
 */
@Catch(GraphQLError)
export class GraphqlErrorFilter implements GqlExceptionFilter {
  catch(error: GraphQLError): GraphQLError {
    return error;
  }
}
