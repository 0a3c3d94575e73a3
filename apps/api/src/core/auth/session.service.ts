import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan, Not } from 'typeorm';
import type { Role } from '@liblab/domain';
import { SessionEntity } from './entities/session.entity.js';
import type { AuthMember } from './auth-member.js';
import { SESSION_DAYS } from './session-cookie.js';
import { hashToken, newToken } from './tokens.js';

interface SessionRow {
  session_id: string;
  id: string;
  name: string;
  roles: Role[];
  library_id: string | null;
  region: string | null;
}

/** Opaque, revocable sessions: one row per signed-in browser. */
@Injectable()
export class SessionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get sessions() {
    return this.dataSource.getRepository(SessionEntity);
  }

  async create(memberId: string, userAgent: string | undefined): Promise<string> {
    const token = newToken();
    await this.sessions.insert({
      tokenHash: hashToken(token),
      memberId,
      expiresAt: new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000),
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return token;
  }

  /** One statement: the member behind a live session, or null. */
  async authenticate(token: string | undefined): Promise<AuthMember | null> {
    if (!token || token.length > 100) return null;
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, m.id, m.name, m.roles, m.library_id, l.region
         FROM sessions s JOIN members m ON m.id = s.member_id LEFT JOIN libraries l ON l.id = m.library_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) return null;
    return { id: row.id, name: row.name, roles: row.roles, libraryId: row.library_id, region: row.region, sessionId: row.session_id };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  /** Ends every session of a member, except optionally the one making the request. */
  async revokeAll(memberId: string, exceptSessionId?: string): Promise<void> {
    await this.sessions.delete(exceptSessionId ? { memberId, id: Not(exceptSessionId) } : { memberId });
  }

  async purgeExpired(): Promise<void> {
    await this.sessions.delete({ expiresAt: LessThan(new Date()) });
  }
}
