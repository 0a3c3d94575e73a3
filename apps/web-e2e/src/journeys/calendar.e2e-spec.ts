import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { SmtpInbox } from '../../../api/test/support/smtp-inbox.js';
import { expectAccessible, launchChromium } from '../support/browser.js';
import { expectH1, signInThroughApi } from '../support/pages.js';
import { startPortal, type Portal } from '../support/portal.js';

/** The demo's open thematic month and its three events (demo-events.ts), soonest first. */
const MONTH = 'Nowe technologie w bibliotece';
const GET_IT = 'GET it: drukarka 3D w małej bibliotece';
const AI_WEBINAR = 'AI och medborgarförslag: så hjälper biblioteket invånarna';
const MEETUP = 'Lokalne Spotkanie LABiB – Dolny Śląsk';
/** A webinar of the same member that is not in the month. */
const OTHER_WEBINAR = 'MOC promocji! Jak opowiadać o bibliotece w mediach społecznościowych';
const GET_IT_JOIN_URL = 'https://meet.liblab.demo/get-it-druk-3d';

interface CalendarFile {
  status: number;
  contentType: string;
  /** Unfolded (RFC 5545 continues long lines on the next one after a space). */
  text: string;
}

/** Fetches a feed as a calendar app would (the request context keeps no HTTP cache). */
async function fetchCalendar(request: APIRequestContext, url: string): Promise<CalendarFile> {
  const response = await request.get(url);
  const text = await response.text();
  return { status: response.status(), contentType: response.headers()['content-type'] ?? '', text: text.replace(/\r\n[ \t]/g, '') };
}

/** The SUMMARY and STATUS of each VEVENT, in file order. */
function vevents(file: CalendarFile): { summary: string; status: string }[] {
  return [...file.text.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)END:VEVENT/g)].map(([, body]) => ({
    summary: /^SUMMARY:(.*)$/m.exec(body)?.[1]?.trim() ?? '',
    status: /^STATUS:(.*)$/m.exec(body)?.[1]?.trim() ?? '',
  }));
}

/**
 * Copies an address with its copy button (named after the field), waits for "copied" in the live region next
 * to it, checks the field shows what the clipboard holds and returns it.
 */
