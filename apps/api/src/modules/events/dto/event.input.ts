import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { ALL_REGIONS, canonicalTimeZone, EVENT_LIMITS as L, LIMITS } from '@liblab/domain';
import { PagingArgs } from '../../../core/graphql/paging.args.js';
import { EventKindEnum, RegistrationStatusEnum } from '../models/event-enums.js';
import { BreakoutRoomInput } from './breakout-room.input.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Blank optional text is no text. */
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

function IsIanaTimeZone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isIanaTimeZone', validator: { validate: (value: unknown) => typeof value === 'string' && canonicalTimeZone(value) !== null } },
    options,
  );
}

@InputType({ description: 'A speaker: choose a member (memberId) or name a guest (name), not both.' })
export class EventSpeakerInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a member from the directory.' })
  memberId?: string | null;

  @Field(() => String, { nullable: true, description: 'A guest speaker’s name.' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(L.speakerNameMax, { message: `Keep the name under ${L.speakerNameMax} characters.` })
  name?: string | null;
}

@InputType({ description: 'One item of a convention’s programme.' })
export class EventSessionInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, L.titleMax, { message: `Give a title of 1 to ${L.titleMax} characters.` })
  title: string;

  @Field(() => GraphQLISODateTime)
  @IsDate({ message: 'Give the start time.' })
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  @IsDate({ message: 'Give the end time.' })
  endsAt: Date;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(L.roomMax, { message: `Keep the room under ${L.roomMax} characters.` })
  room?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(L.roomMax, { message: `Keep the track under ${L.roomMax} characters.` })
  track?: string | null;

  @Field(() => [EventSpeakerInput], { defaultValue: [] })
  @ArrayMaxSize(L.speakersMax, { message: `Name at most ${L.speakersMax} speakers.` })
  @ValidateNested({ each: true })
  @Type(() => EventSpeakerInput)
  speakers: EventSpeakerInput[] = [];
}

@InputType({
  description:
    'An event, whole (create and update take the same input). Times are instants (ISO 8601 with offset); timeZone is where the event happens.',
})
export class EventInput {
  @Field(() => EventKindEnum)
  @IsEnum(EventKindEnum, { message: 'Choose meetup, webinar or convention.' })
  kind: EventKindEnum;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(L.titleMin, L.titleMax, { message: `Give a title of ${L.titleMin} to ${L.titleMax} characters.` })
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(L.descriptionMax, { message: `Keep the description under ${L.descriptionMax} characters.` })
  description: string = '';

  @Field({ defaultValue: '', description: 'Plain text.' })
  @IsString()
  @MaxLength(L.agendaMax, { message: `Keep the agenda under ${L.agendaMax} characters.` })
  agenda: string = '';

  @Field(() => GraphQLISODateTime)
  @IsDate({ message: 'Give the start time.' })
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  @IsDate({ message: 'Give the end time.' })
  endsAt: Date;

  @Field({ description: 'IANA time zone, e.g. Europe/Warsaw.' })
  @IsIanaTimeZone({ message: 'Choose a time zone from the list (e.g. Europe/Warsaw).' })
  timeZone: string;

  @Field(() => Int, { nullable: true, description: 'Places; leave empty for unlimited.' })
  @IsOptional()
  @IsInt({ message: 'Give a whole number of places.' })
  @Min(1, { message: 'Give a positive number of places, or leave it empty for unlimited.' })
  @Max(L.capacityMax, { message: `Give at most ${L.capacityMax} places.` })
  capacity?: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  registrationDeadline?: Date | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.cityMax, { message: `Keep the city under ${LIMITS.cityMax} characters.` })
  city?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(L.venueMax, { message: `Keep the venue under ${L.venueMax} characters.` })
  venue?: string | null;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(L.addressMax, { message: `Keep the address under ${L.addressMax} characters.` })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(ALL_REGIONS, { message: 'Choose a region from the list.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Online meeting link; shown only to confirmed registrants and organisers.' })
  @Transform(trimToNull)
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'Give a full web address starting with https://.' })
  @MaxLength(LIMITS.urlMax)
  joinUrl?: string | null;

  @Field(() => ID, { nullable: true, description: 'The thematic month the event belongs to; null for none.' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a thematic month from the list.' })
  monthId?: string | null;

  @Field(() => [EventSpeakerInput], { defaultValue: [] })
  @ArrayMaxSize(L.speakersMax, { message: `Name at most ${L.speakersMax} speakers.` })
  @ValidateNested({ each: true })
  @Type(() => EventSpeakerInput)
  speakers: EventSpeakerInput[] = [];

  @Field(() => [EventSessionInput], { defaultValue: [], description: 'Conventions only: the programme.' })
  @ArrayMaxSize(L.sessionsMax, { message: `Plan at most ${L.sessionsMax} sessions.` })
  @ValidateNested({ each: true })
  @Type(() => EventSessionInput)
  sessions: EventSessionInput[] = [];

  @Field(() => [BreakoutRoomInput], {
    nullable: true,
    description:
      'Conventions only: per-project breakout rooms, in the order given. Omitted or null on an edit: the current rooms stay ' +
      '(each in the session with the same title and start, if the programme still has it); [] removes them.',
  })
  @IsOptional()
  @ArrayMaxSize(L.breakoutRoomsMax, { message: `Plan at most ${L.breakoutRoomsMax} breakout rooms.` })
  @ValidateNested({ each: true })
  @Type(() => BreakoutRoomInput)
  breakoutRooms?: BreakoutRoomInput[] | null;
}

@InputType()
export class EventFilter {
  @Field(() => EventKindEnum, { nullable: true })
  @IsOptional()
  @IsEnum(EventKindEnum)
  kind?: EventKindEnum | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Events starting at or after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Events starting before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(ALL_REGIONS, { message: 'Choose a region from the list.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact city name, any letter case.' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.cityMax)
  city?: string | null;

  @Field({
    defaultValue: false,
    description: 'false (default): events that have not ended, soonest first. true: events that have ended, latest first.',
  })
  @IsBoolean()
  past: boolean = false;
}

@ArgsType()
export class MyEventsArgs extends PagingArgs {
  @Field({ defaultValue: false, description: 'false: events that have not ended, soonest first; true: past events, latest first.' })
  @IsBoolean()
  past: boolean = false;
}

@ArgsType()
export class EventRegistrationsArgs extends PagingArgs {
  @Field(() => ID)
  @IsString()
  eventId: string;

  @Field(() => RegistrationStatusEnum, { nullable: true, description: 'Only this status; default: all, confirmed first.' })
  @IsOptional()
  @IsEnum(RegistrationStatusEnum)
  status?: RegistrationStatusEnum | null;
}

@ArgsType()
export class MarkAttendanceArgs {
  @Field(() => ID)
  @IsString()
  eventId: string;

  @Field(() => ID)
  @IsString()
  memberId: string;

  @Field()
  @IsBoolean()
  attended: boolean;
}

@ArgsType()
export class EventQuestionsArgs extends PagingArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only questions nobody has answered yet.' })
  @IsOptional()
  @IsBoolean()
  unanswered?: boolean | null;
}
