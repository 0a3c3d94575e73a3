import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember, Public } from '../../core/auth/decorators.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { badInput } from '../../core/graphql/errors.js';
import { Event } from '../events/models/event.model.js';
import { Month } from '../months/models/month.model.js';
import { isRegion } from './calendar-feeds.service.js';
import { CalendarTokensService, type CalendarToken } from './calendar-tokens.service.js';
import { calendarUrls } from './calendar-urls.js';
import { CalendarFeed } from './models/calendar-feed.model.js';

/** Calendar feeds in GraphQL: the member's private feed and the addresses of the public files. */
@Resolver()
export class CalendarResolver {
  constructor(
    private readonly tokens: CalendarTokensService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private feed(token: CalendarToken): CalendarFeed {
    return { url: calendarUrls.mine(this.config.publicUrl, token.token), createdAt: token.createdAt };
  }

  @Query(() => CalendarFeed, {
    description: 'The signed-in member’s private feed of their registrations (made on first ask). Waitlisted places are TENTATIVE; cancelled events CANCELLED.',
  })
  async myCalendarFeed(@CurrentMember() member: AuthMember): Promise<CalendarFeed> {
    return this.feed(await this.tokens.current(member.id));
  }

  @Mutation(() => CalendarFeed, { description: 'Replaces the private feed’s URL; the old one answers 404 at once.' })
  async rotateCalendarToken(@CurrentMember() member: AuthMember): Promise<CalendarFeed> {
    return this.feed(await this.tokens.rotate(member.id));
  }

  @Public()
  @Query(() => String, {
    description: 'Absolute URL of the public feed of all events, or of one region’s meetups and conventions (region key from the shared list).',
  })
  calendarFeedUrl(@Args('region', { type: () => String, nullable: true }) region?: string): string {
    if (region == null) return calendarUrls.all(this.config.publicUrl);
    if (!isRegion(region)) throw badInput({ field: 'region', message: 'Choose a region from the list.' });
    return calendarUrls.region(this.config.publicUrl, region);
  }
}

@Resolver(() => Event)
export class EventCalendarResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @ResolveField(() => String, { description: 'Absolute URL of the event’s .ics file ("Add to calendar"; never with the join link).' })
  calendarUrl(@Parent() event: Event): string {
    return calendarUrls.event(this.config.publicUrl, event.id);
  }
}

@Resolver(() => Month)
export class MonthCalendarResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @ResolveField(() => String, { description: 'Absolute URL of the feed of the month’s events, to subscribe to.' })
  calendarUrl(@Parent() month: Month): string {
    return calendarUrls.month(this.config.publicUrl, month.id);
  }
}
