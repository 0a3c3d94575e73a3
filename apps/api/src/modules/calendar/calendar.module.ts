import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';
import { CalendarTokensService } from './calendar-tokens.service.js';
import { CalendarResolver, EventCalendarResolver, MonthCalendarResolver } from './calendar.resolver.js';

/**
 * iCalendar files of events (issue 4): "Add to calendar" for one event, and feeds of all events, a thematic
 * month, a region and a member's own registrations (private by a revocable secret URL).
 */
@Module({
  controllers: [CalendarController],
  providers: [CalendarFeedsService, CalendarTokensService, CalendarResolver, EventCalendarResolver, MonthCalendarResolver],
})
export class CalendarModule {}
