import type { DataSource } from 'typeorm';
import type { GqlClient } from '../../../../test/support/gql-client.js';

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

export const CREATE_EVENT = `mutation C($input: EventInput!) { createEvent(input: $input) { id kind title timeZone capacity status } }`;
export const UPDATE_EVENT = `mutation U($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { id capacity confirmedCount waitlistCount } }`;
export const CANCEL_EVENT = `mutation X($id: ID!) { cancelEvent(id: $id) { id status cancelledAt } }`;
export const REGISTER = `mutation R($eventId: ID!) { registerForEvent(eventId: $eventId) { id status waitlistPosition } }`;
export const CANCEL_REGISTRATION = `mutation CR($eventId: ID!) { cancelRegistration(eventId: $eventId) { id status } }`;
export const ASK_AT_EVENT = `mutation A($eventId: ID!, $input: QuestionInput!) { askAtEvent(eventId: $eventId, input: $input) { id title author { id } event { id title } } }`;
export const UPDATE_MATERIALS = `mutation M($eventId: ID!, $input: EventMaterialsInput!) { updateEventMaterials(eventId: $eventId, input: $input) { id recordingUrl slidesUrl } }`;
export const REGISTRATION_CHANGED = `subscription { registrationChanged { reason registration { id status event { id title } } } }`;

/** A valid input: a meetup in Warsaw, starting in `inDays` days, for two hours. */
export function eventInput(overrides: Record<string, unknown> = {}, inDays = 10): Record<string, unknown> {
  const start = new Date(Date.now() + inDays * DAY);
  return {
    kind: 'MEETUP',
    title: 'Lokalne Spotkanie LABiB',
    description: 'Spotkanie bibliotekarzy z regionu.',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
    timeZone: 'Europe/Warsaw',
    capacity: 20,
    city: 'Warszawa',
    venue: 'Biblioteka Główna',
    address: 'ul. Koszykowa 26/28',
    region: 'mazowieckie',
    ...overrides,
  };
}

export async function createEvent(coordinator: GqlClient, overrides: Record<string, unknown> = {}, inDays = 10): Promise<string> {
  return (await coordinator.ok(CREATE_EVENT, { input: eventInput(overrides, inDays) })).createEvent.id as string;
}

/** Moves an event in time directly in the database (tests of past events and deadlines). */
export async function moveEvent(ds: DataSource, id: string, startsAt: Date, endsAt = new Date(startsAt.getTime() + 2 * 3600_000), deadline: Date | null = null): Promise<void> {
  await ds.query('UPDATE events SET starts_at = $2, ends_at = $3, registration_deadline = $4 WHERE id = $1', [id, startsAt, endsAt, deadline]);
}

/** `extensions.reason` of the first error (registration and event-question refusals carry one). */
export function reasonOf(result: { errors?: readonly { extensions?: Record<string, unknown> }[] }): unknown {
  return result.errors?.[0]?.extensions?.reason;
}

/** Moves an event so that it started `hoursAgo` hours ago and ends `hoursLeft` hours from now (negative: ended). */
export async function startedEvent(ds: DataSource, id: string, hoursAgo = 1, hoursLeft = 1): Promise<void> {
  await moveEvent(ds, id, new Date(Date.now() - hoursAgo * HOUR), new Date(Date.now() + hoursLeft * HOUR));
}

export async function statusesOf(ds: DataSource, eventId: string): Promise<{ member_id: string; status: string; queue: number }[]> {
  return ds.query('SELECT member_id, status, queue FROM event_registrations WHERE event_id = $1 ORDER BY queue', [eventId]);
}
