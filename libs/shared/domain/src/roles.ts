/** What a member may do in the network. A member holds one or more roles; everyone holds `member`. */
export const ROLES = ['member', 'expert', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Roles an admin may grant or revoke; `member` is implied by having an account. */
export const GRANTABLE_ROLES = ['expert', 'coordinator', 'admin'] as const satisfies readonly Role[];
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];
