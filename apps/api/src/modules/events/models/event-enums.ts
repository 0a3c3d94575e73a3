import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enums mirror @liblab/domain (EVENT_KINDS ...); values are the domain's lower-case keys. */
export enum EventKindEnum {
  MEETUP = 'meetup',
  WEBINAR = 'webinar',
  CONVENTION = 'convention',
}
registerEnumType(EventKindEnum, { name: 'EventKind', description: 'A local meetup, an online webinar or a network convention.' });

export enum EventStatusEnum {
  SCHEDULED = 'scheduled',
  CANCELLED = 'cancelled',
}
registerEnumType(EventStatusEnum, { name: 'EventStatus' });

export enum RegistrationStatusEnum {
  CONFIRMED = 'confirmed',
  WAITLISTED = 'waitlisted',
  CANCELLED = 'cancelled',
}
registerEnumType(RegistrationStatusEnum, {
  name: 'RegistrationStatus',
  description: 'CONFIRMED has a place; WAITLISTED waits for one (first come, first served); CANCELLED gave it up.',
});

export enum RegistrationChangeReasonEnum {
  REGISTERED = 'registered',
  PROMOTED = 'promoted',
  CANCELLED = 'cancelled',
  EVENT_CANCELLED = 'event_cancelled',
}
registerEnumType(RegistrationChangeReasonEnum, {
  name: 'RegistrationChangeReason',
  description:
    'REGISTERED and CANCELLED: the member did it (another tab hears it); PROMOTED: a place freed and the member moved from the waitlist to CONFIRMED; EVENT_CANCELLED: the organisers cancelled the event.',
});
