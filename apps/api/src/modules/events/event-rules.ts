import { EVENT_KINDS_WITH_BREAKOUT_ROOMS, EVENT_KINDS_WITH_PLACE, EVENT_KINDS_WITH_PROGRAMME, type EventKind } from '@liblab/domain';
import type { FieldProblem } from '../../core/graphql/errors.js';
import type { EventInput, EventSpeakerInput } from './dto/event.input.js';

function speakerProblems(speakers: readonly EventSpeakerInput[], prefix: string): FieldProblem[] {
  return speakers.flatMap((s, i) =>
    !s.memberId === !s.name
      ? [{ field: `${prefix}.${i}.name`, message: 'Choose a member or name a guest speaker (one of the two).' }]
      : [],
  );
}

/**
 * Rules across fields that class-validator cannot see one field at a time. Field names follow the
 * validation pipe's (`sessions.2.endsAt`), so the web shows each message next to its input.
 * `isNew`: a new event must start in the future; an edit may fix a past event's details.
 */
export function eventInputProblems(input: EventInput, now: Date, isNew: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const kind = input.kind as EventKind;
  if (input.endsAt.getTime() <= input.startsAt.getTime()) {
    problems.push({ field: 'endsAt', message: 'The event must end after it starts.' });
  }
  if (isNew && input.startsAt.getTime() <= now.getTime()) {
    problems.push({ field: 'startsAt', message: 'A new event must start in the future.' });
  }
  if (input.registrationDeadline && input.registrationDeadline.getTime() > input.startsAt.getTime()) {
    problems.push({ field: 'registrationDeadline', message: 'Registration must close before the event starts, or when it starts.' });
  }
  if (EVENT_KINDS_WITH_PLACE.includes(kind) && !input.city) {
    problems.push({ field: 'city', message: 'Give the city where it takes place.' });
  }
  problems.push(...speakerProblems(input.speakers, 'speakers'));
  problems.push(...breakoutRoomProblems(input, kind));
  if (input.sessions.length && !EVENT_KINDS_WITH_PROGRAMME.includes(kind)) {
    problems.push({ field: 'sessions', message: 'Only conventions have a programme of sessions.' });
    return problems;
  }
  input.sessions.forEach((session, i) => {
    if (session.endsAt.getTime() <= session.startsAt.getTime()) {
      problems.push({ field: `sessions.${i}.endsAt`, message: 'A session must end after it starts.' });
    } else if (session.startsAt.getTime() < input.startsAt.getTime() || session.endsAt.getTime() > input.endsAt.getTime()) {
      problems.push({ field: `sessions.${i}.startsAt`, message: 'A session must take place during the event.' });
    }
    problems.push(...speakerProblems(session.speakers, `sessions.${i}.speakers`));
  });
  return problems;
}

/** Breakout rooms: conventions only, each with a room or a link, in a session of the input's programme. */
function breakoutRoomProblems(input: EventInput, kind: EventKind): FieldProblem[] {
  if (!input.breakoutRooms?.length) return [];
  if (!EVENT_KINDS_WITH_BREAKOUT_ROOMS.includes(kind)) {
    return [{ field: 'breakoutRooms', message: 'Only conventions have breakout rooms.' }];
  }
  return input.breakoutRooms.flatMap((room, i) => {
    const problems: FieldProblem[] = [];
    if (!room.room && !room.url) problems.push({ field: `breakoutRooms.${i}.room`, message: 'Give a room or a link (or both).' });
    if (room.sessionIndex != null && room.sessionIndex >= input.sessions.length) {
      problems.push({ field: `breakoutRooms.${i}.sessionIndex`, message: 'Choose a session of the programme.' });
    }
    return problems;
  });
}

/** Why registration is closed for an event, or null when it is open. */
export function registrationClosedReason(
  event: { status: string; startsAt: Date; registrationDeadline: Date | null },
  now: Date,
): { reason: 'EVENT_CANCELLED' | 'EVENT_STARTED' | 'DEADLINE_PASSED'; message: string } | null {
  if (event.status === 'cancelled') return { reason: 'EVENT_CANCELLED', message: 'This event was cancelled; registration is closed.' };
  if (event.startsAt.getTime() <= now.getTime()) {
    return { reason: 'EVENT_STARTED', message: 'This event has already started or taken place; registration is closed.' };
  }
  if (event.registrationDeadline && event.registrationDeadline.getTime() < now.getTime()) {
    return { reason: 'DEADLINE_PASSED', message: 'The registration deadline for this event has passed.' };
  }
  return null;
}
