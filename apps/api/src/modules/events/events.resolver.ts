import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember, Public, Roles } from '../../core/auth/decorators.js';
import { ConnectionOf } from '../../core/graphql/connection.js';
import type { GqlContext } from '../../core/graphql/gql-context.js';
import { PagingArgs } from '../../core/graphql/paging.args.js';
import { toMember } from '../members/members.service.js';
import { Member } from '../members/models/member.model.js';
import { EventFilter, EventInput } from './dto/event.input.js';
import { registrationClosedReason } from './event-rules.js';
import { canManageEvents, EventsService, toSession } from './events.service.js';
import { mayJoin } from './join-access.js';
import { EventRegistration } from './models/event-registration.model.js';
import { Event, EventSession, EventSpeaker } from './models/event.model.js';
import { toRegistration } from './registrations.service.js';

export const EventConnection = ConnectionOf(Event, 'Event');

/**
 * Events are public (visitors may see what is on); the join link is not. Only coordinators and admins
 * create, edit and cancel. Every field that reads the database goes through a loader, so a page of
 * events costs the same statements for 10 or 50.
 */
@Resolver(() => Event)
export class EventsResolver {
  constructor(private readonly eventsService: EventsService) {}

  @Public()
  @Query(() => Event)
  event(@Args('id', { type: () => ID }) id: string): Promise<Event> {
    return this.eventsService.byId(id);
  }

  @Public()
  @Query(() => EventConnection, { description: 'Upcoming events soonest first (or past ones, latest first), with filters.' })
  events(
    @Args() paging: PagingArgs,
    // Typed without `| null`: a union emits `Object` as the parameter's metadata and the validation pipe would skip it.
    @Args('filter', { type: () => EventFilter, nullable: true }) filter?: EventFilter,
  ) {
    return this.eventsService.list(filter ?? { past: false }, paging.first, paging.after);
  }

  @Roles('coordinator')
  @Mutation(() => Event)
  createEvent(@CurrentMember() actor: AuthMember, @Args('input') input: EventInput): Promise<Event> {
    return this.eventsService.create(actor, input);
  }

  @Roles('coordinator')
  @Mutation(() => Event, { description: 'Replaces the event with the input; more places promote the waitlist at once.' })
  updateEvent(
    @CurrentMember() actor: AuthMember,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: EventInput,
  ): Promise<Event> {
    return this.eventsService.update(actor, id, input);
  }

  @Roles('coordinator')
  @Mutation(() => Event, { description: 'Cancels the event; registrants are told live (registrationChanged).' })
  cancelEvent(@CurrentMember() actor: AuthMember, @Args('id', { type: () => ID }) id: string): Promise<Event> {
    return this.eventsService.cancel(actor, id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The online meeting link: only for members with a confirmed place and for organisers; null for everyone else.',
  })
  async joinUrl(@Parent() event: Event, @CurrentMember() actor: AuthMember | null, @Context() context: GqlContext): Promise<string | null> {
    if (!event.joinUrl) return null;
    return (await mayJoin(actor, event, context)) ? event.joinUrl : null;
  }

  @ResolveField(() => Int)
  async confirmedCount(@Parent() event: Event, @Context() context: GqlContext): Promise<number> {
    return (await context.loaders.eventCounts.load(event.id)).confirmed;
  }

  @ResolveField(() => Int)
  async waitlistCount(@Parent() event: Event, @Context() context: GqlContext): Promise<number> {
    return (await context.loaders.eventCounts.load(event.id)).waitlisted;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Confirmed registrants marked as attended; for organisers only (null for everyone else).' })
  async attendedCount(@Parent() event: Event, @CurrentMember() actor: AuthMember | null, @Context() context: GqlContext): Promise<number | null> {
    if (!actor || !(canManageEvents(actor) || event.createdById === actor.id)) return null;
    return (await context.loaders.eventCounts.load(event.id)).attended;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Free places; null = unlimited.' })
  async placesLeft(@Parent() event: Event, @Context() context: GqlContext): Promise<number | null> {
    if (event.capacity === null) return null;
    return Math.max(0, event.capacity - (await context.loaders.eventCounts.load(event.id)).confirmed);
  }

  @ResolveField(() => Boolean, { description: 'Whether members can register now (scheduled, not started, deadline not passed).' })
  registrationOpen(@Parent() event: Event): boolean {
    return registrationClosedReason(event, new Date()) === null;
  }

  @ResolveField(() => EventRegistration, { nullable: true, description: 'The viewer’s confirmed or waitlisted registration; null if none.' })
  async viewerRegistration(
    @Parent() event: Event,
    @CurrentMember() actor: AuthMember | null,
    @Context() context: GqlContext,
  ): Promise<EventRegistration | null> {
    if (!actor) return null;
    const entity = await context.loaders.liveRegistration.load({ eventId: event.id, memberId: actor.id });
    return entity ? toRegistration(entity) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may edit and cancel this event and see its registrants.' })
  viewerCanManage(@CurrentMember() actor: AuthMember | null): boolean {
    return canManageEvents(actor);
  }

  @ResolveField(() => [EventSession], { description: 'A convention’s programme by start time; empty for other kinds.' })
  async sessions(@Parent() event: Event, @Context() context: GqlContext): Promise<EventSession[]> {
    return (await context.loaders.sessionsByEvent.load(event.id)).map(toSession);
  }

  @ResolveField(() => Member, { nullable: true, description: 'Who created the event; null for visitors or if the account was erased.' })
  async organiser(@Parent() event: Event, @CurrentMember() actor: AuthMember | null, @Context() context: GqlContext): Promise<Member | null> {
    if (!actor || !event.createdById) return null;
    const entity = await context.loaders.memberById.load(event.createdById);
    return entity ? toMember(entity) : null;
  }
}

@Resolver(() => EventSpeaker)
export class EventSpeakerResolver {
  @ResolveField(() => String, { description: 'The member’s current name, or the guest’s name.' })
  async name(@Parent() speaker: EventSpeaker, @Context() context: GqlContext): Promise<string> {
    if (!speaker.memberId) return speaker.guestName ?? '';
    return (await context.loaders.memberById.load(speaker.memberId))?.name ?? speaker.guestName ?? '';
  }

  @ResolveField(() => Member, { nullable: true, description: 'The member who speaks; null for guests, and for visitors who are not signed in.' })
  async member(@Parent() speaker: EventSpeaker, @CurrentMember() actor: AuthMember | null, @Context() context: GqlContext): Promise<Member | null> {
    if (!speaker.memberId || !actor) return null;
    const entity = await context.loaders.memberById.load(speaker.memberId);
    return entity ? toMember(entity) : null;
  }
}


