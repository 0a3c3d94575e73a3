import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember } from '../../core/auth/decorators.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { toSession } from './events.service.js';
import { mayJoin } from './join-access.js';
import { BreakoutRoom } from './models/breakout-room.model.js';
import { Event, EventSession } from './models/event.model.js';

/** `Event.breakoutRooms` and the fields of a room that read the database, all through loaders. */
@Resolver(() => Event)
export class EventBreakoutRoomsResolver {
  @ResolveField(() => [BreakoutRoom], { description: 'A convention’s per-project breakout rooms, in the organisers’ order; empty for other kinds.' })
  async breakoutRooms(@Parent() event: Event, @Context() context: GqlContext): Promise<BreakoutRoom[]> {
    return (await context.loaders.breakoutRoomsByEvent.load(event.id)).map((r) => ({
      id: r.id,
      name: r.name,
      project: r.project,
      room: r.room,
      url: r.url,
      eventId: r.eventId,
      sessionId: r.sessionId,
    }));
  }
}

@Resolver(() => BreakoutRoom)
export class BreakoutRoomResolver {
  @ResolveField(() => String, {
    nullable: true,
    description: 'The online room: like the join link, only for members with a confirmed place and for organisers.',
  })
  async url(@Parent() room: BreakoutRoom, @CurrentMember() viewer: AuthMember | null, @Context() context: GqlContext): Promise<string | null> {
    if (!room.url || !viewer) return null;
    const event = await context.loaders.eventById.load(room.eventId);
    return event && (await mayJoin(viewer, event, context)) ? room.url : null;
  }

  @ResolveField(() => EventSession, { nullable: true, description: 'The programme session it belongs to, if any.' })
  async session(@Parent() room: BreakoutRoom, @Context() context: GqlContext): Promise<EventSession | null> {
    if (!room.sessionId) return null;
    const session = (await context.loaders.sessionsByEvent.load(room.eventId)).find((s) => s.id === room.sessionId);
    return session ? toSession(session) : null;
  }
}
