import type { Role } from '@liblab/domain';

/** Who is asking: the signed-in member as the session found them at the start of the request. */
export interface AuthMember {
  id: string;
  name: string;
  roles: Role[];
  libraryId: string | null;
  /** Region of the home library: coordinators manage the libraries of this region. */
  region: string | null;
  sessionId: string;
}

export function hasRole(member: Pick<AuthMember, 'roles'> | null | undefined, ...roles: Role[]): boolean {
  return !!member && roles.some((role) => member.roles.includes(role));
}
