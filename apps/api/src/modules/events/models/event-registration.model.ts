import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { RegistrationChangeReasonEnum, RegistrationStatusEnum } from './event-enums.js';

@ObjectType({ description: 'A member’s place at an event (seen by the member and by organisers).' })
export class EventRegistration {
  @Field(() => ID)
  id: string;

  @Field(() => RegistrationStatusEnum)
  status: RegistrationStatusEnum;

  @Field(() => GraphQLISODateTime, { description: 'When the member registered (last time, if they registered again).' })
  registeredAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a waitlisted registration got a place.' })
  promotedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Marked by organisers; null = not marked.' })
  attended: boolean | null;

  /** Resolved through loaders. */
  eventId: string;
  memberId: string;
}

@ObjectType({ description: 'How many registrations an event has, by status.' })
export class RegistrationCounts {
  @Field(() => Int)
  confirmed: number;

  @Field(() => Int)
  waitlisted: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => Int, { description: 'Confirmed registrations marked as attended.' })
  attended: number;
}

@ObjectType({ description: 'Something happened to one of your registrations.' })
export class RegistrationChange {
  @Field(() => RegistrationChangeReasonEnum)
  reason: RegistrationChangeReasonEnum;

  @Field(() => EventRegistration)
  registration: EventRegistration;
}
