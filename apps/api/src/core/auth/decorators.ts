import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@liblab/domain';
import type { GqlContext } from '../graphql/gql-context.js';
import type { AuthMember } from './auth-member.js';

export const IS_PUBLIC = 'liblab:public';
export const REQUIRED_ROLES = 'liblab:roles';

/** Open to anonymous visitors. Everything else requires a signed-in member. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Requires at least one of the roles (admins pass every role check). */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export function gqlContextOf(context: ExecutionContext): GqlContext {
  return GqlExecutionContext.create(context).getContext<GqlContext>();
}

/** The signed-in member, or null on @Public operations. */
export const CurrentMember = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthMember | null => gqlContextOf(context).member,
);
