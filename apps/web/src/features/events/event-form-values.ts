import { COUNTRIES, EVENT_LIMITS as L, LIMITS, REGIONS, type Country } from '@liblab/domain';
import type { EventInput, EventKind, EventSpeakerInput } from '@liblab/web-graphql';
import type { TFunction } from 'i18next';
import type { EventFormData } from './events.operations';
import { instantToWallClock, wallClockToInstant, type WallClock } from './zoned-time';

/** A speaker row: a member chosen from the directory, or a guest's name. */
export interface SpeakerValue {
  /** Stable React key for the row. */
  key: string;
  type: 'member' | 'guest';
  memberId: string | null;
  /** The chosen member's name, for the picker's label. */
  memberName: string;
  name: string;
}

export interface SessionValue {
  key: string;
  /** The saved session's id, so breakout rooms loaded with the event find their session row. */
  id?: string;
  title: string;
  startsAt: WallClock;
  endsAt: WallClock;
  room: string;
  track: string;
  speakers: SpeakerValue[];
}

/** A convention's breakout room; `sessionKey` points at a session row (its position is sent). */
export interface BreakoutRoomValue {
  key: string;
  name: string;
  project: string;
  room: string;
  url: string;
  sessionKey: string | null;
}

/** What the form edits: times as wall clocks in `timeZone`, empty strings for empty optional fields. */
export interface EventFormValues {
  kind: EventKind;
  title: string;
  description: string;
  agenda: string;
  timeZone: string;
  startsAt: WallClock;
  endsAt: WallClock;
  registrationDeadline: WallClock;
  /** Empty = unlimited. */
  capacity: number | string;
  city: string;
  venue: string;
  address: string;
  /** Only narrows the region list; not sent. */
  country: Country | null;
  region: string | null;
  joinUrl: string;
  speakers: SpeakerValue[];
  sessions: SessionValue[];
  breakoutRooms: BreakoutRoomValue[];
}

let keySeed = 0;
export function rowKey(): string {
  keySeed += 1;
  return `row-${keySeed}`;
}

export function emptySpeaker(): SpeakerValue {
  return { key: rowKey(), type: 'member', memberId: null, memberName: '', name: '' };
}

export const PLACE_KINDS: readonly EventKind[] = ['MEETUP', 'CONVENTION'];

export function hasPlace(kind: EventKind): boolean {
  return PLACE_KINDS.includes(kind);
}

export function countryOfRegion(region: string | null | undefined): Country | null {
  if (!region) return null;
  return COUNTRIES.find((country) => (REGIONS[country] as readonly string[]).includes(region)) ?? null;
}

export function emptyEventValues(timeZone: string): EventFormValues {
  return {
    kind: 'MEETUP',
    title: '',
    description: '',
    agenda: '',
    timeZone,
    startsAt: '',
    endsAt: '',
    registrationDeadline: '',
    capacity: '',
    city: '',
    venue: '',
    address: '',
    country: null,
    region: null,
    joinUrl: '',
    speakers: [],
    sessions: [],
    breakoutRooms: [],
  };
}

function speakerValues(speakers: EventFormData['speakers']): SpeakerValue[] {
  return speakers.map((speaker) =>
    speaker.member
      ? { key: rowKey(), type: 'member', memberId: speaker.member.id, memberName: speaker.member.name, name: '' }
      : { key: rowKey(), type: 'guest', memberId: null, memberName: '', name: speaker.name },
  );
}

/** The event as the form shows it: wall clocks in the event's own zone. */
export function eventToValues(event: EventFormData): EventFormValues {
  const zone = event.timeZone;
  const sessions = sessionValues(event, zone);
  return {
    kind: event.kind,
    title: event.title,
    description: event.description,
    agenda: event.agenda,
    timeZone: zone,
    startsAt: instantToWallClock(event.startsAt, zone),
    endsAt: instantToWallClock(event.endsAt, zone),
    registrationDeadline: event.registrationDeadline ? instantToWallClock(event.registrationDeadline, zone) : '',
    capacity: event.capacity ?? '',
    city: event.city ?? '',
    venue: event.venue ?? '',
    address: event.address ?? '',
    country: countryOfRegion(event.region),
    region: event.region ?? null,
    joinUrl: event.joinUrl ?? '',
    speakers: speakerValues(event.speakers),
    sessions,
    breakoutRooms: event.breakoutRooms.map((room) => ({
      key: rowKey(),
      name: room.name,
      project: room.project,
      room: room.room ?? '',
      url: room.url ?? '',
      sessionKey: sessions.find((session) => session.id === room.session?.id)?.key ?? null,
    })),
  };
}

