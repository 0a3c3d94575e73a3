import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';

const KNOWN = new Set(tzlib_get_timezones() as string[]);
const cache = new Map<string, string | null>();

/**
 * The VTIMEZONE block of an IANA zone (timezones-ical-library, built from the tz database), or null when
 * the library does not know the zone. A zone that is a link in the tz database (Europe/Oslo and
 * Europe/Stockholm → Europe/Berlin) comes back under its target's name; the block is renamed to the zone
 * asked for, so `DTSTART;TZID=Europe/Oslo` finds a VTIMEZONE with that TZID (same rules, the event's name).
 */
export function vtimezone(zone: string): string | null {
  if (!KNOWN.has(zone)) return null;
  if (!cache.has(zone)) {
    const result = tzlib_get_ical_block(zone);
    const block = Array.isArray(result) ? result[0] : '';
    cache.set(
      zone,
      block ? block.replace(/^TZID:.*$/m, `TZID:${zone}`).replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${zone}`) : null,
    );
  }
  return cache.get(zone)!;
}
