import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { JobsService, type JobToSend } from '../../core/jobs/jobs.service.js';
import { QUEUES } from '../../core/jobs/queues.js';
import { plannedReminders, reminderJobId, type RemindedEvent, type ReminderKind } from './reminder-plan.js';

/** The `event-reminder` job: one reminder of one version of an event. */
export interface EventReminderJob {
  eventId: string;
  version: number;
  kind: ReminderKind;
}

function jobsFor(events: readonly RemindedEvent[], now: Date): JobToSend<EventReminderJob>[] {
  return events.flatMap((event) =>
    plannedReminders(event, now).map((r) => ({
      id: reminderJobId(event.id, event.version, r.kind),
      data: { eventId: event.id, version: event.version, kind: r.kind },
      startAfter: r.dueAt,
    })),
  );
}

/**
 * Queues an event's reminders. Called in the transaction that creates or edits the event, after the
 * version was bumped: the jobs exist if and only if that version was committed, and their ids (event,
 * version, kind) make a repeat a no-op. Jobs of older versions stay queued and do nothing when due.
 */
@Injectable()
export class ReminderScheduler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  async schedule(manager: EntityManager, event: RemindedEvent): Promise<void> {
    await this.jobs.sendInTransaction(manager, QUEUES.eventReminder.name, jobsFor([event], new Date()));
  }

  /**
   * Makes sure every scheduled event that has not started has the jobs of its current version. Run at
   * start (after the demo seed): events written without the API (seed, older releases) get their
   * reminders; for the rest the ids exist already and nothing is inserted. Returns the jobs it asked for.
   */
  async scheduleUpcoming(): Promise<number> {
    const rows: { id: string; kind: RemindedEvent['kind']; status: RemindedEvent['status']; starts_at: Date; version: number }[] =
      await this.dataSource.query(`SELECT id, kind, status, starts_at, version FROM events WHERE status = 'scheduled' AND starts_at > now()`);
    const jobs = jobsFor(
      rows.map((r) => ({ id: r.id, kind: r.kind, status: r.status, startsAt: new Date(r.starts_at), version: r.version })),
      new Date(),
    );
    if (jobs.length) await this.dataSource.transaction((manager) => this.jobs.sendInTransaction(manager, QUEUES.eventReminder.name, jobs));
    return jobs.length;
  }
}
