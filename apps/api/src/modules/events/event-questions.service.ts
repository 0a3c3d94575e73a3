import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { EVENT_QUESTIONS_OPEN_DAYS, eventQuestionsOpen } from '@liblab/domain';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { isUuid, notFound } from '../../core/graphql/errors.js';
import type { NotificationDraft } from '../notifications/notification-drafts.js';
import type { ContentRecord } from '../posts/models/content-record.js';
import { PostWriterService, type PostWrite } from '../posts/post-writer.service.js';
import { EventRegistrationEntity } from './entities/event-registration.entity.js';
import { EventEntity, type EventSpeakerRecord } from './entities/event.entity.js';
import { canManageEvents } from './events.service.js';
import { registrationConflict } from './registrations.service.js';

/** Organisers: coordinators and admins, and whoever created the event. */
export function isOrganiser(actor: Pick<AuthMember, 'id' | 'roles'>, event: { createdById: string | null }): boolean {
  return canManageEvents(actor) || event.createdById === actor.id;
}

/** Why questions cannot be asked at the event now (a CONFLICT with `extensions.reason`), or null. */
export function questionsClosedError(event: { status: string; startsAt: Date; endsAt: Date }, now: Date): GraphQLError | null {
  if (eventQuestionsOpen(event, now)) return null;
  if (event.status === 'cancelled') return registrationConflict('EVENT_CANCELLED', 'This event was cancelled; questions cannot be asked.');
  if (event.startsAt.getTime() > now.getTime()) {
    return registrationConflict('EVENT_NOT_STARTED', 'Questions can be asked once the event has started.');
  }
  return registrationConflict(
    'QUESTIONS_CLOSED',
    `Questions can be asked until ${EVENT_QUESTIONS_OPEN_DAYS} days after the event; that time is over.`,
  );
}

function notAllowed(reason: 'NOT_REGISTERED' | 'NOT_CONFIRMED'): GraphQLError {
  const message =
    reason === 'NOT_CONFIRMED'
      ? 'You are on the waitlist: only members with a confirmed place and the organisers ask questions at this event.'
      : 'Only members with a confirmed place and the organisers ask questions at this event.';
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', reason } });
}

/**
 * Questions collected during an event, answered afterwards like any question. Asking writes a normal
 * question through PostWriterService; its hook, in the question's transaction, re-reads the event
 * `FOR SHARE` (a concurrent cancellation waits, or the question is refused), links the question to the
 * event (`event_questions`) and returns `event_question` notifications for the organiser and the member
 * speakers, created with the question's own (mentions, followed tags) so each person is told once.
 */
@Injectable()
export class EventQuestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: PostWriterService,
  ) {}

  /** Confirmed registrants and organisers, from the start until EVENT_QUESTIONS_OPEN_DAYS after the end. */
  async ask(actor: AuthMember, eventId: string, input: PostWrite): Promise<ContentRecord> {
    const event = isUuid(eventId) ? await this.dataSource.getRepository(EventEntity).findOneBy({ id: eventId }) : null;
    if (!event) throw notFound('The event');
    const closed = questionsClosedError(event, new Date());
    if (closed) throw closed;
    if (!isOrganiser(actor, event)) {
      const registration = await this.dataSource.getRepository(EventRegistrationEntity).findOneBy({ eventId, memberId: actor.id });
      if (registration?.status === 'waitlisted') throw notAllowed('NOT_CONFIRMED');
      if (registration?.status !== 'confirmed') throw notAllowed('NOT_REGISTERED');
    }
    return this.writer.create(actor, 'question', input, async (manager, saved) => {
      const [current]: { status: string; starts_at: Date; ends_at: Date; created_by_id: string | null; speakers: EventSpeakerRecord[] }[] =
        await manager.query('SELECT status, starts_at, ends_at, created_by_id, speakers FROM events WHERE id = $1 FOR SHARE', [eventId]);
      const closedNow = questionsClosedError({ status: current.status, startsAt: current.starts_at, endsAt: current.ends_at }, new Date());
      if (closedNow) throw closedNow;
      await manager.query('INSERT INTO event_questions (question_id, event_id, created_at) VALUES ($1, $2, $3)', [saved.id, eventId, saved.createdAt]);
      const recipients = [current.created_by_id, ...current.speakers.map((s) => s.memberId)];
      return recipients.map(
        (recipientId): NotificationDraft => ({ recipientId, kind: 'event_question', subjectId: saved.id, postId: saved.id, actorId: actor.id }),
      );
    });
  }
}
