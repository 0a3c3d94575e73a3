import { describe, expect, it } from '@jest/globals';
import { plannedReminders, reminderJobId, reminderMailJobId, reminderStillUseful, type RemindedEvent } from './reminder-plan.js';

const HOUR = 60 * 60 * 1000;
const now = new Date('2026-10-20T12:00:00Z');

function event(overrides: Partial<RemindedEvent> = {}): RemindedEvent {
  return { id: 'e1', kind: 'webinar', status: 'scheduled', startsAt: new Date(now.getTime() + 48 * HOUR), version: 0, ...overrides };
}

describe('reminder plan', () => {
  it('plans a day and an hour before a webinar, a day before meetups and conventions, none for cancelled events', () => {
    expect(plannedReminders(event(), now)).toEqual([
      { kind: 'day_before', dueAt: new Date(now.getTime() + 24 * HOUR) },
      { kind: 'hour_before', dueAt: new Date(now.getTime() + 47 * HOUR) },
    ]);
    expect(plannedReminders(event({ kind: 'meetup' }), now).map((r) => r.kind)).toEqual(['day_before']);
    expect(plannedReminders(event({ kind: 'convention' }), now).map((r) => r.kind)).toEqual(['day_before']);
    expect(plannedReminders(event({ status: 'cancelled' }), now)).toEqual([]);
  });

  it('leaves out reminders whose time has passed', () => {
    expect(plannedReminders(event({ startsAt: new Date(now.getTime() + 5 * HOUR) }), now).map((r) => r.kind)).toEqual(['hour_before']);
    expect(plannedReminders(event({ startsAt: new Date(now.getTime() + 30 * 60 * 1000) }), now)).toEqual([]);
  });

  it('sends nothing once the event has started or was cancelled; a late day-before webinar reminder gives way to the hour-before one', () => {
    const soon = event({ startsAt: new Date(now.getTime() + 30 * 60 * 1000) });
    expect(reminderStillUseful(soon, 'hour_before', now)).toBe(true);
    expect(reminderStillUseful(soon, 'day_before', now)).toBe(false);
    expect(reminderStillUseful({ ...soon, kind: 'meetup' }, 'day_before', now)).toBe(true);
    expect(reminderStillUseful(event({ startsAt: new Date(now.getTime() - 1) }), 'hour_before', now)).toBe(false);
    expect(reminderStillUseful(event({ status: 'cancelled' }), 'day_before', now)).toBe(false);
  });

  it('names jobs by event, version and kind, and mails by registration, kind and start', () => {
    expect(reminderJobId('e1', 0, 'day_before')).toBe(reminderJobId('e1', 0, 'day_before'));
    expect(reminderJobId('e1', 1, 'day_before')).not.toBe(reminderJobId('e1', 0, 'day_before'));
    const start = new Date('2026-10-25T17:00:00Z');
    expect(reminderMailJobId('r1', 'day_before', start)).toBe(reminderMailJobId('r1', 'day_before', new Date(start)));
    expect(reminderMailJobId('r1', 'day_before', new Date(start.getTime() + HOUR))).not.toBe(reminderMailJobId('r1', 'day_before', start));
    expect(reminderMailJobId('r1', 'hour_before', start)).not.toBe(reminderMailJobId('r1', 'day_before', start));
  });
});