function sessionValues(event: EventFormData, zone: string): SessionValue[] {
  return event.sessions.map((session) => ({
      key: rowKey(),
      id: session.id,
      title: session.title,
      startsAt: instantToWallClock(session.startsAt, zone),
      endsAt: instantToWallClock(session.endsAt, zone),
      room: session.room ?? '',
      track: session.track ?? '',
      speakers: speakerValues(session.speakers),
    }));
}

function instant(local: WallClock, zone: string): string {
  const date = wallClockToInstant(local, zone);
  if (!date) throw new Error(`Not a date-time in ${zone}: ${local}`);
  return date.toISOString();
}

function speakerInputs(speakers: readonly SpeakerValue[]): EventSpeakerInput[] {
  return speakers.map((speaker) => (speaker.type === 'member' ? { memberId: speaker.memberId, name: null } : { memberId: null, name: speaker.name.trim() }));
}

const orNull = (value: string) => value.trim() || null;

/**
 * What the API is sent (the whole event; an update replaces it). Wall clocks become instants in the chosen
 * zone. Fields the kind does not use are left out, so switching kinds sends nothing stale. Call only
 * after `validateEvent` found nothing.
 */
export function valuesToInput(values: EventFormValues): EventInput {
  const zone = values.timeZone;
  const place = hasPlace(values.kind);
  return {
    kind: values.kind,
    title: values.title.trim(),
    description: values.description,
    agenda: values.agenda,
    timeZone: zone,
    startsAt: instant(values.startsAt, zone),
    endsAt: instant(values.endsAt, zone),
    registrationDeadline: values.registrationDeadline ? instant(values.registrationDeadline, zone) : null,
    capacity: values.capacity === '' ? null : Number(values.capacity),
    city: place ? orNull(values.city) : null,
    venue: place ? orNull(values.venue) : null,
    address: place ? orNull(values.address) : null,
    region: place ? values.region : null,
    joinUrl: orNull(values.joinUrl),
    speakers: speakerInputs(values.speakers),
    sessions:
      values.kind === 'CONVENTION'
        ? values.sessions.map((session) => ({
            title: session.title.trim(),
            startsAt: instant(session.startsAt, zone),
            endsAt: instant(session.endsAt, zone),
            room: orNull(session.room),
            track: orNull(session.track),
            speakers: speakerInputs(session.speakers),
          }))
        : [],
    // Sent whole for conventions (an update replaces the rooms); other kinds have none.
    breakoutRooms:
      values.kind === 'CONVENTION'
        ? values.breakoutRooms.map((room) => {
            const sessionIndex = values.sessions.findIndex((session) => session.key === room.sessionKey);
            return { name: room.name.trim(), project: room.project.trim(), room: orNull(room.room), url: orNull(room.url), sessionIndex: sessionIndex >= 0 ? sessionIndex : null };
          })
        : [],
  };
}

