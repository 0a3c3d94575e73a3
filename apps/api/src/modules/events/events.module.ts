import { Module } from '@nestjs/common';
import { EventRemindersModule } from '../event-reminders/event-reminders.module.js';
import { EventMonthResolver, MonthEventsResolver } from './event-month.resolver.js';
import { EventSpeakerResolver, EventsResolver } from './events.resolver.js';
import { EventsService } from './events.service.js';
import { RegistrationPublisher } from './registration.publisher.js';
import { RegistrationsResolver } from './registrations.resolver.js';
import { RegistrationsService } from './registrations.service.js';

/** Meetups, webinars and conventions, their registrations, waitlists and attendance (issue 4). */
@Module({
  imports: [EventRemindersModule],
  providers: [
    EventsService,
    RegistrationsService,
    RegistrationPublisher,
    EventsResolver,
    EventSpeakerResolver,
    RegistrationsResolver,
    EventMonthResolver,
    MonthEventsResolver,
  ],
  exports: [EventsService, RegistrationsService],
})
export class EventsModule {}
