import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { signedInMember } from '../../../../test/support/factories.js';
import { errorCode, fieldErrors, type GqlClient } from '../../../../test/support/gql-client.js';
import { parseIcs, type ParsedIcs } from '../../../../test/support/ics.js';
import { countQueries } from '../../../../test/support/query-counter.js';
import {
  CANCEL_EVENT, CANCEL_REGISTRATION, CREATE_EVENT, createEvent, DAY, eventInput, HOUR, moveEvent, REGISTER, UPDATE_EVENT,
} from '../../events/__tests__/event-helpers.js';

const PUBLIC_URL = 'http://portal.test';
const SECRET_LINK = 'https://meet.example.org/secret-room-7f3a';

const EVENT_URL = `query E($id: ID!) { event(id: $id) { id calendarUrl month { id title } } }`;
const MY_FEED = `{ myCalendarFeed { url createdAt } }`;
const ROTATE = `mutation { rotateCalendarToken { url createdAt } }`;
const FEED_URL = `query F($region: String) { calendarFeedUrl(region: $region) }`;
const CREATE_MONTH = `mutation C($input: MonthInput!) { createMonth(input: $input) { id calendarUrl } }`;
const ADVANCE_MONTH = `mutation A($id: ID!, $to: MonthStatus!) { advanceMonth(id: $id, to: $to) { id status } }`;
const MONTH_EVENTS = `query M($id: ID!) { month(id: $id) { id calendarUrl events { id title startsAt status month { id } } } }`;
const MONTHS_WITH_EVENTS = `query L($first: Int!) {
  months(first: $first) { edges { node { id calendarUrl events { id title calendarUrl month { id } } } } }
}`;

function monthInput(title: string): Record<string, unknown> {
  return {
    title,
    theme: 'Nowe technologie',
    description: 'Drukarki 3D i roboty.',
    startsAt: new Date(Date.now() - DAY).toISOString(),
    endsAt: new Date(Date.now() + 29 * DAY).toISOString(),
  };
}

/** The first day (at least three days ahead) whose noon has another UTC offset than the day before's in `zone`. */
function nextOffsetChange(zone: string): DateTime {
  let day = DateTime.now().setZone(zone).startOf('day').plus({ days: 3 });
  for (let i = 0; i < 400; i++, day = day.plus({ days: 1 })) {
    if (day.set({ hour: 12 }).offset !== day.minus({ days: 1 }).set({ hour: 12 }).offset) return day;
  }
  throw new Error(`${zone} has no offset change within 400 days`);
}

