import { describe, expect, it } from '@jest/globals';
import { calendarUrls, withoutFeedSecret } from './calendar-urls.js';

describe('calendar URLs', () => {
  it('are absolute addresses on the portal’s public URL', () => {
    expect(calendarUrls.event('https://liblab.example.org', 'abc')).toBe('https://liblab.example.org/calendar/events/abc.ics');
    expect(calendarUrls.region('https://liblab.example.org', 'more-og-romsdal')).toBe('https://liblab.example.org/calendar/regions/more-og-romsdal.ics');
  });

  it('keep the private feed’s secret out of logs, and other paths as they are', () => {
    expect(withoutFeedSecret('/calendar/me/AbCdEf_-123.ics?x=1')).toBe('/calendar/me/[secret]?x=1');
    expect(withoutFeedSecret('/calendar/all.ics')).toBe('/calendar/all.ics');
    expect(withoutFeedSecret('/graphql')).toBe('/graphql');
  });
});
