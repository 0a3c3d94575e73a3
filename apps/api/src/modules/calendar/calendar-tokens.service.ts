import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** 96 bits that find the row (not secret by themselves), then 256 bits compared in constant time. */
const SELECTOR_BYTES = 12;
const VERIFIER_BYTES = 32;
const SELECTOR_LENGTH = 16;
const TOKEN = /^[A-Za-z0-9_-]{59}$/;

export interface CalendarToken {
  token: string;
  createdAt: Date;
}

interface TokenRow {
  selector: string;
  verifier: string;
  created_at: Date;
}

function toToken(row: TokenRow): CalendarToken {
  return { token: row.selector + row.verifier, createdAt: new Date(row.created_at) };
}

/**
 * The secret part of a member's private feed URL. One per member, made on first use; rotating replaces it,
 * so the old URL answers 404 from that moment. See CalendarTokenEntity for why it is kept readable.
 */
@Injectable()
export class CalendarTokensService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The member's token, made now if they have none (two first calls at once make one). */
  async current(memberId: string): Promise<CalendarToken> {
    await this.dataSource.query(
      `INSERT INTO calendar_tokens (member_id, selector, verifier) VALUES ($1, $2, $3) ON CONFLICT (member_id) DO NOTHING`,
      [memberId, ...fresh()],
    );
    const [row]: TokenRow[] = await this.dataSource.query('SELECT selector, verifier, created_at FROM calendar_tokens WHERE member_id = $1', [
      memberId,
    ]);
    return toToken(row);
  }

  /** A new token; the previous one stops working at once. */
  async rotate(memberId: string): Promise<CalendarToken> {
    const [row]: TokenRow[] = await this.dataSource.query(
      `INSERT INTO calendar_tokens (member_id, selector, verifier) VALUES ($1, $2, $3)
       ON CONFLICT (member_id) DO UPDATE SET selector = EXCLUDED.selector, verifier = EXCLUDED.verifier, created_at = now()
       RETURNING selector, verifier, created_at`,
      [memberId, ...fresh()],
    );
    return toToken(row);
  }

  /** The member a token belongs to (with their interface language), or null (malformed, unknown, rotated away). */
  async memberOf(token: string): Promise<{ memberId: string; locale: string } | null> {
    if (!TOKEN.test(token)) return null;
    const selector = token.slice(0, SELECTOR_LENGTH);
    const given = Buffer.from(token.slice(SELECTOR_LENGTH));
    const [row]: { member_id: string; verifier: string; locale: string }[] = await this.dataSource.query(
      'SELECT t.member_id, t.verifier, m.locale FROM calendar_tokens t JOIN members m ON m.id = t.member_id WHERE t.selector = $1',
      [selector],
    );
    if (!row) return null;
    const stored = Buffer.from(row.verifier);
    if (stored.length !== given.length || !timingSafeEqual(stored, given)) return null;
    return { memberId: row.member_id, locale: row.locale };
  }
}

function fresh(): [selector: string, verifier: string] {
  return [randomBytes(SELECTOR_BYTES).toString('base64url'), randomBytes(VERIFIER_BYTES).toString('base64url')];
}
