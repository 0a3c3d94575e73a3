import { Inject, Injectable } from '@nestjs/common';
import { JobsService } from '../../core/jobs/jobs.service.js';
import { QUEUES } from '../../core/jobs/queues.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EMAIL_BY_DEFAULT, isLanguage, type NotificationKind } from '@liblab/domain';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { MailService } from '../../core/mail/mail.service.js';
import { eventTimeText } from '../../core/mail/event-time.js';
import { notificationMail } from '../../core/mail/notification.template.js';
import { contentPageLink, eventPageLink, notificationSettingsLink } from './notification-links.js';
import { VISIBLE_NOTIFICATIONS } from './visible-notifications.js';

/** The `notification-mail` job: its id is the notification's id. */
export interface NotificationMailJob {
  notificationId: string;
}

interface MailRow {
  id: string;
  kind: NotificationKind;
  email: string;
  name: string;
  locale: string;
  actor_name: string | null;
  page_id: string | null;
  page_kind: string | null;
  title: string | null;
  event_id: string | null;
  event_starts_at: Date | null;
  event_time_zone: string | null;
}

/**
 * The worker of the `notification-mail` queue: mails a notification to its member if they want mail for
 * its kind (their own choice, or the default `EMAIL_BY_DEFAULT`), in their language, with a link to the
 * question, inspiration or event page. Content deleted meanwhile is not mailed. A failure throws, and pg-boss retries the job later with backoff.
 */
@Injectable()
export class NotificationMailer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    jobs: JobsService,
  ) {
    jobs.handle<NotificationMailJob>(QUEUES.notificationMail.name, (job) => this.mailOne(job.notificationId));
  }

  async mailOne(notificationId: string): Promise<void> {
    const [row]: MailRow[] = await this.dataSource.query(
      `SELECT n.id, n.kind, m.email, m.name, m.locale, a.name AS actor_name,
              coalesce(q.id, p.id) AS page_id, coalesce(q.kind, p.kind) AS page_kind, coalesce(q.title, p.title, e.title) AS title,
              e.id AS event_id, e.starts_at AS event_starts_at, e.time_zone AS event_time_zone
       FROM notifications n
       JOIN members m ON m.id = n.recipient_id
       LEFT JOIN members a ON a.id = n.actor_id
       LEFT JOIN posts p ON p.id = n.post_id
       LEFT JOIN posts q ON q.id = p.parent_id
       LEFT JOIN events e ON e.id = n.event_id
       LEFT JOIN notification_preferences np ON np.member_id = n.recipient_id AND np.kind = n.kind
       WHERE n.id IN (SELECT n.id ${VISIBLE_NOTIFICATIONS} AND n.id = $1::uuid)
         AND coalesce(np.email, n.kind = ANY($2::text[]))`,
      [notificationId, EMAIL_BY_DEFAULT],
    );
    if (!row) return;
    const language = isLanguage(row.locale) ? row.locale : 'en';
    const event = row.event_id ? { id: row.event_id, startsAt: new Date(row.event_starts_at!), timeZone: row.event_time_zone! } : null;
    await this.mail.send(
      notificationMail({
        to: row.email,
        name: row.name,
        language,
        kind: row.kind,
        actorName: row.actor_name,
        title: row.title ?? '',
        when: event ? eventTimeText(event.startsAt, event.timeZone, language) : null,
        link: event
          ? eventPageLink(this.config.publicUrl, event.id)
          : contentPageLink(this.config.publicUrl, { id: row.page_id!, kind: row.page_kind! }),
        settingsLink: notificationSettingsLink(this.config.publicUrl),
      }),
    );
  }
}