describe('calendar files', () => {
  let app: TestApp;
  let coordinator: GqlClient;

  /** Fetches a calendar URL given in the portal's public address from the test's API. */
  async function get(url: string): Promise<Response> {
    return fetch(url.replace(PUBLIC_URL, app.url));
  }

  async function ics(url: string): Promise<{ text: string; parsed: ParsedIcs; response: Response }> {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    return { text, parsed: parseIcs(text), response };
  }

  async function calendarUrlOf(eventId: string): Promise<string> {
    return (await app.client().ok(EVENT_URL, { id: eventId })).event.calendarUrl;
  }

  beforeAll(async () => {
    app = await createTestApp({ config: { publicUrl: PUBLIC_URL } });
    coordinator = (await signedInMember(app, { roles: ['member', 'coordinator'] })).client;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('give each event an .ics in its own zone, right on both sides of a daylight-saving change, with a SEQUENCE that edits raise', async () => {
    const change = nextOffsetChange('Europe/Warsaw');
    const local = (day: DateTime, hour: number) => day.set({ hour, minute: 0, second: 0, millisecond: 0 });
    const before = local(change.minus({ days: 1 }), 18);
    const after = local(change, 18);
    // 18:00 in Warsaw is 23 or 25 hours later on the day the clocks change: the instants differ from a naive +24 h.
    expect(Math.abs(after.toMillis() - before.toMillis() - DAY)).toBe(HOUR);
    const ids: string[] = [];
    for (const start of [before, after]) {
      ids.push(
        await createEvent(coordinator, {
          title: `Spotkanie ${start.toISODate()}`,
          startsAt: start.toUTC().toISO(),
          endsAt: start.plus({ hours: 2 }).toUTC().toISO(),
          timeZone: 'Europe/Warsaw',
        }),
      );
    }
    for (const [i, start] of [before, after].entries()) {
      const url = await calendarUrlOf(ids[i]);
      expect(url).toBe(`${PUBLIC_URL}/calendar/events/${ids[i]}.ics`);
      const { text, parsed, response } = await ics(url);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="liblab-event-${ids[i]}.ics"`);
      expect(text).toContain(`DTSTART;TZID=Europe/Warsaw:${start.toFormat("yyyyLLdd'T'HHmmss")}`);
      expect(parsed.timezones).toEqual(['Europe/Warsaw']);
      expect(parsed.events).toHaveLength(1);
      expect(parsed.events[0]).toMatchObject({
        uid: `${ids[i]}@portal.test`,
        summary: `Spotkanie ${start.toISODate()}`,
        start: start.toJSDate(),
        end: start.plus({ hours: 2 }).toJSDate(),
        startZone: 'Europe/Warsaw',
        location: 'Biblioteka Główna, ul. Koszykowa 26/28, Warszawa',
        url: `${PUBLIC_URL}/events/${ids[i]}`,
        status: 'CONFIRMED',
        sequence: 0,
      });
    }

    // An edit raises SEQUENCE and LAST-MODIFIED; a cancellation raises it again and says CANCELLED.
    const first = (await ics(await calendarUrlOf(ids[0]))).parsed.events[0];
    await coordinator.ok(UPDATE_EVENT, {
      id: ids[0],
      input: eventInput({ title: 'Spotkanie przeniesione', startsAt: before.plus({ hours: 1 }).toUTC().toISO(), endsAt: before.plus({ hours: 3 }).toUTC().toISO() }),
    });
    const edited = (await ics(await calendarUrlOf(ids[0]))).parsed.events[0];
    expect(edited).toMatchObject({ uid: first.uid, summary: 'Spotkanie przeniesione', sequence: 1, start: before.plus({ hours: 1 }).toJSDate() });
    expect(edited.lastModified!.getTime()).toBeGreaterThanOrEqual(first.lastModified!.getTime());
    await coordinator.ok(CANCEL_EVENT, { id: ids[0] });
    expect((await ics(await calendarUrlOf(ids[0]))).parsed.events[0]).toMatchObject({ uid: first.uid, sequence: 2, status: 'CANCELLED' });
  });

  it('keep Oslo and Stockholm events in their own zones (the tz database links both to Berlin)', async () => {
    const oslo = await createEvent(coordinator, { timeZone: 'Europe/Oslo', city: 'Fredrikstad', region: 'ostfold', venue: 'Fredrikstad bibliotek', address: 'Kirkegata 2' });
    const { parsed } = await ics(await calendarUrlOf(oslo));
    expect(parsed.timezones).toEqual(['Europe/Oslo']);
    expect(parsed.events[0].startZone).toBe('Europe/Oslo');
    expect(parsed.events[0].location).toBe('Fredrikstad bibliotek, Kirkegata 2, Fredrikstad');
    const stockholm = await createEvent(coordinator, {
      timeZone: 'Europe/Stockholm', city: 'Halmstad', region: 'halland', venue: 'Stadsbiblioteket', address: 'Axel Olsons gata 1, 302 27 Halmstad',
    });
    const second = (await ics(await calendarUrlOf(stockholm))).parsed;
    expect(second.timezones).toEqual(['Europe/Stockholm']);
    expect(second.events[0]).toMatchObject({ startZone: 'Europe/Stockholm', location: 'Stadsbiblioteket, Axel Olsons gata 1, 302 27 Halmstad' });
  });

  it('refuse an unknown time zone on input, so every event has one a calendar can carry', async () => {
    const result = await coordinator.gql(CREATE_EVENT, { input: eventInput({ timeZone: 'Mars/Olympus_Mons' }) });
    expect(fieldErrors(result)).toEqual(['timeZone']);
  });

  it('answer 404 for unknown events, draft or unknown months, unknown regions and names that are not .ics files', async () => {
    const id = await createEvent(coordinator);
    const { id: draft } = (await coordinator.ok(CREATE_MONTH, { input: monthInput('Szkic miesiąca') })).createMonth;
    for (const path of [
      '/calendar/events/00000000-0000-4000-8000-000000000000.ics',
      '/calendar/events/not-an-id.ics',
      `/calendar/events/${id}`,
      `/calendar/events/${id}.ical`,
      `/calendar/months/${draft}.ics`,
      '/calendar/months/00000000-0000-4000-8000-000000000000.ics',
      '/calendar/regions/atlantis.ics',
      '/calendar/me/not-a-token.ics',
    ]) {
      expect([path, (await fetch(`${app.url}${path}`)).status]).toEqual([path, 404]);
    }
  });

  it('never put a webinar’s join link in a public file, nor in the feed of a member without a confirmed place', async () => {
    const { id: monthId } = (await coordinator.ok(CREATE_MONTH, { input: monthInput('Webinaria miesiąca') })).createMonth;
    await coordinator.ok(ADVANCE_MONTH, { id: monthId, to: 'ANNOUNCED' });
    const webinar = await createEvent(coordinator, {
      kind: 'WEBINAR', title: 'Webinarium z linkiem', capacity: 1, city: null, venue: null, address: null, region: null, joinUrl: SECRET_LINK, monthId,
    });
    const confirmed = await signedInMember(app);
    const waitlisted = await signedInMember(app);
    const bystander = await signedInMember(app);
    await confirmed.client.ok(REGISTER, { eventId: webinar });
    await waitlisted.client.ok(REGISTER, { eventId: webinar });

    const single = await ics(await calendarUrlOf(webinar));
    expect(single.parsed.events[0]).toMatchObject({ location: 'Online', summary: 'Webinarium z linkiem' });
    expect(single.parsed.events[0].description).toContain('Registered members find the join link on the event page.');
    const feeds = [
      single.text,
      (await ics(`${PUBLIC_URL}/calendar/all.ics`)).text,
      (await ics(`${PUBLIC_URL}/calendar/months/${monthId}.ics`)).text,
      // Signed in as the registrant, the public file is still the public file.
      await (await fetch(`${app.url}/calendar/events/${webinar}.ics`, { headers: { cookie: confirmed.client.cookieHeader } })).text(),
    ];
    for (const member of [waitlisted, bystander]) {
      feeds.push((await ics((await member.client.ok(MY_FEED)).myCalendarFeed.url)).text);
    }
    for (const text of feeds) expect(text).not.toContain('secret-room');

    const mine = await ics((await confirmed.client.ok(MY_FEED)).myCalendarFeed.url);
    const entry = mine.parsed.events.find((e) => e.uid === `${webinar}@portal.test`)!;
    expect(entry).toMatchObject({ location: SECRET_LINK, status: 'CONFIRMED' });
    expect(entry.description).toContain(`Join: ${SECRET_LINK}`);
    const onWaitlist = parseIcs(feeds[4]).events.find((e) => e.uid === `${webinar}@portal.test`)!;
    expect(onWaitlist).toMatchObject({ status: 'TENTATIVE', summary: 'Webinarium z linkiem (waitlist)', location: 'Online' });
  });

  it('give each member a private feed of their places that a rotated token closes at once', async () => {
    const member = await signedInMember(app, { locale: 'sv' });
    expect(errorCode(await app.client().gql(MY_FEED))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.client().gql(ROTATE))).toBe('UNAUTHENTICATED');

    const meetup = await createEvent(coordinator, { title: 'Träff i Halmstad', timeZone: 'Europe/Stockholm', city: 'Halmstad', region: 'halland', capacity: 5 });
    const toBeCancelled = await createEvent(coordinator, { title: 'Inställd träff', timeZone: 'Europe/Stockholm', city: 'Malmö', region: 'skane' });
    const leftAgain = await createEvent(coordinator, { title: 'Avanmäld träff', timeZone: 'Europe/Stockholm', city: 'Lund', region: 'skane' });
    const someoneElses = await createEvent(coordinator, { title: 'Någon annans träff', timeZone: 'Europe/Stockholm', city: 'Lund', region: 'skane' });
    for (const eventId of [meetup, toBeCancelled, leftAgain]) await member.client.ok(REGISTER, { eventId });
    await (await signedInMember(app)).client.ok(REGISTER, { eventId: someoneElses });
    await member.client.ok(CANCEL_REGISTRATION, { eventId: leftAgain });
    await coordinator.ok(CANCEL_EVENT, { id: toBeCancelled });

    const feed = (await member.client.ok(MY_FEED)).myCalendarFeed;
    expect(feed.url).toMatch(new RegExp(`^${PUBLIC_URL}/calendar/me/[A-Za-z0-9_-]{59}\\.ics$`));
    // Asking again gives the same URL: it is made once and kept until rotated.
    expect((await member.client.ok(MY_FEED)).myCalendarFeed).toEqual(feed);
    const { parsed, response } = await ics(feed.url);
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    expect(parsed.name).toBe('LibLab: mina evenemang');
    expect(parsed.events.map((e) => [e.summary, e.status]).sort()).toEqual([
      ['Inställd träff', 'CANCELLED'],
      ['Träff i Halmstad', 'CONFIRMED'],
    ]);
    expect(parsed.events.find((e) => e.summary === 'Träff i Halmstad')!.description).toContain('Evenemangets sida: http://portal.test/events/');

    const rotated = (await member.client.ok(ROTATE)).rotateCalendarToken;
    expect(rotated.url).not.toBe(feed.url);
    expect((await get(feed.url)).status).toBe(404);
    expect((await ics(rotated.url)).parsed.events).toHaveLength(2);
    expect((await member.client.ok(MY_FEED)).myCalendarFeed.url).toBe(rotated.url);
    // Same selector, another verifier: still nothing.
    const forged = rotated.url.replace(/([A-Za-z0-9_-])\.ics$/, (_m: string, last: string) => `${last === 'A' ? 'B' : 'A'}.ics`);
    expect((await get(forged)).status).toBe(404);
  });

  it('feed the network, a region and a thematic month, from 60 days back', async () => {
    const upcoming = await createEvent(coordinator, { title: 'Nadchodzące w Gdańsku', city: 'Gdańsk', region: 'pomorskie' });
    const recent = await createEvent(coordinator, { title: 'Niedawne w Gdańsku', city: 'Gdańsk', region: 'pomorskie' });
    const old = await createEvent(coordinator, { title: 'Dawne w Gdańsku', city: 'Gdańsk', region: 'pomorskie' });
    const elsewhere = await createEvent(coordinator, { title: 'W Krakowie', city: 'Kraków', region: 'malopolskie', description: 'Długi opis. '.repeat(300) });
    await moveEvent(app.dataSource, recent, new Date(Date.now() - 10 * DAY));
    await moveEvent(app.dataSource, old, new Date(Date.now() - 90 * DAY));

    const uids = (p: ParsedIcs) => p.events.map((e) => e.uid.split('@')[0]);
    const all = await ics((await app.client().ok(FEED_URL)).calendarFeedUrl);
    expect(all.parsed.name).toBe('LibLab: events');
    expect(all.text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    expect(uids(all.parsed)).toEqual(expect.arrayContaining([upcoming, recent, elsewhere]));
    expect(uids(all.parsed)).not.toContain(old);
    const starts = all.parsed.events.map((e) => e.start.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // Feeds keep long descriptions short (the event page has them whole); the event's own file does not.
    const inFeed = all.parsed.events.find((e) => e.uid.startsWith(elsewhere))!.description;
    expect(inFeed).toContain('Długi opis. Długi opis.');
    expect(inFeed).toMatch(/…\n\nEvent page: /);
    expect(inFeed.length).toBeLessThan(1300);
    expect((await ics(await calendarUrlOf(elsewhere))).parsed.events[0].description.length).toBeGreaterThan(3600);

    const regionUrl = (await app.client().ok(FEED_URL, { region: 'pomorskie' })).calendarFeedUrl;
    expect(regionUrl).toBe(`${PUBLIC_URL}/calendar/regions/pomorskie.ics`);
    expect(fieldErrors(await app.client().gql(FEED_URL, { region: 'atlantis' }))).toEqual(['region']);
    const region = await ics(`${regionUrl}?lang=pl`);
    expect(region.parsed.name).toBe('LibLab: wydarzenia – Pomorskie');
    expect(uids(region.parsed).sort()).toEqual([upcoming, recent].sort());

    const { id: monthId, calendarUrl } = (await coordinator.ok(CREATE_MONTH, { input: monthInput('Miesiąc w kalendarzu') })).createMonth;
    await coordinator.ok(ADVANCE_MONTH, { id: monthId, to: 'ANNOUNCED' });
    const later = await createEvent(coordinator, { title: 'Drugie w miesiącu', monthId }, 20);
    const sooner = await createEvent(coordinator, { title: 'Pierwsze w miesiącu', monthId }, 5);
    expect(calendarUrl).toBe(`${PUBLIC_URL}/calendar/months/${monthId}.ics`);
    const month = await ics(calendarUrl);
    expect(month.parsed.name).toBe('LibLab: Miesiąc w kalendarzu');
    expect(uids(month.parsed)).toEqual([sooner, later]);
  });

  it('place events in a thematic month: Month.events by start, Event.month for members only, an unknown month a field error', async () => {
    const member = await signedInMember(app);
    const { id: monthId } = (await coordinator.ok(CREATE_MONTH, { input: monthInput('GET it') })).createMonth;
    await coordinator.ok(ADVANCE_MONTH, { id: monthId, to: 'ANNOUNCED' });
    const webinar = await createEvent(coordinator, { kind: 'WEBINAR', title: 'Webinarium GET it', city: null, venue: null, address: null, region: null, monthId }, 8);
    const meetup = await createEvent(coordinator, { title: 'Spotkanie GET it', monthId }, 3);
    await createEvent(coordinator, { title: 'Poza miesiącem' }, 4);

    const { month } = await member.client.ok(MONTH_EVENTS, { id: monthId });
    expect(month.events.map((e: { id: string }) => e.id)).toEqual([meetup, webinar]);
    expect(month.events[0].month).toEqual({ id: monthId });
    expect((await member.client.ok(EVENT_URL, { id: webinar })).event.month).toEqual({ id: monthId, title: 'GET it' });
    expect((await app.client().ok(EVENT_URL, { id: webinar })).event.month).toBeNull();

    const unknown = await coordinator.gql(CREATE_EVENT, { input: eventInput({ monthId: '00000000-0000-4000-8000-000000000000' }) });
    expect(fieldErrors(unknown)).toEqual(['monthId']);
    expect(fieldErrors(await coordinator.gql(CREATE_EVENT, { input: eventInput({ monthId: 'nope' }) }))).toEqual(['monthId']);
    // Moving an event out of its month.
    await coordinator.ok(UPDATE_EVENT, { id: meetup, input: eventInput({ title: 'Spotkanie GET it', monthId: null }, 3) });
    expect((await member.client.ok(MONTH_EVENTS, { id: monthId })).month.events.map((e: { id: string }) => e.id)).toEqual([webinar]);
  });

  it('cost the same statements for a feed of 5 or 40 events, public or private', async () => {
    const member = await signedInMember(app);
    const speaker = await signedInMember(app, { name: 'Anna Prelegentka' });
    const feedUrl = (await member.client.ok(MY_FEED)).myCalendarFeed.url;
    const regionUrl = `${PUBLIC_URL}/calendar/regions/lubuskie.ics`;
    async function addEvents(count: number): Promise<void> {
      for (let i = 0; i < count; i++) {
        const start = new Date(Date.now() + (30 + i) * DAY);
        const id = await createEvent(coordinator, {
          kind: i % 5 === 0 ? 'CONVENTION' : 'MEETUP',
          title: `Spotkanie lubuskie ${i}`,
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
          city: 'Zielona Góra',
          region: 'lubuskie',
          speakers: [{ memberId: speaker.member.id }, { name: 'Gość' }],
          sessions: i % 5 === 0 ? [{ title: 'Otwarcie', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + HOUR).toISOString() }] : [],
        });
        await member.client.ok(REGISTER, { eventId: id });
      }
    }
    const measure = async (url: string, events: number) =>
      countQueries(app.dataSource, async () => {
        const { parsed } = await ics(url);
        expect(parsed.events).toHaveLength(events);
        expect(parsed.events[0].description).toContain('Anna Prelegentka, Gość');
      });

    await addEvents(5);
    const [publicFive, privateFive] = [await measure(regionUrl, 5), await measure(feedUrl, 5)];
    await addEvents(35);
    const [publicForty, privateForty] = [await measure(regionUrl, 40), await measure(feedUrl, 40)];
    expect(publicForty.count).toBe(publicFive.count);
    expect(privateForty.count).toBe(privateFive.count);
    expect(publicFive.count).toBeLessThanOrEqual(3);
    expect(privateFive.count).toBeLessThanOrEqual(4);
    // Polled again with nothing changed, a feed reads its rows and sends the copy it rendered.
    expect((await measure(regionUrl, 40)).count).toBe(1);
    expect((await measure(feedUrl, 40)).count).toBe(2);
  });

  it('list months with their events at the same cost for 3 or 12 months', async () => {
    const viewer = await signedInMember(app, { roles: ['member', 'coordinator'] });
    for (let i = 0; i < 12; i++) {
      const { id: monthId } = (await coordinator.ok(CREATE_MONTH, { input: monthInput(`Miesiąc ${i}`) })).createMonth;
      await createEvent(coordinator, { title: `Wydarzenie A ${i}`, monthId }, 2 + i);
      await createEvent(coordinator, { title: `Wydarzenie B ${i}`, monthId }, 3 + i);
    }
    const three = await countQueries(app.dataSource, () => viewer.client.ok(MONTHS_WITH_EVENTS, { first: 3 }));
    const twelve = await countQueries(app.dataSource, async () => {
      const { months } = await viewer.client.ok(MONTHS_WITH_EVENTS, { first: 12 });
      expect(months.edges).toHaveLength(12);
      for (const { node } of months.edges) {
        expect(node.calendarUrl).toBe(`${PUBLIC_URL}/calendar/months/${node.id}.ics`);
        for (const event of node.events) expect(event.month).toEqual({ id: node.id });
      }
    });
    expect(twelve.count).toBe(three.count);
  });
});
