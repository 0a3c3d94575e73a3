import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { rowsToEntities } from '../../core/database/raw-entities.js';
import { NotificationEntity } from './entities/notification.entity.js';
import { VISIBLE_NOTIFICATIONS } from './visible-notifications.js';

export function createNotificationLoaders(dataSource: DataSource) {
  return {
    /** Visible notifications by id (null when hidden or unknown); used by the live event. */
    notificationById: new DataLoader<string, NotificationEntity | null>(async (ids) => {
      const rows: Record<string, unknown>[] = await dataSource.query(`SELECT n.* ${VISIBLE_NOTIFICATIONS} AND n.id = ANY($1::uuid[])`, [[...ids]]);
      const byId = new Map(rowsToEntities(dataSource, NotificationEntity, rows).map((n) => [n.id, n]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    /** Each member's unread, visible notifications. */
    unreadNotificationCount: new DataLoader<string, number>(async (memberIds) => {
      const rows: { recipient_id: string; count: number }[] = await dataSource.query(
        `SELECT n.recipient_id, count(*)::int AS count ${VISIBLE_NOTIFICATIONS}
           AND n.recipient_id = ANY($1::uuid[]) AND n.read_at IS NULL GROUP BY n.recipient_id`,
        [[...memberIds]],
      );
      const byMember = new Map(rows.map((r) => [r.recipient_id, r.count]));
      return memberIds.map((id) => byMember.get(id) ?? 0);
    }),
  };
}
