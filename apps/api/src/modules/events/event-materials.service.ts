import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { isUuid, notFound } from '../../core/graphql/errors.js';
import type { NotificationDraft } from '../notifications/notification-drafts.js';
import { NotifierService, type CreatedNotification } from '../notifications/notifier.service.js';
import type { EventMaterialsInput } from './dto/event-materials.input.js';
import { EventEntity } from './entities/event.entity.js';
import { toEvent } from './events.service.js';
import type { Event } from './models/event.model.js';
import { lockEvent } from './registration-queue.js';
import { registrationConflict } from './registrations.service.js';

/**
 * What is shared after an event: the recording and the slides. When a recording appears (none before, or
 * another address), everyone with a live registration (confirmed, or waitlisted: those who missed out want
 * it most) gets `event_recording` in the same transaction; the subject is the event, so a person is told
 * once per event however often the link changes.
 */
@Injectable()
export class EventMaterialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: NotifierService,
  ) {}

  async update(actor: AuthMember, eventId: string, input: EventMaterialsInput): Promise<Event> {
    if (!isUuid(eventId)) throw notFound('The event');
    let notifications: CreatedNotification[] = [];
    const saved = await this.dataSource.transaction(async (manager) => {
      const existing = await lockEvent(manager, eventId);
      if (!existing) throw notFound('The event');
      if (existing.status === 'cancelled') throw registrationConflict('EVENT_CANCELLED', 'This event was cancelled; it has no materials.');
      const recordingUrl = input.recordingUrl ?? null;
      const event = await manager.getRepository(EventEntity).save({ ...existing, recordingUrl, slidesUrl: input.slidesUrl ?? null });
      if (recordingUrl && recordingUrl !== existing.recordingUrl) {
        const registrants: { member_id: string }[] = await manager.query(
          `SELECT member_id FROM event_registrations WHERE event_id = $1 AND status IN ('confirmed', 'waitlisted') ORDER BY queue`,
          [eventId],
        );
        const drafts: NotificationDraft[] = registrants.map((r) => ({
          recipientId: r.member_id,
          kind: 'event_recording',
          subjectId: eventId,
          eventId,
          actorId: actor.id,
        }));
        notifications = await this.notifier.create(manager, drafts);
      }
      return event;
    });
    await this.notifier.deliver(notifications);
    return toEvent(saved);
  }
}
