import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EventKind, EventStatus, RegistrationStatus } from '@liblab/domain';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { JobsService } from '../../core/jobs/jobs.service.js';
import { QUEUES } from '../../core/jobs/queues.js';
import { MailService } from '../../core/mail/mail.service.js';
import { EventEntity } from '../events/entities/event.entity.js';
import { eventPlace } from '../events/event-place.js';
import { reminderMail } from './reminder-mail.js';
import { REMINDER_LEAD_MS, reminderMailJobId, reminderStillUseful, type ReminderKind } from './reminder-plan.js';
import type { EventReminderJob } from './reminder-scheduler.service.js';

/** The `event-reminder-mail` job: one reminder to one registrant, for the event as it starts at `startsAt`. */
export interface EventReminderMailJob {
  registrationId: string;
  kind: ReminderKind;
  startsAt: string;
}

interface MailRow {
  registration_status: RegistrationStatus;
  email: string;
  name: string;
  locale: string;
  event_id: string;
  kind: EventKind;
  status: EventStatus;
  title: string;
  starts_at: Date;
  time_zone: string;
  join_url: string | null;
  venue: string | null;
  address: string | null;
  city: string | null;
}

/**
 * The workers of the reminder queues. When a reminder falls due, `fanOut` re-reads the event: a job of an
 * older version (the event was edited or cancelled since), of a cancelled event, or of one that has started
 * does nothing. Otherwise it queues one mail job per registrant whose place was confirmed by the reminder's
 * time, with an id made of the registration, the kind and the start, so each registrant is mailed once
 * whichever process runs it; whoever registers (or is promoted) later is not sent a reminder whose time has
 * passed. `mailOne` checks again (still confirmed, same start, not started) and mails in the member's language.
 */
@Injectable()
export class ReminderSender {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
  ) {
    jobs.handle<EventReminderJob>(QUEUES.eventReminder.name, (job) => this.fanOut(job));
    jobs.handle<EventReminderMailJob>(QUEUES.eventReminderMail.name, (job) => this.mailOne(job));
  }

  async fanOut(job: EventReminderJob): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // FOR SHARE: an edit or cancellation committing meanwhile waits, so the registrants read belong to this version.
      const event = await manager
        .getRepository(EventEntity)
        .createQueryBuilder('e')
        .setLock('pessimistic_read')
        .where('e.id = :id', { id: job.eventId })
        .getOne();
      if (!event || event.version !== job.version || !reminderStillUseful(event, job.kind, new Date())) return;
      // Places confirmed (registered or promoted) by the reminder's time: a late or repeated run reminds nobody
      // who came after that point, whatever the moment it runs.
      const dueAt = new Date(event.startsAt.getTime() - REMINDER_LEAD_MS[job.kind]);
      const registrations: { id: string }[] = await manager.query(
        `SELECT id FROM event_registrations
          WHERE event_id = $1 AND status = 'confirmed' AND coalesce(promoted_at, registered_at) <= $2
          ORDER BY queue`,
        [event.id, dueAt],
      );
      await this.jobs.sendInTransaction<EventReminderMailJob>(
        manager,
        QUEUES.eventReminderMail.name,
        registrations.map((r) => ({
          id: reminderMailJobId(r.id, job.kind, event.startsAt),
          data: { registrationId: r.id, kind: job.kind, startsAt: event.startsAt.toISOString() },
        })),
      );
    });
  }

  async mailOne(job: EventReminderMailJob): Promise<void> {
    const [row]: MailRow[] = await this.dataSource.query(
      `SELECT r.status AS registration_status, m.email, m.name, m.locale, e.id AS event_id, e.kind, e.status, e.title,
              e.starts_at, e.time_zone, e.join_url, e.venue, e.address, e.city
         FROM event_registrations r JOIN members m ON m.id = r.member_id JOIN events e ON e.id = r.event_id
        WHERE r.id = $1::uuid`,
      [job.registrationId],
    );
    if (!row || row.registration_status !== 'confirmed') return;
    const startsAt = new Date(row.starts_at);
    // Moved since the fan-out: the new version's reminder (if its time is ahead) speaks for the new start.
    if (startsAt.getTime() !== new Date(job.startsAt).getTime()) return;
    if (!reminderStillUseful({ kind: row.kind, status: row.status, startsAt }, job.kind, new Date())) return;
    await this.mail.send(
      reminderMail(
        job.kind,
        row,
        {
          title: row.title,
          startsAt,
          timeZone: row.time_zone,
          joinUrl: row.kind === 'webinar' ? row.join_url : null,
          place: eventPlace(row),
        },
        `${this.config.publicUrl}/events/${row.event_id}`,
      ),
    );
  }
}
