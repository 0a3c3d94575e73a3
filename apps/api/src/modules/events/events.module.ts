import { Module } from '@nestjs/common';
import { EventRemindersModule } from '../event-reminders/event-reminders.module.js';
import { EventMonthResolver, MonthEventsResolver } from './event-month.resolver.js';
import { PostsModule } from '../posts/posts.module.js';
import { BreakoutRoomResolver, EventBreakoutRoomsResolver } from './breakout-rooms.resolver.js';
import { EventMaterialsResolver } from './event-materials.resolver.js';
import { EventMaterialsService } from './event-materials.service.js';
import { EventQuestionsResolver, QuestionEventResolver } from './event-questions.resolver.js';
import { EventQuestionsService } from './event-questions.service.js';
import { EventSpeakerResolver, EventsResolver } from './events.resolver.js';
import { EventsService } from './events.service.js';
import { NotificationEventResolver } from './notification-event.resolver.js';
import { RegistrationPublisher } from './registration.publisher.js';
import { RegistrationsResolver } from './registrations.resolver.js';
import { RegistrationsService } from './registrations.service.js';

/**
 * Meetups, webinars and conventions, their registrations, waitlists and attendance (issue 4), and what
 * happens during and after them: questions asked at the event, the recording and slides, breakout rooms,
 * and notifications about events (PostsModule brings the question writer and the notifier).
 */
@Module({
  imports: [EventRemindersModule, PostsModule],
  providers: [
    EventsService,
    RegistrationsService,
    RegistrationPublisher,
    EventQuestionsService,
    EventMaterialsService,
    EventsResolver,
    EventSpeakerResolver,
    RegistrationsResolver,
    EventQuestionsResolver,
    QuestionEventResolver,
    EventMaterialsResolver,
    EventBreakoutRoomsResolver,
    BreakoutRoomResolver,
    NotificationEventResolver,
    EventMonthResolver,
    MonthEventsResolver,
  ],
  exports: [EventsService, RegistrationsService],
})
export class EventsModule {}
