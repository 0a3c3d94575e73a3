import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember } from '../../core/auth/decorators.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { Month, toMonth } from '../months/models/month.model.js';
import { canManageMonths } from '../months/months.service.js';
import { toEvent } from './events.service.js';
import { MONTH_EVENTS_MAX } from './events.loaders.js';
import { Event } from './models/event.model.js';

/** `Event.month`: thematic months are for members, and drafts for those who manage them. */
@Resolver(() => Event)
export class EventMonthResolver {
  @ResolveField(() => Month, { nullable: true, description: 'The thematic month the event belongs to; null if none, and for visitors.' })
  async month(@Parent() event: Event, @CurrentMember() viewer: AuthMember | null, @Context() context: GqlContext): Promise<Month | null> {
    if (!event.monthId || !viewer) return null;
    const month = await context.loaders.monthById.load(event.monthId);
    if (!month || (month.status === 'draft' && !canManageMonths(viewer))) return null;
    return toMonth(month);
  }
}

/** `Month.events`: the webinars, meetups and conventions of a month, through one loader for a page of months. */
@Resolver(() => Month)
export class MonthEventsResolver {
  @ResolveField(() => [Event], { description: `The month's events (cancelled ones too) by start time; at most ${MONTH_EVENTS_MAX}.` })
  async events(@Parent() month: Month, @Context() context: GqlContext): Promise<Event[]> {
    return (await context.loaders.eventsByMonth.load(month.id)).map(toEvent);
  }
}
