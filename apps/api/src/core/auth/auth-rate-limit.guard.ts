import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/gql-context.js';
import { RateLimitService } from '../rate-limit/rate-limit.service.js';

/**
 * Counts each sign-in, sign-up and reset try per IP and per account before anything else runs, so
 * guessing is slow whatever the answer. The account is the email, or for reset links the token.
 */
@Injectable()
export class AuthRateLimitGuard implements CanActivate {
  constructor(private readonly rateLimit: RateLimitService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const gql = GqlExecutionContext.create(context);
    const { ip } = gql.getContext<GqlContext>();
    const input = gql.getArgs<{ input?: { email?: unknown; token?: unknown } }>().input ?? {};
    const account = typeof input.email === 'string' ? input.email : typeof input.token === 'string' ? input.token.slice(0, 16) : '';
    await this.rateLimit.consumeAuth(gql.getInfo<{ fieldName: string }>().fieldName, ip, account);
    return true;
  }
}
