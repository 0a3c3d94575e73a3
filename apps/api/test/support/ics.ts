import ICAL from 'ical.js';

export interface ParsedIcsEvent {
  uid: string;
  summary: string;
  description: string;
  location: string;
  url: string | null;
  status: string | null;
  sequence: number;
  /** Instants, converted by ical.js through the file's own VTIMEZONE blocks. */
  start: Date;
  end: Date;
  /** The TZID parameter of DTSTART and DTEND (null for UTC times). */
  startZone: string | null;
  endZone: string | null;
  lastModified: Date | null;
}

export interface ParsedIcs {
  name: string | null;
  /** TZIDs of the VTIMEZONE blocks in the file. */
  timezones: string[];
  events: ParsedIcsEvent[];
}

/**
 * Reads an iCalendar file with ical.js (Mozilla's parser, as in Thunderbird). No zone is registered with
 * its TimezoneService: a TZID the file does not define itself would be read as floating time, and the
 * instants would be wrong.
 */
export function parseIcs(text: string): ParsedIcs {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const text_ = (c: ICAL.Component, name: string) => {
    const value = c.getFirstPropertyValue(name);
    return value == null ? null : String(value);
  };
  return {
    name: text_(calendar, 'x-wr-calname'),
    timezones: calendar.getAllSubcomponents('vtimezone').map((tz) => String(tz.getFirstPropertyValue('tzid'))),
    events: calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      const lastModified = component.getFirstPropertyValue('last-modified') as ICAL.Time | null;
      const zoneOf = (name: string) => {
        const tzid = component.getFirstProperty(name)?.getParameter('tzid');
        return tzid ? String(tzid) : null;
      };
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description ?? '',
        location: event.location ?? '',
        url: text_(component, 'url'),
        status: text_(component, 'status'),
        sequence: event.sequence,
        start: event.startDate.toJSDate(),
        end: event.endDate.toJSDate(),
        startZone: zoneOf('dtstart'),
        endZone: zoneOf('dtend'),
        lastModified: lastModified ? lastModified.toJSDate() : null,
      };
    }),
  };
}
