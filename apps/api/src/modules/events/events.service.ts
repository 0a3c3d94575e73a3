import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { canonicalTimeZone } from '@liblab/domain';
import { hasRole, type AuthMember } from '../../core/auth/auth-member.js';
import { decodeCursor, toConnection, type Connection } from '../../core/graphql/connection.js';
import { badInput, conflict, isUuid, notFound, type FieldProblem } from '../../core/graphql/errors.js';
import { ReminderScheduler } from '../event-reminders/reminder-scheduler.service.js';
import { MemberEntity } from '../members/entities/member.entity.js';
import { MonthEntity } from '../months/entities/month.entity.js';
import type { CreatedNotification } from '../notifications/notifier.service.js';
import type { EventFilter, EventInput } from './dto/event.input.js';
import { EventRegistrationEntity } from './entities/event-registration.entity.js';
import { EventSessionEntity } from './entities/event-session.entity.js';
import { EventEntity, type EventSpeakerRecord } from './entities/event.entity.js';
import { replaceProgramme, speakerRecords } from './event-programme.js';
import { eventInputProblems } from './event-rules.js';
import { EventKindEnum, EventStatusEnum, RegistrationChangeReasonEnum } from './models/event-enums.js';
import type { Event, EventSession, EventSpeaker } from './models/event.model.js';
import { RegistrationPublisher } from './registration.publisher.js';
import { confirmedCount, fillFreePlaces, lockEvent, type ChangedRegistration, type Promotion } from './registration-queue.js';

export function toSpeakers(records: readonly EventSpeakerRecord[]): EventSpeaker[] {
  return records.map((r) => ({ memberId: r.memberId, guestName: r.name }));
}

export function toEvent(entity: EventEntity): Event {
  return {
    id: entity.id,
    kind: entity.kind as EventKindEnum,
    status: entity.status as EventStatusEnum,
    title: entity.title,
    description: entity.description,
    agenda: entity.agenda,
    startsAt: entity.startsAt,
    endsAt: entity.endsAt,
    timeZone: entity.timeZone,
    capacity: entity.capacity,
    registrationDeadline: entity.registrationDeadline,
    city: entity.city,
    venue: entity.venue,
    address: entity.address,
    region: entity.region,
    speakers: toSpeakers(entity.speakers),
    cancelledAt: entity.cancelledAt,
    createdAt: entity.createdAt,
    joinUrl: entity.joinUrl,
    recordingUrl: entity.recordingUrl,
    slidesUrl: entity.slidesUrl,
    createdById: entity.createdById,
    monthId: entity.monthId,
    version: entity.version,
    updatedAt: entity.updatedAt,
  };
}

export function toSession(entity: EventSessionEntity): EventSession {
  return { ...entity, speakers: toSpeakers(entity.speakers) };
}

/** Coordinators and admins organise events (any event: webinars belong to no region). */
export function canManageEvents(actor: Pick<AuthMember, 'roles'> | null | undefined): boolean {
  return hasRole(actor, 'coordinator', 'admin');
}

/**
 * Events: reading, listing, and the organisers' create, edit and cancel. Registrations live in
 * RegistrationsService; an edit that changes the capacity takes the same event-row lock they take.
 */
