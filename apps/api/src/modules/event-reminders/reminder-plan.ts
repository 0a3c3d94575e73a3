import type { EventKind, EventStatus } from '@liblab/domain';
import { deterministicJobId } from '../../core/jobs/job-id.js';

/** `day_before`: 24 h before the start (webinars: with the join link); `hour_before`: webinars only. */
export type ReminderKind = 'day_before' | 'hour_before';

const HOUR_MS = 60 * 60 * 1000;

export const REMINDER_LEAD_MS: Record<ReminderKind, number> = { day_before: 24 * HOUR_MS, hour_before: HOUR_MS };

/** What the plan reads of an event. */
export interface RemindedEvent {
  id: string;
  kind: EventKind;
  status: EventStatus;
  startsAt: Date;
  version: number;
}

export function reminderKindsFor(kind: EventKind): ReminderKind[] {
  return kind === 'webinar' ? ['day_before', 'hour_before'] : ['day_before'];
}

export interface PlannedReminder {
  kind: ReminderKind;
  dueAt: Date;
}

/**
 * The reminders to queue for this version of the event: those whose time is still ahead. One whose time
 * has passed is not queued (an edit inside the last 24 h does not send the day-before mail again).
 */
export function plannedReminders(event: RemindedEvent, now: Date): PlannedReminder[] {
  if (event.status !== 'scheduled') return [];
  return reminderKindsFor(event.kind)
    .map((kind) => ({ kind, dueAt: new Date(event.startsAt.getTime() - REMINDER_LEAD_MS[kind]) }))
    .filter((r) => r.dueAt.getTime() > now.getTime());
}

/**
 * Whether a reminder of this kind is still worth sending now: the event is scheduled and has not started,
 * and a late day-before reminder of a webinar gives way to the hour-before one once that is due.
 */
export function reminderStillUseful(event: Pick<RemindedEvent, 'kind' | 'status' | 'startsAt'>, kind: ReminderKind, now: Date): boolean {
  if (event.status !== 'scheduled' || now.getTime() >= event.startsAt.getTime()) return false;
  if (kind === 'day_before' && reminderKindsFor(event.kind).includes('hour_before')) {
    return now.getTime() < event.startsAt.getTime() - REMINDER_LEAD_MS.hour_before;
  }
  return true;
}

/** The fan-out job of one reminder of one version of an event: an edit (new version) gets new jobs. */
export function reminderJobId(eventId: string, version: number, kind: ReminderKind): string {
  return deterministicJobId('event-reminder', eventId, version, kind);
}

/**
 * One registrant's mail for one reminder of the event starting at `startsAt`: queued once, whichever
 * process fans out and however often; an event moved to another start may remind again.
 */
export function reminderMailJobId(registrationId: string, kind: ReminderKind, startsAt: Date): string {
  return deterministicJobId('event-reminder-mail', registrationId, kind, startsAt.toISOString());
}
