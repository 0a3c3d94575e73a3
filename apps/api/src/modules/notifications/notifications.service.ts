import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { rowsToEntities } from '../../core/database/raw-entities.js';
import { toConnection, type Connection } from '../../core/graphql/connection.js';
import { isUuid, notFound } from '../../core/graphql/errors.js';
import { decodeTimeCursor, timeCursor } from '../posts/cursors.js';
import { NotificationEntity } from './entities/notification.entity.js';
import type { Notification } from './models/notification.model.js';
import { VISIBLE_NOTIFICATIONS } from './visible-notifications.js';

export function toNotification(entity: NotificationEntity): Notification {
  return {
    id: entity.id,
    kind: entity.kind as Notification['kind'],
    createdAt: entity.createdAt,
    readAt: entity.readAt,
    postId: entity.postId,
    commentId: entity.commentId,
    eventId: entity.eventId,
    actorId: entity.actorId,
  };
}

/** A member's own notifications: listing, counting and marking read. Nobody sees anyone else's. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first, keyset-paged on (created_at, id): two statements whatever the page size. */
  async list(actor: AuthMember, first: number, after: string | null | undefined, unreadOnly: boolean): Promise<Connection<Notification>> {
    const where = `${VISIBLE_NOTIFICATIONS} AND n.recipient_id = $1 ${unreadOnly ? 'AND n.read_at IS NULL' : ''}`;
    const [{ count }]: { count: number }[] = await this.dataSource.query(`SELECT count(*)::int AS count ${where}`, [actor.id]);
    const params: unknown[] = [actor.id];
    const cursor = decodeTimeCursor(after);
    if (cursor) params.push(cursor.at, cursor.id);
    params.push(first + 1);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT n.* ${where} ${cursor ? 'AND (n.created_at, n.id) < ($2::timestamptz, $3::uuid)' : ''}
       ORDER BY n.created_at DESC, n.id DESC LIMIT $${params.length}`,
      params,
    );
    const entities = rowsToEntities(this.dataSource, NotificationEntity, rows);
    return toConnection(entities, first, count, toNotification, (n) => timeCursor(n.createdAt, n.id));
  }

  async unreadCount(memberId: string): Promise<number> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count ${VISIBLE_NOTIFICATIONS} AND n.recipient_id = $1 AND n.read_at IS NULL`,
      [memberId],
    );
    return count;
  }

  /** The member's own visible notification, now read; NOT_FOUND for anyone else's. Marking twice is harmless. */
  async markRead(actor: AuthMember, id: string): Promise<Notification> {
    if (!isUuid(id)) throw notFound('The notification');
    await this.dataSource.query('UPDATE notifications SET read_at = now() WHERE id = $1 AND recipient_id = $2 AND read_at IS NULL', [id, actor.id]);
    const rows: Record<string, unknown>[] = await this.dataSource.query(`SELECT n.* ${VISIBLE_NOTIFICATIONS} AND n.id = $1 AND n.recipient_id = $2`, [
      id,
      actor.id,
    ]);
    const [entity] = rowsToEntities(this.dataSource, NotificationEntity, rows);
    if (!entity) throw notFound('The notification');
    return toNotification(entity);
  }

  /** Marks every unread notification of the member read; returns how many were unread. */
  async markAllRead(actor: AuthMember): Promise<number> {
    const [, affected]: [unknown[], number] = await this.dataSource.query(
      'UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL',
      [actor.id],
    );
    return affected;
  }
}