@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publisher: RegistrationPublisher,
    private readonly reminders: ReminderScheduler,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(EventEntity);
  }

  async byId(id: string): Promise<Event> {
    const entity = isUuid(id) ? await this.repo.findOneBy({ id }) : null;
    if (!entity) throw notFound('The event');
    return toEvent(entity);
  }

  /**
   * Upcoming (not yet ended) events soonest first, or past ones latest first; two statements whatever
   * the page size (count + rows). Keyset paging on (starts_at, id).
   */
  async list(filter: EventFilter, first: number, after?: string | null): Promise<Connection<Event>> {
    const query = this.repo.createQueryBuilder('e');
    if (filter.kind) query.andWhere('e.kind = :kind', { kind: filter.kind });
    if (filter.region) query.andWhere('e.region = :region', { region: filter.region });
    if (filter.city) query.andWhere('lower(e.city) = lower(:city)', { city: filter.city });
    if (filter.from) query.andWhere('e.starts_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.starts_at < :to', { to: filter.to });
    query.andWhere(filter.past ? 'e.ends_at <= :now' : 'e.ends_at > :now', { now: new Date() });
    const totalCount = await query.getCount();
    const cursor = decodeCursor(after, 2);
    if (cursor) {
      query.andWhere(`(e.starts_at, e.id) ${filter.past ? '<' : '>'} (:cursorAt::timestamptz, :cursorId::uuid)`, {
        cursorAt: cursor[0],
        cursorId: cursor[1],
      });
    }
    const direction = filter.past ? 'DESC' : 'ASC';
    const rows = await query.orderBy('e.starts_at', direction).addOrderBy('e.id', direction).limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, toEvent, (e) => [e.startsAt.toISOString(), e.id]);
  }

  async create(actor: AuthMember, input: EventInput): Promise<Event> {
    await this.check(input, true);
    const saved = await this.dataSource.transaction(async (manager) => {
      const event = await manager.getRepository(EventEntity).save(
        manager.getRepository(EventEntity).create({ ...this.columns(input), createdById: actor.id }),
      );
      await replaceProgramme(manager, event.id, input);
      await this.reminders.schedule(manager, event);
      return event;
    });
    return toEvent(saved);
  }

  /**
   * The whole event is replaced by the input. Under the event's lock: a capacity below the confirmed
   * registrations is refused, a larger one promotes the waitlist (and notifies it) in the same transaction.
   */
  async update(_actor: AuthMember, id: string, input: EventInput): Promise<Event> {
    if (!isUuid(id)) throw notFound('The event');
    await this.check(input, false);
    let promoted: Promotion[] = [];
    let notifications: CreatedNotification[] = [];
    const saved = await this.dataSource.transaction(async (manager) => {
      const existing = await lockEvent(manager, id);
      if (!existing) throw notFound('The event');
      if (existing.status === 'cancelled') throw conflict('This event was cancelled; it can no longer be edited.');
      const confirmed = await confirmedCount(manager, id);
      if (input.capacity != null && input.capacity < confirmed) {
        throw badInput({
          field: 'capacity',
          message: `${confirmed} members already have a confirmed place; give at least ${confirmed} places.`,
        });
      }
      // A new version: calendars see a higher SEQUENCE, and the reminders are queued again for it.
      const event = await manager.getRepository(EventEntity).save({ ...existing, ...this.columns(input), version: existing.version + 1 });
      await replaceProgramme(manager, id, input);
      await this.reminders.schedule(manager, event);
      promoted = await fillFreePlaces(manager, event);
      notifications = await this.publisher.notifyPromoted(manager, promoted);
      return event;
    });
    await this.publisher.publish([{ changes: promoted, reason: RegistrationChangeReasonEnum.PROMOTED }], notifications);
    return toEvent(saved);
  }

  /**
   * Cancels the event; registrations keep their status (history) and their members are notified in the
   * same transaction (`event_cancelled`) and told live.
   */
  async cancel(actor: AuthMember, id: string): Promise<Event> {
    if (!isUuid(id)) throw notFound('The event');
    let affected: ChangedRegistration[] = [];
    let notifications: CreatedNotification[] = [];
    const saved = await this.dataSource.transaction(async (manager) => {
      const existing = await lockEvent(manager, id);
      if (!existing) throw notFound('The event');
      if (existing.status === 'cancelled') throw conflict('This event is already cancelled.');
      // A new version: calendars replace the event with its cancelled state; its reminder jobs find nothing to do.
      const event = await manager
        .getRepository(EventEntity)
        .save({ ...existing, status: 'cancelled', cancelledAt: new Date(), version: existing.version + 1 });
      const rows = await manager.getRepository(EventRegistrationEntity).findBy({ eventId: id, status: In(['confirmed', 'waitlisted']) });
      affected = rows.map((r) => ({ registrationId: r.id, memberId: r.memberId, eventId: id }));
      notifications = await this.publisher.notifyCancelled(manager, affected, actor.id);
      return event;
    });
    await this.publisher.publish([{ changes: affected, reason: RegistrationChangeReasonEnum.EVENT_CANCELLED }], notifications);
    return toEvent(saved);
  }

  /** Field rules across inputs, and member speakers that exist: one BAD_USER_INPUT naming every field. */
  private async check(input: EventInput, isNew: boolean): Promise<void> {
    const problems: FieldProblem[] = eventInputProblems(input, new Date(), isNew);
    const wanted = [
      ...input.speakers.map((s, i) => ({ id: s.memberId, field: `speakers.${i}.memberId` })),
      ...input.sessions.flatMap((session, j) =>
        session.speakers.map((s, i) => ({ id: s.memberId, field: `sessions.${j}.speakers.${i}.memberId` })),
      ),
    ].filter((s): s is { id: string; field: string } => !!s.id);
    if (input.monthId && !(await this.dataSource.getRepository(MonthEntity).existsBy({ id: input.monthId }))) {
      problems.push({ field: 'monthId', message: 'No thematic month has this id.' });
    }
    if (wanted.length) {
      const found = await this.dataSource.getRepository(MemberEntity).findBy({ id: In([...new Set(wanted.map((s) => s.id))]) });
      const known = new Set(found.map((m) => m.id));
      for (const s of wanted) if (!known.has(s.id)) problems.push({ field: s.field, message: 'No member has this id.' });
    }
    if (problems.length) throw badInput(problems);
  }

  private columns(input: EventInput): Partial<EventEntity> {
    return {
      kind: input.kind,
      title: input.title,
      description: input.description,
      agenda: input.agenda,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      timeZone: canonicalTimeZone(input.timeZone)!,
      capacity: input.capacity ?? null,
      registrationDeadline: input.registrationDeadline ?? null,
      city: input.city ?? null,
      venue: input.venue ?? null,
      address: input.address ?? null,
      region: input.region ?? null,
      joinUrl: input.joinUrl ?? null,
      speakers: speakerRecords(input.speakers),
      monthId: input.monthId ?? null,
    };
  }
}
