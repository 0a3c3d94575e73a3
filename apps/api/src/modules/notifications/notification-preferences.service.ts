import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EMAIL_BY_DEFAULT, NOTIFICATION_KINDS, type NotificationKind } from '@liblab/domain';
import type { AuthMember } from '../../core/auth/auth-member.js';
import type { NotificationPreference } from './models/notification.model.js';

/** Per-kind mail choices; a kind the member never changed follows the default. */
@Injectable()
export class NotificationPreferencesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every kind, in a fixed order, with the member's choice or the default. */
  async forMember(memberId: string): Promise<NotificationPreference[]> {
    const rows: { kind: NotificationKind; email: boolean }[] = await this.dataSource.query(
      'SELECT kind, email FROM notification_preferences WHERE member_id = $1',
      [memberId],
    );
    const chosen = new Map(rows.map((r) => [r.kind, r.email]));
    return NOTIFICATION_KINDS.map((kind) => ({
      kind: kind as NotificationPreference['kind'],
      email: chosen.get(kind) ?? EMAIL_BY_DEFAULT.includes(kind),
    }));
  }

  /** Sets the given kinds (others keep their value) in one statement; returns every kind. */
  async update(actor: AuthMember, changes: readonly { kind: NotificationKind; email: boolean }[]): Promise<NotificationPreference[]> {
    const byKind = new Map(changes.map((c) => [c.kind, c.email]));
    if (byKind.size) {
      await this.dataSource.query(
        `INSERT INTO notification_preferences (member_id, kind, email)
         SELECT $1, kind, email FROM unnest($2::text[], $3::boolean[]) AS c(kind, email)
         ON CONFLICT (member_id, kind) DO UPDATE SET email = excluded.email`,
        [actor.id, [...byKind.keys()], [...byKind.values()]],
      );
    }
    return this.forMember(actor.id);
  }
}
