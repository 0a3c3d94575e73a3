import { Module } from '@nestjs/common';
import { EventSpeakerResolver, EventsResolver } from './events.resolver.js';
import { EventsService } from './events.service.js';
import { RegistrationPublisher } from './registration.publisher.js';
import { RegistrationsResolver } from './registrations.resolver.js';
import { RegistrationsService } from './registrations.service.js';

/** Meetups, webinars and conventions, their registrations, waitlists and attendance (issue 4). */
@Module({
  providers: [EventsService, RegistrationsService, RegistrationPublisher, EventsResolver, EventSpeakerResolver, RegistrationsResolver],
  exports: [EventsService, RegistrationsService],
})
export class EventsModule {}
