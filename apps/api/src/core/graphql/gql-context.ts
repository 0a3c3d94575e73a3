import type { Request, Response } from 'express';
import type { AuthMember } from '../auth/auth-member.js';
import type { Loaders } from './loaders.js';

/** What every resolver receives: the request (HTTP only), the member (or null) and per-request loaders. */
export interface GqlContext {
  req?: Request;
  res?: Response;
  member: AuthMember | null;
  loaders: Loaders;
  /** Client address for rate limits; behind a proxy set TRUST_PROXY so this is the real client. */
  ip: string;
}
