import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PubSubEngine } from 'graphql-subscriptions';
import { EMAIL_BY_DEFAULT, type NotificationKind } from '@liblab/domain';
import { CHANNELS } from '../../core/pubsub/channels.js';
import { PUB_SUB } from '../../core/pubsub/pubsub.module.js';
import { effectiveDrafts, type NotificationDraft } from './notification-drafts.js';
import { JobsService } from '../../core/jobs/jobs.service.js';
import { QUEUES } from '../../core/jobs/queues.js';
import type { NotificationMailJob } from './notification-mailer.service.js';

/** A notification that was really created (not a duplicate of one that exists). */
export interface CreatedNotification {
  id: string;
  recipientId: string;
  kind: NotificationKind;
}

/** What `notificationAdded` carries: ids only; the subscriber loads the notification and the count. */
export interface NotificationAddedEvent {
  recipientId: string;
  notificationId: string;
}

/**
 * Creates notifications and delivers them. Services call `create` inside the transaction that writes the
 * answer, comment, acceptance or post (or an event's promotion, cancellation or recording): the
 * notifications and one mail job per notification (pg-boss, in the same transaction) commit with it or
 * not at all, and the mail is sent by whichever API process takes the job, retried if the mail server
 * fails, even after a restart. `deliver`, after the commit, publishes the live events. Duplicates are dropped by the unique constraint, so only new notifications are
 * returned, published and mailed.
 */
@Injectable()
export class NotifierService {
  private readonly logger = new Logger(NotifierService.name);

  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly jobs: JobsService,
  ) {}

  async create(manager: EntityManager, drafts: readonly NotificationDraft[]): Promise<CreatedNotification[]> {
    const rows = effectiveDrafts(drafts);
    if (!rows.length) return [];
    // Only members that exist (a mention may name any id); one statement for any number of recipients.
    const created: { id: string; recipient_id: string; kind: NotificationKind }[] = await manager.query(
      `INSERT INTO notifications (recipient_id, kind, subject_id, post_id, comment_id, event_id, actor_id)
       SELECT d.recipient_id, d.kind, d.subject_id, d.post_id, d.comment_id, d.event_id, d.actor_id
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[])
         AS d(recipient_id, kind, subject_id, post_id, comment_id, event_id, actor_id)
       WHERE EXISTS (SELECT 1 FROM members m WHERE m.id = d.recipient_id)
         -- A mention adds nothing for someone already told about the same answer, comment or post
         -- (an edit that names the asker of the question the answer was for, say).
         AND NOT (d.kind = 'mention' AND EXISTS (
           SELECT 1 FROM notifications e WHERE e.recipient_id = d.recipient_id AND e.subject_id = d.subject_id))
       ON CONFLICT ON CONSTRAINT "UQ_notifications_event" DO NOTHING
       RETURNING id, recipient_id, kind`,
      [
        rows.map((r) => r.recipientId),
        rows.map((r) => r.kind),
        rows.map((r) => r.subjectId),
        rows.map((r) => r.postId ?? null),
        rows.map((r) => r.commentId ?? null),
        rows.map((r) => r.eventId ?? null),
        rows.map((r) => r.actorId),
      ],
    );
    // Mail is queued for those who want it now (and the worker checks again before sending).
    const toMail: { id: string }[] = created.length
      ? await manager.query(
          `SELECT n.id FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS n(id, recipient_id, kind)
           LEFT JOIN notification_preferences np ON np.member_id = n.recipient_id AND np.kind = n.kind
           WHERE coalesce(np.email, n.kind = ANY($4::text[]))`,
          [created.map((r) => r.id), created.map((r) => r.recipient_id), created.map((r) => r.kind), EMAIL_BY_DEFAULT],
        )
      : [];
    await this.jobs.sendInTransaction<NotificationMailJob>(
      manager,
      QUEUES.notificationMail.name,
      toMail.map((r) => ({ id: r.id, data: { notificationId: r.id } })),
    );
    return created.map((r) => ({ id: r.id, recipientId: r.recipient_id, kind: r.kind }));
  }

  /** Members following any tag of the post (inside the caller's transaction, after its tags are set). */
  async followersOfPostTags(manager: EntityManager, postId: string): Promise<string[]> {
    const rows: { member_id: string }[] = await manager.query(
      `SELECT DISTINCT tf.member_id FROM tag_follows tf JOIN post_tags pt ON pt.tag_id = tf.tag_id WHERE pt.post_id = $1`,
      [postId],
    );
    return rows.map((r) => r.member_id);
  }

  /** After commit: a live event per notification, awaited, so a subscriber hears it before the mutation answers. */
  async deliver(created: readonly CreatedNotification[]): Promise<void> {
    if (!created.length) return;
    await Promise.all(
      created.map((notification) => {
        const event: NotificationAddedEvent = { recipientId: notification.recipientId, notificationId: notification.id };
        return this.pubSub.publish(CHANNELS.notificationAdded, event).catch((error: unknown) => {
          this.logger.error(`Could not publish notification ${notification.id}: ${String(error)}`);
        });
      }),
    );
  }
}
