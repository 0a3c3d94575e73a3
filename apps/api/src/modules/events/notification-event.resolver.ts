import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { Notification } from '../notifications/models/notification.model.js';
import { toEvent } from './events.service.js';
import { Event } from './models/event.model.js';

/** `Notification.event`: here rather than in the notifications module, which does not know events. */
@Resolver(() => Notification)
export class NotificationEventResolver {
  @ResolveField(() => Event, {
    nullable: true,
    description: 'The event it is about: a place from the waitlist, a cancellation, a recording; null for notifications about a post.',
  })
  async event(@Parent() notification: Notification, @Context() context: GqlContext): Promise<Event | null> {
    if (!notification.eventId) return null;
    const event = await context.loaders.eventById.load(notification.eventId);
    return event ? toEvent(event) : null;
  }
}
