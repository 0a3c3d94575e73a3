import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { MailService } from '../../core/mail/mail.service.js';
import { CHANNELS } from '../../core/pubsub/channels.js';
import { PUB_SUB } from '../../core/pubsub/pubsub.module.js';
import { RegistrationChangeReasonEnum } from './models/event-enums.js';
import { registrationMail, type RegistrationMailKind } from './registration-mail.js';
import type { ChangedRegistration } from './registration-queue.js';

/** What `registrationChanged` carries: ids only; the subscriber reads the registration as it is now. */
export interface RegistrationChangedEvent extends ChangedRegistration {
  reason: RegistrationChangeReasonEnum;
}

/** Changes a member did not make themselves are mailed too. */
const MAILED: Partial<Record<RegistrationChangeReasonEnum, RegistrationMailKind>> = {
  [RegistrationChangeReasonEnum.PROMOTED]: 'promoted',
  [RegistrationChangeReasonEnum.EVENT_CANCELLED]: 'event_cancelled',
};

/**
 * Tells members that a registration of theirs changed, after the transaction committed: live
 * (`registrationChanged`, awaited so a subscriber hears it before the mutation answers) and, for
 * promotions and cancelled events, by mail in their language in the background. A failed publish or mail
 * is logged, never turned into an error for a request whose change is already saved. Mail is sent from
 * this process: a crash between commit and send loses it (a pg-boss job would make it durable).
 */
@Injectable()
export class RegistrationPublisher {
  private readonly logger = new Logger(RegistrationPublisher.name);

  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async publish(changes: readonly ChangedRegistration[], reason: RegistrationChangeReasonEnum): Promise<void> {
    if (!changes.length) return;
    await Promise.all(
      changes.map((change) => {
        const event: RegistrationChangedEvent = { ...change, reason };
        return this.pubSub.publish(CHANNELS.registrationChanged, event).catch((error: unknown) => {
          this.logger.error(`Could not publish registration change ${change.registrationId}: ${String(error)}`);
        });
      }),
    );
    const kind = MAILED[reason];
    if (kind) {
      this.mailFor(changes, kind).catch((error: unknown) => {
        this.logger.error(`Could not mail registration changes ${changes.map((c) => c.registrationId).join(', ')}: ${String(error)}`);
      });
    }
  }

  private async mailFor(changes: readonly ChangedRegistration[], kind: RegistrationMailKind): Promise<void> {
    const rows: { email: string; name: string; locale: string; event_id: string; title: string; starts_at: Date; time_zone: string }[] =
      await this.dataSource.query(
        `SELECT m.email, m.name, m.locale, e.id AS event_id, e.title, e.starts_at, e.time_zone
           FROM event_registrations r JOIN members m ON m.id = r.member_id JOIN events e ON e.id = r.event_id
          WHERE r.id = ANY($1::uuid[])`,
        [changes.map((c) => c.registrationId)],
      );
    // One at a time: a big cancelled convention should not open hundreds of SMTP connections at once.
    for (const row of rows) {
      const link = `${this.config.publicUrl}/events/${row.event_id}`;
      await this.mail.send(
        registrationMail(kind, row, { title: row.title, startsAt: new Date(row.starts_at), timeZone: row.time_zone }, link),
      ).catch((error: unknown) => this.logger.error(`Could not mail ${row.email}: ${String(error)}`));
    }
  }
}
