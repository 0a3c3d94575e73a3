import { createHash } from 'node:crypto';

/**
 * A job id that is the same every time for the same parts (a name-based UUID, version 5 layout over
 * SHA-1, as RFC 9562 describes). pg-boss inserts a job whose id exists already as nothing, so work named
 * this way is queued once however often, and by however many processes, it is asked for.
 */
export function deterministicJobId(...parts: readonly (string | number)[]): string {
  const hash = createHash('sha1').update(`liblab-job:${parts.join(':')}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
