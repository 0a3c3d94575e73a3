import type { AuthMember } from '../../core/auth/auth-member.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { canManageEvents } from './events.service.js';

/**
 * Whether the viewer may see an event's online links (its join link, its breakout rooms' links):
 * organisers (coordinators, admins, the creator) and members with a confirmed place — not the waitlist,
 * not other members, not visitors.
 */
export async function mayJoin(
  viewer: AuthMember | null,
  event: { id: string; createdById: string | null },
  context: GqlContext,
): Promise<boolean> {
  if (!viewer) return false;
  if (canManageEvents(viewer) || event.createdById === viewer.id) return true;
  const mine = await context.loaders.liveRegistration.load({ eventId: event.id, memberId: viewer.id });
  return mine?.status === 'confirmed';
}
