import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { JobsService } from '../../core/jobs/jobs.service.js';
import { QUEUES } from '../../core/jobs/queues.js';
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

/** The `registration-mail` job. */
interface RegistrationMailJob {
  registrationId: string;
  kind: RegistrationMailKind;
}

/** Changes a member did not make themselves are mailed too. */
const MAILED: Partial<Record<RegistrationChangeReasonEnum, RegistrationMailKind>> = {
  [RegistrationChangeReasonEnum.PROMOTED]: 'promoted',
  [RegistrationChangeReasonEnum.EVENT_CANCELLED]: 'event_cancelled',
};

/**
 * Tells members that a registration of theirs changed, after the transaction committed: live
 * (`registrationChanged`, awaited so a subscriber hears it before the mutation answers) and, for
 * promotions and cancelled events, by mail in their language: one `registration-mail` job per registrant
 * (pg-boss, retried until the mail server takes it, by any API process). A failed publish is logged,
 * never turned into an error for a request whose change is already saved.
 */
@Injectable()
export class RegistrationPublisher {
  private readonly logger = new Logger(RegistrationPublisher.name);

  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {
    jobs.handle<RegistrationMailJob>(QUEUES.registrationMail.name, (job) => this.mailOne(job.registrationId, job.kind));
  }

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
    if (!kind) return;
    for (const change of changes) {
      await this.jobs
        .send<RegistrationMailJob>(QUEUES.registrationMail.name, { data: { registrationId: change.registrationId, kind } })
        .catch((error: unknown) => this.logger.error(`Could not queue the mail for registration ${change.registrationId}: ${String(error)}`));
    }
  }

  private async mailOne(registrationId: string, kind: RegistrationMailKind): Promise<void> {
    const [row]: { email: string; name: string; locale: string; event_id: string; title: string; starts_at: Date; time_zone: string }[] =
      await this.dataSource.query(
        `SELECT m.email, m.name, m.locale, e.id AS event_id, e.title, e.starts_at, e.time_zone
           FROM event_registrations r JOIN members m ON m.id = r.member_id JOIN events e ON e.id = r.event_id
          WHERE r.id = $1::uuid`,
        [registrationId],
      );
    if (!row) return;
    const link = `${this.config.publicUrl}/events/${row.event_id}`;
    await this.mail.send(registrationMail(kind, row, { title: row.title, startsAt: new Date(row.starts_at), timeZone: row.time_zone }, link));
  }
}
