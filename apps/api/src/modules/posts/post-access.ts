import { hasRole, type AuthMember } from '../../core/auth/auth-member.js';

/**
 * Who may do what with content. Authors edit their own; authors and moderators (coordinators and
 * admins) delete. Services enforce these, and the `viewerCan*` fields show the same answers to the web.
 */
export function isModerator(actor: AuthMember | null | undefined): boolean {
  return hasRole(actor, 'coordinator', 'admin');
}

export function canEditContent(actor: AuthMember | null | undefined, content: { authorId: string | null }): boolean {
  return !!actor && content.authorId === actor.id;
}

export function canDeleteContent(actor: AuthMember | null | undefined, content: { authorId: string | null }): boolean {
  return canEditContent(actor, content) || isModerator(actor);
}