const HTTPS_URL = /^https:\/\/[^\s/$.?#][^\s]*$/i;

/**
 * The API's rules, checked before sending, in the interface language; keys are the form's paths
 * (`sessions.0.endsAt`), which are also the API's field names, so its answers land in the same places.
 */
export function validateEvent(values: EventFormValues, t: TFunction, isNew: boolean, now = new Date()): Record<string, string> {
  const errors: Record<string, string> = {};
  const zone = values.timeZone;
  const at = (local: WallClock) => (local ? wallClockToInstant(local, zone) : null);
  const title = values.title.trim();
  if (title.length < L.titleMin || title.length > L.titleMax) errors.title = eventFieldMessage(t, 'title');
  if (!values.timeZone) errors.timeZone = eventFieldMessage(t, 'timeZone');
  const start = at(values.startsAt);
  const end = at(values.endsAt);
  if (!start) errors.startsAt = t('events.form.errors.startRequired');
  else if (isNew && start.getTime() <= now.getTime()) errors.startsAt = eventFieldMessage(t, 'startsAt');
  if (!end) errors.endsAt = t('events.form.errors.endRequired');
  else if (start && end.getTime() <= start.getTime()) errors.endsAt = eventFieldMessage(t, 'endsAt');
  if (values.registrationDeadline) {
    const deadline = at(values.registrationDeadline);
    if (!deadline || (start && deadline.getTime() > start.getTime())) errors.registrationDeadline = eventFieldMessage(t, 'registrationDeadline');
  }
  if (values.capacity !== '') {
    const capacity = Number(values.capacity);
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > L.capacityMax) errors.capacity = eventFieldMessage(t, 'capacity');
  }
  if (values.description.length > L.descriptionMax) errors.description = eventFieldMessage(t, 'description');
  if (values.agenda.length > L.agendaMax) errors.agenda = eventFieldMessage(t, 'agenda');
  if (hasPlace(values.kind)) {
    if (!values.city.trim()) errors.city = eventFieldMessage(t, 'city');
    else if (values.city.trim().length > LIMITS.cityMax) errors.city = t('fieldErrors.tooLong', { max: LIMITS.cityMax });
    if (values.venue.trim().length > L.venueMax) errors.venue = eventFieldMessage(t, 'venue');
    if (values.address.trim().length > L.addressMax) errors.address = eventFieldMessage(t, 'address');
  }
  if (values.joinUrl.trim() && (!HTTPS_URL.test(values.joinUrl.trim()) || values.joinUrl.trim().length > LIMITS.urlMax)) {
    errors.joinUrl = eventFieldMessage(t, 'joinUrl');
  }
  const checkSpeakers = (speakers: readonly SpeakerValue[], path: string) => {
    speakers.forEach((speaker, i) => {
      if (speaker.type === 'member' && !speaker.memberId) errors[`${path}.${i}.memberId`] = eventFieldMessage(t, `${path}.${i}.memberId`);
      if (speaker.type === 'guest' && !speaker.name.trim()) errors[`${path}.${i}.name`] = eventFieldMessage(t, `${path}.${i}.name`);
      if (speaker.type === 'guest' && speaker.name.trim().length > L.speakerNameMax) errors[`${path}.${i}.name`] = t('fieldErrors.tooLong', { max: L.speakerNameMax });
    });
  };
  checkSpeakers(values.speakers, 'speakers');
  if (values.kind === 'CONVENTION') {
    values.sessions.forEach((session, i) => {
      const path = `sessions.${i}`;
      if (!session.title.trim() || session.title.trim().length > L.titleMax) errors[`${path}.title`] = eventFieldMessage(t, `${path}.title`);
      const sessionStart = at(session.startsAt);
      const sessionEnd = at(session.endsAt);
      if (!sessionStart) errors[`${path}.startsAt`] = t('events.form.errors.startRequired');
      if (!sessionEnd) errors[`${path}.endsAt`] = t('events.form.errors.endRequired');
      if (sessionStart && sessionEnd) {
        if (sessionEnd.getTime() <= sessionStart.getTime()) errors[`${path}.endsAt`] = eventFieldMessage(t, `${path}.endsAt`);
        else if (start && end && (sessionStart.getTime() < start.getTime() || sessionEnd.getTime() > end.getTime())) {
          errors[`${path}.startsAt`] = eventFieldMessage(t, `${path}.startsAt`);
        }
      }
      if (session.room.trim().length > L.roomMax) errors[`${path}.room`] = t('fieldErrors.tooLong', { max: L.roomMax });
      if (session.track.trim().length > L.roomMax) errors[`${path}.track`] = t('fieldErrors.tooLong', { max: L.roomMax });
      checkSpeakers(session.speakers, `${path}.speakers`);
    });
    values.breakoutRooms.forEach((room, i) => {
      const path = `breakoutRooms.${i}`;
      if (!room.name.trim() || room.name.trim().length > L.breakoutNameMax) errors[`${path}.name`] = eventFieldMessage(t, `${path}.name`);
      if (!room.project.trim() || room.project.trim().length > L.breakoutProjectMax) errors[`${path}.project`] = eventFieldMessage(t, `${path}.project`);
      if (room.room.trim().length > L.roomMax) errors[`${path}.room`] = eventFieldMessage(t, `${path}.room`);
      if (room.url.trim() && (!HTTPS_URL.test(room.url.trim()) || room.url.trim().length > LIMITS.urlMax)) errors[`${path}.url`] = eventFieldMessage(t, `${path}.url`);
      if (!room.room.trim() && !room.url.trim()) errors[`${path}.room`] = eventFieldMessage(t, `${path}.where`);
    });
  }
  return errors;
}

