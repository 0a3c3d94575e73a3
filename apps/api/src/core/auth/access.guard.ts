import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@liblab/domain';
import { forbidden, unauthenticated } from '../graphql/errors.js';
import { gqlContextOf, IS_PUBLIC, REQUIRED_ROLES } from './decorators.js';

/**
 * The one guard, global, for queries, mutations and subscriptions (HTTP and graphql-ws build the same
 * context). Deny by default: an operation is public only when marked @Public(). REST controllers
 * (health, metrics, calendar) are public by nature and skipped here.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const { member } = gqlContextOf(context);
    if (!member) throw unauthenticated();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles?.length && !member.roles.includes('admin') && !roles.some((r) => member.roles.includes(r))) {
      throw forbidden();
    }
    return true;
  }
}
