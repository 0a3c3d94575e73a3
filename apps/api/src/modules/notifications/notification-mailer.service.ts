import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EMAIL_BY_DEFAULT, isLanguage, type NotificationKind } from '@liblab/domain';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { MailService } from '../../core/mail/mail.service.js';
import { notificationMail } from '../../core/mail/notification.template.js';
import { contentPageLink, notificationSettingsLink } from './notification-links.js';
import { VISIBLE_NOTIFICATIONS } from './visible-notifications.js';

interface MailRow {
  id: string;
  kind: NotificationKind;
  email: string;
  name: string;
  locale: string;
  actor_name: string | null;
  page_id: string;
  page_kind: string;
  title: string | null;
}

/**
 * Mails new notifications to members who want mail for their kind: the member's own choice, or the
 * default (`EMAIL_BY_DEFAULT`). One statement picks the recipients, their language and what to say;
 * content deleted meanwhile is not mailed.
 */
@Injectable()
export class NotificationMailer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {}

  async mailFor(notificationIds: readonly string[]): Promise<void> {
    const rows: MailRow[] = await this.dataSource.query(
      `SELECT n.id, n.kind, m.email, m.name, m.locale, a.name AS actor_name,
              coalesce(q.id, p.id) AS page_id, coalesce(q.kind, p.kind) AS page_kind, coalesce(q.title, p.title) AS title
       FROM notifications n
       JOIN members m ON m.id = n.recipient_id
       LEFT JOIN members a ON a.id = n.actor_id
       JOIN posts p ON p.id = n.post_id
       LEFT JOIN posts q ON q.id = p.parent_id
       LEFT JOIN notification_preferences np ON np.member_id = n.recipient_id AND np.kind = n.kind
       WHERE n.id IN (SELECT n.id ${VISIBLE_NOTIFICATIONS} AND n.id = ANY($1::uuid[]))
         AND coalesce(np.email, n.kind = ANY($2::text[]))`,
      [[...notificationIds], EMAIL_BY_DEFAULT],
    );
    const settingsLink = notificationSettingsLink(this.config.publicUrl);
    // One at a time (a post in a popular tag may mail many followers); one failure does not stop the rest.
    let failed = 0;
    let firstError: unknown;
    for (const row of rows) {
      try {
        await this.mail.send(
          notificationMail({
            to: row.email,
            name: row.name,
            language: isLanguage(row.locale) ? row.locale : 'en',
            kind: row.kind,
            actorName: row.actor_name,
            title: row.title ?? '',
            link: contentPageLink(this.config.publicUrl, { id: row.page_id, kind: row.page_kind }),
            settingsLink,
          }),
        );
      } catch (error) {
        failed += 1;
        firstError ??= error;
      }
    }
    if (failed) throw new Error(`${failed} of ${rows.length} notification mails failed: ${String(firstError)}`);
  }
}
