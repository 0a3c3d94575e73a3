import { Inject, Injectable, Logger } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { CHANNELS } from '../../core/pubsub/channels.js';
import { PUB_SUB } from '../../core/pubsub/pubsub.module.js';
import type { RegistrationChangeReasonEnum } from './models/event-enums.js';
import type { ChangedRegistration } from './registration-queue.js';

/** What `registrationChanged` carries: ids only; the subscriber reads the registration as it is now. */
export interface RegistrationChangedEvent extends ChangedRegistration {
  reason: RegistrationChangeReasonEnum;
}

/**
 * Tells members live that a registration of theirs changed (after the transaction committed). A failed
 * publish is logged, never turned into an error for a request whose change is already saved.
 */
@Injectable()
export class RegistrationPublisher {
  private readonly logger = new Logger(RegistrationPublisher.name);

  constructor(@Inject(PUB_SUB) private readonly pubSub: PubSubEngine) {}

  async publish(changes: readonly ChangedRegistration[], reason: RegistrationChangeReasonEnum): Promise<void> {
    await Promise.all(
      changes.map((change) => {
        const event: RegistrationChangedEvent = { ...change, reason };
        return this.pubSub.publish(CHANNELS.registrationChanged, event).catch((error: unknown) => {
          this.logger.error(`Could not publish registration change ${change.registrationId}: ${String(error)}`);
        });
      }),
    );
  }
}
