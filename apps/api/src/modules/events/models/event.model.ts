import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { EventKindEnum, EventStatusEnum } from './event-enums.js';

@ObjectType({ description: 'Who speaks: a member of the network, or a guest known by name.' })
export class EventSpeaker {
  /** `name` and `member` are resolved (EventSpeakerResolver): a member's current name, or the guest's. */
  memberId: string | null;
  guestName: string | null;
}

@ObjectType({ description: 'One item of a convention’s programme.' })
export class EventSession {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field(() => String, { nullable: true })
  room: string | null;

  @Field(() => String, { nullable: true })
  track: string | null;

  @Field(() => [EventSpeaker])
  speakers: EventSpeaker[];
}

@ObjectType({ description: 'A local meetup, a webinar or a network convention.' })
export class Event {
  @Field(() => ID)
  id: string;

  @Field(() => EventKindEnum)
  kind: EventKindEnum;

  @Field(() => EventStatusEnum)
  status: EventStatusEnum;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field({ description: 'Plain-text agenda.' })
  agenda: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field({ description: 'IANA time zone the event happens in (e.g. Europe/Oslo); show its own local time with it.' })
  timeZone: string;

  @Field(() => Int, { nullable: true, description: 'Confirmed places; null = unlimited.' })
  capacity: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Registration closes then; null = when the event starts.' })
  registrationDeadline: Date | null;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true })
  venue: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: 'Region key (voivodeship, län or fylke) from the shared list.' })
  region: string | null;

  @Field(() => [EventSpeaker])
  speakers: EventSpeaker[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  /** Private: exposed through the `joinUrl` field only to confirmed registrants and organisers. */
  joinUrl: string | null;
  /** Exposed through their fields to signed-in members only (EventMaterialsResolver). */
  recordingUrl: string | null;
  slidesUrl: string | null;
  createdById: string | null;
  /** Resolved as `month` (EventMonthResolver). */
  monthId: string | null;
  /** Edits and cancellation so far: the ICS SEQUENCE. */
  version: number;
  updatedAt: Date;
}
