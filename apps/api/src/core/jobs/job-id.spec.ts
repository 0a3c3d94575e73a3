import { describe, expect, it } from '@jest/globals';
import { isUuid } from '../graphql/errors.js';
import { deterministicJobId } from './job-id.js';

describe('deterministicJobId', () => {
  it('names the same work with the same UUID, and different work differently', () => {
    const id = deterministicJobId('event-reminder', 'a1b2', 3, 'day_before');
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('5');
    expect(deterministicJobId('event-reminder', 'a1b2', 3, 'day_before')).toBe(id);
    expect(deterministicJobId('event-reminder', 'a1b2', 4, 'day_before')).not.toBe(id);
    expect(deterministicJobId('event-reminder', 'a1b2', 3, 'hour_before')).not.toBe(id);
  });
});
