import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/gql-context.js';
import { badInput, unauthenticated } from '../graphql/errors.js';

/** Runs passport-local on the `input` argument of a GraphQL mutation; the member lands on `req.user`. */
@Injectable()
export class GqlLocalAuthGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<GqlContext>().req!;
    const input = (gql.getArgs<{ input?: { email?: unknown; password?: unknown } }>().input ?? {});
    req.body = { email: input.email, password: input.password };
    return req;
  }

  getResponse(context: ExecutionContext) {
    return GqlExecutionContext.create(context).getContext<GqlContext>().res;
  }

  override handleRequest<T>(error: unknown, member: T | false, info: { message?: string } | undefined): T {
    if (error) throw error;
    if (info?.message === 'Missing credentials') {
      throw badInput([
        { field: 'email', message: 'Give your email address.' },
        { field: 'password', message: 'Give your password.' },
      ]);
    }
    if (!member) throw unauthenticated('Wrong email or password.');
    return member;
  }
}