async function copyAddress(page: Page, area: Locator, fieldName: string): Promise<string> {
  const field = area.getByRole('textbox', { name: fieldName, exact: true });
  const button = area.getByRole('button', { name: `Copy address: ${fieldName}`, exact: true });
  await button.click();
  await button.locator('xpath=following-sibling::*[@role="status"][1]').filter({ hasText: 'Address copied. Paste it into your calendar app.' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await expect(field.inputValue()).resolves.toBe(copied);
  return copied;
}

/**
 * Calendars, as a member in London lives them: the open thematic month lists its webinars and meetup (her
 * time and the event's own; the meetup a coordinator cancelled is marked so), links to an event, and its
 * address is a VCALENDAR with those events; /events offers the feed of all events and of the region chosen
 * in the filters; on /my-events her private address is a calendar with her webinar's join link, and making a
 * new one (confirmed in a dialog) makes the old address answer 404 at once. axe runs on every page.
 */
describe('calendars: the month’s events and calendar subscriptions', () => {
  let inbox: SmtpInbox;
  let portal: Portal;
  let browser: Browser | null;
  const contexts: BrowserContext[] = [];
  let member: Page;
  let coordinator: BrowserContext;

  beforeAll(async () => {
    browser = await launchChromium();
    if (!browser) return;
    inbox = await new SmtpInbox().start();
    portal = await startPortal(inbox.url);
    const memberContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
    // The copy buttons write to the clipboard; the test reads it back.
    await memberContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: portal.url });
    coordinator = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Warsaw' });
    contexts.push(memberContext, coordinator);
    await signInThroughApi(memberContext, portal.url, 'bibliotekarka@liblab.demo');
    await signInThroughApi(coordinator, portal.url, 'koordynator@liblab.demo');
    member = await memberContext.newPage();
    member.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    if (process.env.E2E_SCREENSHOTS) await member?.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/calendar-last.png`, fullPage: true });
    for (const context of contexts) await context.close();
    await browser?.close();
    await portal?.stop();
    await inbox?.stop();
  });

  it('the open month lists its events, links to them, and its calendar address is a VCALENDAR of them', async () => {
    if (!browser) return;

    await member.goto(`${portal.url}/months`);
    await expectH1(member, 'Thematic months', 'months');
    await member.getByRole('link', { name: MONTH }).click();
    await expectH1(member, MONTH, 'open month');
    const section = member.getByRole('region', { name: 'Webinars and meetups of the month' });
    await section.getByRole('link', { name: GET_IT }).waitFor();

    // The coordinator cancels the month's meetup; the page, read again, marks it cancelled.
    const meetupHref = await section.getByRole('link', { name: MEETUP }).getAttribute('href');
    const meetupId = meetupHref?.split('/').pop();
    expect(meetupHref).toMatch(/^\/events\/[\w-]+$/);
    const cancelled = await coordinator.request.post(`${portal.url}/graphql`, {
      headers: { 'content-type': 'application/json' },
      data: { query: 'mutation($id: ID!) { cancelEvent(id: $id) { id status } }', variables: { id: meetupId } },
    });
    expect(await cancelled.json()).toEqual({ data: { cancelEvent: { id: meetupId, status: 'CANCELLED' } } });
    await member.reload();
    await expectH1(member, MONTH, 'open month after the meetup was cancelled');

    // Three events by start, each its title as a link, its kind and its time in London and in its own zone.
    const cards = section.getByRole('listitem');
    await expect(cards.count()).resolves.toBe(3);
    const titles = await section.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(titles.slice(0, 3)).toEqual([GET_IT, AI_WEBINAR, MEETUP]);
    const getIt = cards.filter({ has: member.getByRole('link', { name: GET_IT }) });
    await getIt.getByText('Webinar', { exact: true }).waitFor();
    // 18:00–19:30 in Warsaw is 17:00–18:30 in London (both change clocks on the same days); English is 12-hour.
    await getIt.getByText(/5:00\D+6:30 PM your time · 6:00\D+7:30 PM Europe\/Warsaw/).waitFor();
    const meetup = cards.filter({ has: member.getByRole('link', { name: MEETUP }) });
    await meetup.getByText('Meetup', { exact: true }).waitFor();
    await meetup.getByText('Cancelled', { exact: true }).waitFor();
    await expect(section.getByRole('link', { name: OTHER_WEBINAR }).count()).resolves.toBe(0);

    // The month's calendar: a subscribe link for calendar apps and the address to copy (in her language).
    const address = section.getByRole('textbox', { name: 'Address of the month’s calendar' });
    const monthFeedUrl = await address.inputValue();
    expect(monthFeedUrl).toMatch(new RegExp(`^${portal.url}/calendar/months/[\\w-]+\\.ics\\?lang=en$`));
    const subscribe = section.getByRole('link', { name: 'Subscribe to this month’s calendar' });
    await expect(subscribe.getAttribute('href')).resolves.toBe(monthFeedUrl.replace(/^http:/, 'webcal:'));
    await expect(copyAddress(member, section, 'Address of the month’s calendar')).resolves.toBe(monthFeedUrl);
    await expectAccessible(member, 'open month with the address copied');

    const monthFeed = await fetchCalendar(member.request, monthFeedUrl);
    expect(monthFeed.status).toBe(200);
    expect(monthFeed.contentType).toMatch(/^text\/calendar/);
    expect(monthFeed.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(vevents(monthFeed)).toEqual([
      { summary: GET_IT, status: 'CONFIRMED' },
      { summary: AI_WEBINAR, status: 'CONFIRMED' },
      { summary: MEETUP, status: 'CANCELLED' },
    ]);
    // A public file never carries a join link, even fetched with a member's cookie.
    expect(monthFeed.text).not.toContain(GET_IT_JOIN_URL);

    // The title is a working link to the event's page.
    await section.getByRole('link', { name: GET_IT }).click();
    await expectH1(member, GET_IT, 'event page from the month');
    expect(new URL(member.url()).pathname).toMatch(/^\/events\/[\w-]+$/);
  });

  it('/events offers the feed of all events and of the region chosen in the filters', async () => {
    if (!browser) return;

    await member.goto(`${portal.url}/events`);
    await expectH1(member, 'Events', 'events');
    const subscribeArea = member.getByRole('region', { name: 'Events in your calendar' });
    const allUrl = await subscribeArea.getByRole('textbox', { name: 'Address of all events' }).inputValue();
    expect(allUrl).toBe(`${portal.url}/calendar/all.ics?lang=en`);
    await subscribeArea.getByText('Choose a region in the filters above', { exact: false }).waitFor();
    const all = await fetchCalendar(member.request, allUrl);
    expect(all.status).toBe(200);
    expect(vevents(all).map((event) => event.summary)).toEqual(expect.arrayContaining([GET_IT, AI_WEBINAR, MEETUP, OTHER_WEBINAR]));

    // Choosing Lower Silesia in the filters offers its feed: its meetup, without webinars (they have no region).
    await member.getByRole('combobox', { name: 'Region', exact: true }).fill('Dolno');
    await member.getByRole('option', { name: 'Dolnośląskie' }).click();
    const regionField = subscribeArea.getByRole('textbox', { name: 'Address of meetups and conventions in Dolnośląskie' });
    const regionUrl = await regionField.inputValue();
    expect(regionUrl).toBe(`${portal.url}/calendar/regions/dolnoslaskie.ics?lang=en`);
    await expect(copyAddress(member, subscribeArea, 'Address of meetups and conventions in Dolnośląskie')).resolves.toBe(regionUrl);
    await expectAccessible(member, 'events with a region chosen');
    const region = await fetchCalendar(member.request, regionUrl);
    expect(region.status).toBe(200);
    expect(region.contentType).toMatch(/^text\/calendar/);
    expect(vevents(region)).toEqual([{ summary: MEETUP, status: 'CANCELLED' }]);
  });

  it('/my-events gives a private address with join links, and a new one makes the old answer 404', async () => {
    if (!browser) return;

    await member.goto(`${portal.url}/my-events`);
    await expectH1(member, 'My events', 'my events');
    const feedSection = member.getByRole('region', { name: 'My events in my calendar' });
    await feedSection.getByText('whoever has it sees your events, including the join links', { exact: false }).waitFor();
    const oldUrl = await copyAddress(member, feedSection, 'Your private calendar address');
    expect(oldUrl).toMatch(new RegExp(`^${portal.url}/calendar/me/[\\w-]+\\.ics$`));
    await expectAccessible(member, 'my events with the private address copied');

    const mine = await fetchCalendar(member.request, oldUrl);
    expect(mine.status).toBe(200);
    expect(mine.contentType).toMatch(/^text\/calendar/);
    expect(mine.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(vevents(mine).map((event) => event.summary)).toEqual(expect.arrayContaining([GET_IT, OTHER_WEBINAR, MEETUP]));
    expect(mine.text).toContain(GET_IT_JOIN_URL);

    // Making a new address asks first; keeping the current one changes nothing.
    await feedSection.getByRole('button', { name: 'Make a new address' }).click();
    const dialog = member.getByRole('dialog', { name: 'Make a new calendar address?' });
    await dialog.waitFor();
    await dialog.getByText('The current address stops working at once', { exact: false }).waitFor();
    await member.waitForTimeout(500); // the dialog's fade-in, which axe would read as low contrast
    await expectAccessible(member, 'new address dialog');
    await dialog.getByRole('button', { name: 'Keep the current address' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(feedSection.getByRole('textbox', { name: 'Your private calendar address' }).inputValue()).resolves.toBe(oldUrl);

    await feedSection.getByRole('button', { name: 'Make a new address' }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Make a new address' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await feedSection.getByRole('status').filter({ hasText: 'A new address is ready. The old one no longer works' }).waitFor();
    const field = feedSection.getByRole('textbox', { name: 'Your private calendar address' });
    const newUrl = await field.inputValue();
    expect(newUrl).not.toBe(oldUrl);
    expect(newUrl).toMatch(new RegExp(`^${portal.url}/calendar/me/[\\w-]+\\.ics$`));
    await expectAccessible(member, 'my events with a new address');

    const old = await fetchCalendar(member.request, oldUrl);
    expect(old.status).toBe(404);
    const fresh = await fetchCalendar(member.request, newUrl);
    expect(fresh.status).toBe(200);
    expect(fresh.contentType).toMatch(/^text\/calendar/);
    expect(fresh.text).toContain(GET_IT_JOIN_URL);

    // The new address is the one the API keeps: a reload shows it again.
    await member.reload();
    await expectH1(member, 'My events', 'my events after a reload');
    await expect(field.inputValue()).resolves.toBe(newUrl);
  });
});
