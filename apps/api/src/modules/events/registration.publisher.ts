import { Inject, Injectable, Logger } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { EntityManager } from 'typeorm';
import { CHANNELS } from '../../core/pubsub/channels.js';
import { PUB_SUB } from '../../core/pubsub/pubsub.module.js';
import type { NotificationDraft } from '../notifications/notification-drafts.js';
import { NotifierService, type CreatedNotification } from '../notifications/notifier.service.js';
import { RegistrationChangeReasonEnum } from './models/event-enums.js';
import type { ChangedRegistration, Promotion } from './registration-queue.js';

/** What `registrationChanged` carries: ids only; the subscriber reads the registration as it is now. */
export interface RegistrationChangedEvent extends ChangedRegistration {
  reason: RegistrationChangeReasonEnum;
}

/** What `eventAvailabilityChanged` carries: the event whose numbers moved. */
export interface EventAvailabilityChangedEvent {
  eventId: string;
}

/**
 * Tells members that a registration of theirs changed. Changes they did not make themselves — a place
 * from the waitlist, a cancelled event — become notifications (`waitlist_promoted`, `event_cancelled`)
 * inside the transaction that made them (`notifyPromoted`, `notifyCancelled`), so they appear in the bell
 * and are mailed by the `notification-mail` job as the member's preferences say. After the commit,
 * `publish` sends `registrationChanged` for every change and the notifications' live event (both awaited,
 * so a subscriber hears them before the mutation answers). A failed publish is logged, never turned into
 * an error for a request whose change is already saved.
 */
@Injectable()
export class RegistrationPublisher {
  private readonly logger = new Logger(RegistrationPublisher.name);

  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly notifier: NotifierService,
  ) {}

  /** In the promoting transaction: one `waitlist_promoted` per promotion (nobody in particular is the actor). */
  notifyPromoted(manager: EntityManager, promotions: readonly Promotion[]): Promise<CreatedNotification[]> {
    const drafts: NotificationDraft[] = promotions.map((p) => ({
      recipientId: p.memberId,
      kind: 'waitlist_promoted',
      subjectId: p.turnId,
      eventId: p.eventId,
      actorId: null,
    }));
    return this.notifier.create(manager, drafts);
  }

  /** In the cancelling transaction: one `event_cancelled` per live registration; the subject is the event. */
  notifyCancelled(manager: EntityManager, affected: readonly ChangedRegistration[], actorId: string): Promise<CreatedNotification[]> {
    const drafts: NotificationDraft[] = affected.map((r) => ({
      recipientId: r.memberId,
      kind: 'event_cancelled',
      subjectId: r.eventId,
      eventId: r.eventId,
      actorId,
    }));
    return this.notifier.create(manager, drafts);
  }

  /**
   * After commit: `registrationChanged` for each change, `eventAvailabilityChanged` once per event touched
   * (for everyone with its page open), then the notifications made with them. One call per committed
   * transaction, so a cancellation and the promotion it caused are one availability message.
   */
  async publish(
    groups: readonly { changes: readonly ChangedRegistration[]; reason: RegistrationChangeReasonEnum }[],
    notifications: readonly CreatedNotification[] = [],
  ): Promise<void> {
    const changes = groups.flatMap((group) => group.changes.map((change): RegistrationChangedEvent => ({ ...change, reason: group.reason })));
    await Promise.all(
      changes.map((event) =>
        this.pubSub.publish(CHANNELS.registrationChanged, event).catch((error: unknown) => {
          this.logger.error(`Could not publish registration change ${event.registrationId}: ${String(error)}`);
        }),
      ),
    );
    await Promise.all(
      [...new Set(changes.map((change) => change.eventId))].map((eventId) => {
        const event: EventAvailabilityChangedEvent = { eventId };
        return this.pubSub.publish(CHANNELS.eventAvailabilityChanged, event).catch((error: unknown) => {
          this.logger.error(`Could not publish availability of event ${eventId}: ${String(error)}`);
        });
      }),
    );
    await this.notifier.deliver(notifications);
  }
}