/**
 * What to show under a field the API (or the check above) rejected, by the field's path. The API explains
 * in English; each path has one rule, so the path is enough to say it in the reader's language.
 * `confirmed`: how many already have a place (an edit may not go below it).
 */
export function eventFieldMessage(t: TFunction, field: string, confirmed = 0): string {
  const path = field.replace(/^input\./, '');
  const last = path.split('.').pop() ?? path;
  if (/^(sessions\.\d+\.)?speakers\.\d+\.(memberId|name)$/.test(path)) return t('events.form.errors.speaker');
  if (/^(sessions\.\d+\.)?speakers$/.test(path)) return t('events.form.errors.speakers', { max: L.speakersMax });
  if (path === 'sessions') return t('events.form.errors.sessions', { max: L.sessionsMax });
  if (path === 'breakoutRooms') return t('eventFollowup.form.errors.rooms', { max: L.breakoutRoomsMax });
  if (/^breakoutRooms\.\d+\./.test(path)) {
    switch (last) {
      case 'name':
        return t('eventFollowup.form.errors.name', { max: L.breakoutNameMax });
      case 'project':
        return t('eventFollowup.form.errors.project', { max: L.breakoutProjectMax });
      case 'url':
        return t('fieldErrors.website');
      case 'room':
        return t('fieldErrors.tooLong', { max: L.roomMax });
      default:
        return t('eventFollowup.form.errors.where');
    }
  }
  if (/^sessions\.\d+\./.test(path)) {
    switch (last) {
      case 'title':
        return t('events.form.errors.sessionTitle', { max: L.titleMax });
      case 'startsAt':
        return t('events.form.errors.sessionDuring');
      case 'endsAt':
        return t('events.form.errors.sessionEnd');
      default:
        return t('fieldErrors.tooLong', { max: L.roomMax });
    }
  }
  switch (path) {
    case 'title':
      return t('events.form.errors.title', { min: L.titleMin, max: L.titleMax });
    case 'startsAt':
      return t('events.form.errors.startFuture');
    case 'endsAt':
      return t('events.form.errors.endAfterStart');
    case 'registrationDeadline':
      return t('events.form.errors.deadline');
    case 'capacity':
      return confirmed > 0 ? t('events.form.errors.capacityConfirmed', { max: L.capacityMax, count: confirmed }) : t('events.form.errors.capacity', { max: L.capacityMax });
    case 'timeZone':
      return t('events.form.errors.timeZone');
    case 'city':
      return t('events.form.errors.city');
    case 'region':
      return t('fieldErrors.region');
    case 'joinUrl':
      return t('fieldErrors.website');
    case 'venue':
      return t('fieldErrors.tooLong', { max: L.venueMax });
    case 'address':
      return t('fieldErrors.tooLong', { max: L.addressMax });
    case 'description':
      return t('fieldErrors.tooLong', { max: L.descriptionMax });
    case 'agenda':
      return t('fieldErrors.tooLong', { max: L.agendaMax });
    default:
      return t('events.form.errors.generic');
  }
}

/** Every path in the values (`sessions`, `sessions.0`, `sessions.0.endsAt` …), so API errors find nested inputs. */
export function valuePaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => [`${prefix}.${i}`, ...valuePaths(item, `${prefix}.${i}`)]);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [path, ...valuePaths(child, path)];
    });
  }
  return [];
}
