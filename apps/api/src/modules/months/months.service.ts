import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { hasRole, type AuthMember } from '../../core/auth/auth-member.js';
import { decodeCursor, toConnection, type Connection } from '../../core/graphql/connection.js';
import { badInput, conflict, isUuid, notFound, type FieldProblem } from '../../core/graphql/errors.js';
import { rowsToEntities } from '../../core/database/raw-entities.js';
import type { MonthInput, MonthFilter } from './dto/month.input.js';
import { MonthEntity, MONTH_STATUSES, type MonthStatus } from './entities/month.entity.js';
import { toMonth, type Month } from './models/month.model.js';

/** Coordinators and admins manage months and see drafts. */
export function canManageMonths(member: AuthMember | null): boolean {
  return hasRole(member, 'coordinator', 'admin');
}

export const STATUS_LABEL: Record<MonthStatus, string> = {
  draft: 'a draft',
  announced: 'announced',
  open: 'open',
  wrap_up: 'in its wrap-up',
  archived: 'archived',
};

/** The status a month moves to next, or null when archived. */
export function nextStatus(status: MonthStatus): MonthStatus | null {
  return MONTH_STATUSES[MONTH_STATUSES.indexOf(status) + 1] ?? null;
}

/** Thematic months: reading (drafts only for coordinators and admins), writing, the lifecycle and experts. */
@Injectable()
export class MonthsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(MonthEntity);
  }

  /** A month the viewer may see, or NOT_FOUND (drafts do not exist for members). */
  async findVisible(viewer: AuthMember | null, id: string): Promise<MonthEntity> {
    const month = isUuid(id) ? await this.repo.findOneBy({ id }) : null;
    if (!month || (month.status === 'draft' && !canManageMonths(viewer))) throw notFound('The month');
    return month;
  }

  /**
   * Months that have not ended (running or upcoming) first, soonest first; then the ended ones, newest
   * first. Keyset on (tier, signed start in ms, id): two statements (count + page) whatever the size.
   */
  async list(viewer: AuthMember | null, filter: MonthFilter, first: number, after?: string | null): Promise<Connection<Month>> {
    const params: unknown[] = [canManageMonths(viewer)];
    const where = ['(m.status <> \'draft\' OR $1)'];
    if (filter.status) {
      params.push(filter.status);
      where.push(`m.status = $${params.length}`);
    }
    if (filter.current && !filter.past) where.push('m.ends_at > now()');
    if (filter.past && !filter.current) where.push('m.ends_at <= now()');
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM months m WHERE ${where.join(' AND ')}`,
      params,
    );
    const key = decodeCursor(after, 3);
    if (key) {
      const [tier, at, id] = key;
      if ((tier !== 0 && tier !== 1) || typeof at !== 'string' || !/^-?\d{1,16}$/.test(at) || typeof id !== 'string' || !isUuid(id)) {
        throw badInput({ field: 'after', message: 'This page cursor is not valid; start again from the first page.' });
      }
      params.push(tier, at, id);
      where.push(`(m.tier, m.sort_at, m.id) > ($${params.length - 2}::int, $${params.length - 1}::bigint, $${params.length}::uuid)`);
    }
    params.push(first + 1);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT m.*, CASE WHEN m.ends_at > now() THEN 0 ELSE 1 END AS tier,
                CASE WHEN m.ends_at > now() THEN 1 ELSE -1 END * (extract(epoch FROM m.starts_at) * 1000)::bigint AS sort_at
         FROM months m
       ) m
       WHERE ${where.join(' AND ')}
       ORDER BY m.tier, m.sort_at, m.id LIMIT $${params.length}`,
      params,
    );
    const months = rowsToEntities(this.dataSource, MonthEntity, rows);
    const keys = new Map(rows.map((r, i) => [months[i].id, [Number(r.tier), String(r.sort_at), months[i].id]]));
    return toConnection(months, first, count, toMonth, (m) => keys.get(m.id)!);
  }

  async create(actor: AuthMember, input: MonthInput): Promise<Month> {
    const expertIds = unique(input.expertIds ?? []);
    await this.check(input, expertIds);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(MonthEntity);
      const saved = await repo.save(repo.create({ ...fieldsOf(input), status: 'draft', createdById: actor.id }));
      await this.addExperts(manager, saved.id, expertIds);
      return toMonth(saved);
    });
  }

  /** Anything but an archived month; experts are replaced only if `expertIds` is given. */
  async update(id: string, input: MonthInput): Promise<Month> {
    const month = await this.findManaged(id);
    if (month.status === 'archived') throw conflict('An archived month cannot be changed.');
    // Questions asked so far were promised this time (their escalation jobs are due at it).
    if ((month.status === 'open' || month.status === 'wrap_up') && (input.answerHours ?? 48) !== month.answerHours) {
      throw badInput({ field: 'answerHours', message: 'The answer time cannot change once the month is open: questions were promised it.' });
    }
    const expertIds = input.expertIds ? unique(input.expertIds) : null;
    await this.check(input, expertIds ?? []);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(MonthEntity);
      const result = await repo.update({ id, status: month.status }, fieldsOf(input));
      if (!result.affected) throw conflict('The month changed meanwhile; reload it and try again.');
      if (expertIds) {
        await manager.query('DELETE FROM month_experts WHERE month_id = $1 AND NOT (member_id = ANY($2::uuid[]))', [id, expertIds]);
        await this.addExperts(manager, id, expertIds);
      }
      return toMonth(await repo.findOneByOrFail({ id }));
    });
  }

  /**
   * One step forward (`to` names the step, so a repeated click is refused rather than skipping a stage).
   * Archiving needs the summary: `archiveMonth`.
   */
  async advance(id: string, to: MonthStatus): Promise<Month> {
    if (to === 'archived') throw badInput({ field: 'to', message: 'Archive the month with its summary and best answers (archiveMonth).' });
    const from = MONTH_STATUSES[MONTH_STATUSES.indexOf(to) - 1];
    if (!from) throw badInput({ field: 'to', message: 'A month starts as a draft; it cannot go back to one.' });
    const month = await this.findManaged(id);
    const [rows]: [Record<string, unknown>[], number] = await this.dataSource.query(
      `UPDATE months SET status = $3, updated_at = now() WHERE id = $1 AND status = $2 RETURNING *`,
      [id, from, to],
    );
    if (!rows.length) throw conflict(moveRefusal(month.status, to), 'to');
    return toMonth(rowsToEntities(this.dataSource, MonthEntity, rows)[0]);
  }

  async inviteExpert(monthId: string, memberId: string): Promise<Month> {
    const month = await this.findManaged(monthId);
    if (month.status === 'archived') throw conflict('An archived month cannot be changed.');
    await this.check(null, [memberId], 'memberId');
    await this.addExperts(this.dataSource.manager, monthId, [memberId]);
    return toMonth(month);
  }

  async removeExpert(monthId: string, memberId: string): Promise<Month> {
    const month = await this.findManaged(monthId);
    if (month.status === 'archived') throw conflict('An archived month cannot be changed.');
    if (isUuid(memberId)) await this.dataSource.query('DELETE FROM month_experts WHERE month_id = $1 AND member_id = $2', [monthId, memberId]);
    return toMonth(month);
  }

  /** Any month, drafts included (callers are coordinators or admins), or NOT_FOUND. */
  async findManaged(id: string): Promise<MonthEntity> {
    const month = isUuid(id) ? await this.repo.findOneBy({ id }) : null;
    if (!month) throw notFound('The month');
    return month;
  }

  /** End after start and experts who exist, reported together as field errors. */
  private async check(input: Pick<MonthInput, 'startsAt' | 'endsAt'> | null, expertIds: string[], expertField = 'expertIds'): Promise<void> {
    const problems: FieldProblem[] = [];
    if (input && input.endsAt.getTime() <= input.startsAt.getTime()) {
      problems.push({ field: 'endsAt', message: 'End the month after it starts.' });
    }
    if (expertIds.length) {
      const found: { id: string }[] = await this.dataSource.query('SELECT id FROM members WHERE id = ANY($1::uuid[])', [
        expertIds.filter(isUuid),
      ]);
      if (found.length !== expertIds.length) problems.push({ field: expertField, message: 'Choose experts from the member directory.' });
    }
    if (problems.length) throw badInput(problems);
  }

  private async addExperts(manager: EntityManager, monthId: string, memberIds: string[]): Promise<void> {
    if (!memberIds.length) return;
    await manager.query(
      `INSERT INTO month_experts (month_id, member_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [monthId, memberIds],
    );
  }
}

function fieldsOf(input: MonthInput) {
  return {
    title: input.title,
    theme: input.theme,
    description: input.description ?? '',
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    coverImageUrl: input.coverImageUrl || null,
    answerHours: input.answerHours ?? 48,
  };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

export function moveRefusal(current: MonthStatus, to: MonthStatus): string {
  const next = nextStatus(current);
  return next
    ? `The month is ${STATUS_LABEL[current]}; it can only move forward one step, to ${next.toUpperCase()}, not to ${to.toUpperCase()}.`
    : `The month is archived; it cannot move to ${to.toUpperCase()}.`;
}
