import { Module } from '@nestjs/common';
import { ReminderScheduler } from './reminder-scheduler.service.js';
import { ReminderSender } from './reminder-sender.service.js';

/**
 * Event reminders as pg-boss jobs (issue 4): the day before every meetup, webinar and convention, and an
 * hour before a webinar, to confirmed registrants. EventsModule schedules them when it writes an event.
 */
@Module({
  providers: [ReminderScheduler, ReminderSender],
  exports: [ReminderScheduler],
})
export class EventRemindersModule {}
