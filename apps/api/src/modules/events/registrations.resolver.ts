import { Args, Context, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember, Roles } from '../../core/auth/decorators.js';
import { ConnectionOf, PageInfo } from '../../core/graphql/connection.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { CHANNELS } from '../../core/pubsub/channels.js';
import { PUB_SUB } from '../../core/pubsub/pubsub.module.js';
import { toMember } from '../members/members.service.js';
import { Member } from '../members/models/member.model.js';
import { EventRegistrationsArgs, MarkAttendanceArgs, MyEventsArgs } from './dto/event.input.js';
import { toEvent } from './events.service.js';
import { EventRegistration, RegistrationChange, RegistrationCounts } from './models/event-registration.model.js';
import { Event } from './models/event.model.js';
import type { EventAvailabilityChangedEvent, RegistrationChangedEvent } from './registration.publisher.js';
import { RegistrationsService, toRegistration } from './registrations.service.js';

export const EventRegistrationConnection = ConnectionOf(EventRegistration, 'EventRegistration');

@ObjectType('EventRegistrantEdge')
class EventRegistrantEdge {
  @Field()
  cursor: string;

  @Field(() => EventRegistration)
  node: EventRegistration;
}

@ObjectType({ description: 'An event’s registrations for its organisers, with the counts by status.' })
export class EventRegistrantConnection {
  @Field(() => [EventRegistrantEdge])
  edges: EventRegistrantEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'How many registrations match the status filter in all pages.' })
  totalCount: number;

  @Field(() => RegistrationCounts)
  counts: RegistrationCounts;
}

@Resolver(() => EventRegistration)
export class RegistrationsResolver {
  constructor(
    private readonly registrations: RegistrationsService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Mutation(() => EventRegistration, {
    description:
      'CONFIRMED while places are left, else WAITLISTED. Errors (CONFLICT, extensions.reason): ALREADY_REGISTERED, EVENT_CANCELLED, EVENT_STARTED, DEADLINE_PASSED.',
  })
  registerForEvent(@CurrentMember() actor: AuthMember, @Args('eventId', { type: () => ID }) eventId: string): Promise<EventRegistration> {
    return this.registrations.register(actor, eventId);
  }

  @Mutation(() => EventRegistration, {
    description: 'Gives up your place (or waitlist spot); a freed place goes to the first on the waitlist at once. CONFLICT reasons: NOT_REGISTERED, EVENT_CANCELLED, EVENT_STARTED.',
  })
  cancelRegistration(@CurrentMember() actor: AuthMember, @Args('eventId', { type: () => ID }) eventId: string): Promise<EventRegistration> {
    return this.registrations.cancel(actor, eventId);
  }

  @Query(() => EventRegistrationConnection, { description: 'Your confirmed and waitlisted registrations: upcoming soonest first, or past ones.' })
  myEvents(@CurrentMember() actor: AuthMember, @Args() args: MyEventsArgs) {
    return this.registrations.mine(actor, args.past, args.first, args.after);
  }

  @Roles('coordinator')
  @Query(() => EventRegistrantConnection, { description: 'For organisers: who registered, confirmed first, then the waitlist in order.' })
  eventRegistrations(@Args() args: EventRegistrationsArgs) {
    return this.registrations.ofEvent(args.eventId, args.status, args.first, args.after);
  }

  @Roles('coordinator')
  @Query(() => String, {
    description: 'For organisers: confirmed and waitlisted registrants as CSV (RFC 4180, UTF-8, CRLF), ready to save as a .csv file.',
  })
  eventRegistrantsCsv(@Args('eventId', { type: () => ID }) eventId: string): Promise<string> {
    return this.registrations.csv(eventId);
  }

  @Roles('coordinator')
  @Mutation(() => EventRegistration, { description: 'For organisers, once the event has started: who came.' })
  markAttendance(@Args() args: MarkAttendanceArgs): Promise<EventRegistration> {
    return this.registrations.markAttendance(args.eventId, args.memberId, args.attended);
  }

  @Subscription(() => RegistrationChange, {
    description: 'Changes to the signed-in member’s registrations: above all PROMOTED from the waitlist, and EVENT_CANCELLED.',
    filter: (payload: RegistrationChangedEvent, _variables: unknown, context: GqlContext) => payload.memberId === context.member?.id,
    resolve: async (payload: RegistrationChangedEvent, _args: unknown, context: GqlContext): Promise<RegistrationChange | null> => {
      // A subscription keeps its context for its whole life: clear so every event reads fresh data.
      context.loaders.eventById.clear(payload.eventId);
      context.loaders.eventCounts.clear(payload.eventId);
      context.loaders.liveRegistration.clearAll();
      context.loaders.waitlistPosition.clearAll();
      const entity = await context.loaders.eventRegistrationById.clear(payload.registrationId).load(payload.registrationId);
      return entity ? { reason: payload.reason, registration: toRegistration(entity) } : null;
    },
  })
  registrationChanged() {
    return this.pubSub.asyncIterableIterator(CHANNELS.registrationChanged);
  }

  @Subscription(() => Event, {
    nullable: true,
    description:
      'The event as it is after a change of its registrations (places left, waitlist, and the viewer’s own place and waitlist ' +
      'position), for every member with its page open: one message per change, however many registrations it moved.',
    filter: (payload: EventAvailabilityChangedEvent, variables: { eventId: string }) => payload.eventId === variables.eventId,
    resolve: async (payload: EventAvailabilityChangedEvent, _args: unknown, context: GqlContext): Promise<Event | null> => {
      // A subscription keeps its context for its whole life: clear so every message reads fresh numbers.
      context.loaders.eventCounts.clear(payload.eventId);
      context.loaders.liveRegistration.clearAll();
      context.loaders.waitlistPosition.clearAll();
      const entity = await context.loaders.eventById.clear(payload.eventId).load(payload.eventId);
      return entity ? toEvent(entity) : null;
    },
  })
  eventAvailabilityChanged(@Args('eventId', { type: () => ID }) _eventId: string) {
    return this.pubSub.asyncIterableIterator(CHANNELS.eventAvailabilityChanged);
  }

  @ResolveField(() => Event)
  async event(@Parent() registration: EventRegistration, @Context() context: GqlContext): Promise<Event> {
    const entity = await context.loaders.eventById.load(registration.eventId);
    return toEvent(entity!);
  }

  @ResolveField(() => Member)
  async member(@Parent() registration: EventRegistration, @Context() context: GqlContext): Promise<Member> {
    return toMember((await context.loaders.memberById.load(registration.memberId))!);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Place on the waitlist (1 = next to get a place); null unless WAITLISTED.' })
  waitlistPosition(@Parent() registration: EventRegistration, @Context() context: GqlContext): Promise<number | null> {
    return registration.status === 'waitlisted' ? context.loaders.waitlistPosition.load(registration.id) : Promise.resolve(null);
  }
}
