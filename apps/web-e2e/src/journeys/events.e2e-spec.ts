import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SmtpInbox } from '../../../api/test/support/smtp-inbox.js';
import { expectAccessible, launchChromium } from '../support/browser.js';
import { expectH1, signInThroughApi } from '../support/pages.js';
import { startPortal, type Portal } from '../support/portal.js';

/** A day a week from now as `YYYY-MM-DD` (what a `datetime-local` input takes before `T18:00`). */
function dayInAWeek(): string {
  return new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
}

/** An input by its label's exact text; a required field's label ends in " *". */
function field(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^${label}( \\*)?$`));
}

/**
 * A local meetup with one place, as three people in three browsers live it: a coordinator in Oslo creates
 * it through the form (the zone defaults to the browser's; a time error is shown next to its input and
 * nothing typed is lost); a librarian in Warsaw takes the place; a librarian in London sees the times in
 * her zone and Oslo's and joins the waitlist; the first cancels after confirming, and the second's open
 * page shows the promotion without a reload (registrationChanged), in its live region. The coordinator
 * sees the registrants and downloads them as CSV. axe runs on every page on the way.
 */
describe('events: registration, waitlist and live promotion', () => {
  let inbox: SmtpInbox;
  let portal: Portal;
  let browser: Browser | null;
  let contexts: BrowserContext[] = [];
  let coordinator: Page;
  let first: Page;
  let second: Page;
  const title = `Lokalt bibliotekmøte: lesesirkler ${Date.now()}`;
  const day = dayInAWeek();

  beforeAll(async () => {
    browser = await launchChromium();
    if (!browser) return;
    inbox = await new SmtpInbox().start();
    portal = await startPortal(inbox.url);
    const coordinatorContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Oslo' });
    const firstContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Warsaw' });
    const secondContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
    contexts = [coordinatorContext, firstContext, secondContext];
    await signInThroughApi(coordinatorContext, portal.url, 'koordinator@liblab.demo');
    await signInThroughApi(firstContext, portal.url, 'bibliotekarka@liblab.demo');
    await signInThroughApi(secondContext, portal.url, 'bibliotekar@liblab.demo');
    [coordinator, first, second] = await Promise.all(contexts.map((context) => context.newPage()));
    for (const page of [coordinator, first, second]) page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    if (process.env.E2E_SCREENSHOTS) {
      await second?.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/events-last-second.png`, fullPage: true });
    }
    for (const context of contexts) await context.close();
    await browser?.close();
    await portal?.stop();
    await inbox?.stop();
  });

  it('creates a meetup for one, waitlists the second member and promotes her live when the first cancels', async () => {
    if (!browser) return;

    // The coordinator opens the events and starts a new one.
    await coordinator.goto(`${portal.url}/events`);
    await expectH1(coordinator, 'Events', 'events list');
    await coordinator.getByRole('link', { name: 'New event' }).click();
    await expectH1(coordinator, 'New event', 'new event form');
    await expect(coordinator.getByRole('combobox', { name: 'Time zone' }).inputValue()).resolves.toBe('Europe/Oslo');
    await expect(coordinator.getByRole('radio', { name: 'Meetup' }).isChecked()).resolves.toBe(true);
    await field(coordinator, 'Title').fill(title);
    await field(coordinator, 'Description').fill('Vi deler erfaringer med lesesirkler for voksne.\nTa med en bok du liker.');
    await field(coordinator, 'Starts').fill(`${day}T18:00`);
    // An end before the start: the message sits under the end time, and what was typed stays.
    await field(coordinator, 'Ends').fill(`${day}T17:00`);
    await field(coordinator, 'Places').fill('1');
    await field(coordinator, 'Town or city').fill('Drammen');
    await field(coordinator, 'Venue').fill('Drammensbiblioteket, Papirbredden');
    await coordinator.getByRole('button', { name: 'Publish event' }).click();
    await coordinator.getByText('The event must end after it starts.').waitFor();
    await expect(field(coordinator, 'Ends').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(field(coordinator, 'Title').inputValue()).resolves.toBe(title);
    await expectAccessible(coordinator, 'new event form with an error');
    await field(coordinator, 'Ends').fill(`${day}T20:00`);
    await coordinator.getByRole('button', { name: 'Publish event' }).click();
    await expectH1(coordinator, title, 'event page for its organiser');
    const eventUrl = coordinator.url();
    expect(eventUrl).toMatch(/\/events\/[0-9a-f-]{36}$/);
    await coordinator.getByRole('heading', { name: 'Organiser tools' }).waitFor();
    await coordinator.getByText('Nobody has registered yet').waitFor();

    // A visitor sees the event and is asked to sign in to register.
    const visitorContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Oslo' });
    contexts.push(visitorContext);
    const visitor = await visitorContext.newPage();
    await visitor.goto(eventUrl);
    await expectH1(visitor, title, 'event page for a visitor');
    const signIn = visitor.getByRole('link', { name: 'Sign in to register' });
    await expect(signIn.getAttribute('href')).resolves.toBe(`/sign-in?next=${encodeURIComponent(new URL(eventUrl).pathname)}`);

    // The first librarian (Warsaw) takes the only place.
    await first.goto(eventUrl);
    await expectH1(first, title, 'event page before registering');
    await expect(first.getByRole('heading', { name: 'Organiser tools' }).count()).resolves.toBe(0);
    await first.getByText('1 place left').first().waitFor();
    await first.getByRole('button', { name: 'Register' }).click();
    await first.getByRole('status').filter({ hasText: 'You are registered. See you there!' }).waitFor();
    await first.getByText('You have a place', { exact: true }).first().waitFor();

    // The second librarian (London) sees her own time and Oslo's, the event full, and joins the waitlist.
    await second.goto(eventUrl);
    await expectH1(second, title, 'event page when full');
    const when = second.getByText(/your time · .*Europe\/Oslo/).first();
    // The interface is English, so times read as 12-hour clock; London is an hour behind Oslo.
    await expect(when.textContent()).resolves.toMatch(/5:00\s*–\s*7:00\s*PM your time · 6:00\s*–\s*8:00\s*PM Europe\/Oslo$/);
    await second.getByText('Full', { exact: true }).first().waitFor();
    await second.getByRole('button', { name: 'Join the waitlist' }).click();
    await second.getByRole('status').filter({ hasText: 'you are on the waitlist: number 1' }).waitFor();
    await second.getByText('Waitlist: number 1').first().waitFor();
    await expectAccessible(second, 'event page on the waitlist');
    // The first's open page counts the waitlist at once, without a reload (eventAvailabilityChanged).
    await first.getByText('1 on the waitlist', { exact: true }).first().waitFor();
    // Marks this page: if it were reloaded, the mark would be gone.
    await second.evaluate(() => Object.assign(window, { liblabSamePage: true }));

    // The first cancels, after confirming in a dialog.
    await first.getByRole('button', { name: 'Cancel my registration' }).click();
    const dialog = first.getByRole('dialog', { name: 'Cancel your registration?' });
    await dialog.waitFor();
    await first.waitForTimeout(500); // the dialog's fade-in, which axe would read as low contrast
    await expectAccessible(first, 'cancel registration dialog');
    await dialog.getByRole('button', { name: 'Cancel my registration' }).click();
    await first.getByRole('status').filter({ hasText: 'Your registration is cancelled.' }).waitFor();
    await first.getByRole('button', { name: 'Join the waitlist' }).waitFor();

    // The second's open page shows the promotion, announced in its live region, without a reload.
    await second.getByRole('status').filter({ hasText: /Good news: a place freed up .* You are now registered\./ }).waitFor();
    await second.getByText('You have a place at this event.').waitFor();
    await second.getByRole('button', { name: 'Cancel my registration' }).waitFor();
    await expect(second.evaluate(() => (window as unknown as { liblabSamePage?: boolean }).liblabSamePage)).resolves.toBe(true);
    const mail = await inbox.waitFor('bibliotekar@liblab.demo');
    expect(mail.subject).toContain(title);

    // Her events list it with her place.
    await second.goto(`${portal.url}/my-events`);
    await expectH1(second, 'My events', 'my events');
    const mine = second.getByRole('listitem').filter({ has: second.getByRole('link', { name: title }) });
    await mine.getByText('You have a place').waitFor();

    // The coordinator sees who has the place, who cancelled, and downloads the registrants.
    await coordinator.reload();
    await expectH1(coordinator, title, 'event page with registrants');
    const table = coordinator.getByRole('table', { name: 'Registrants' });
    await table.getByRole('row', { name: /Ingrid Berg.*Confirmed/ }).waitFor();
    await table.getByRole('row', { name: /Magdalena Kowalczyk.*Cancelled/ }).waitFor();
    const [download] = await Promise.all([coordinator.waitForEvent('download'), coordinator.getByRole('button', { name: 'Download registrants (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/registrants\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain('Ingrid Berg');
    expect(csv).not.toContain('Magdalena Kowalczyk');

    // The edit form shows the event as saved: Oslo's wall clock, one place.
    await coordinator.getByRole('link', { name: 'Edit event' }).click();
    await expectH1(coordinator, 'Edit event', 'edit event form');
    await expect(field(coordinator, 'Starts').inputValue()).resolves.toBe(`${day}T18:00`);
    await expect(field(coordinator, 'Places').inputValue()).resolves.toBe('1');
    await coordinator.getByRole('button', { name: 'Save changes' }).click();
    await expectH1(coordinator, title, 'event page after saving');

    // The list, filtered to meetups in the URL, shows it full with its waitlist open.
    await coordinator.goto(`${portal.url}/events?kind=MEETUP`);
    await expectH1(coordinator, 'Events', 'events list of meetups');
    const card = coordinator.getByRole('listitem').filter({ has: coordinator.getByRole('link', { name: title }) });
    await card.getByText('Full', { exact: true }).waitFor();
    await card.getByText('Waitlist open').waitFor();

    // The past convention of the demo: its programme in Malmö's time, and attendance to mark.
    await coordinator.goto(`${portal.url}/events`);
    await coordinator.getByRole('heading', { level: 2, name: /upcoming events?$/ }).waitFor();
    await coordinator.locator('label', { hasText: /^Past$/ }).click();
    await coordinator.waitForURL(/show=past/);
    await coordinator.getByRole('heading', { level: 2, name: /past events?$/ }).waitFor();
    await coordinator.getByRole('link', { name: 'Delningskonferens: Biblioteken som tankesmedjor' }).click();
    await expectH1(coordinator, 'Delningskonferens: Biblioteken som tankesmedjor', 'past convention with its programme');
    const programme = coordinator.getByRole('table', { name: /Times in Europe\/Stockholm/ });
    await programme.getByRole('row', { name: /Panelsamtal.*Stora salen.*Annika Wernborg/ }).waitFor();
    await coordinator.getByText('Registration is closed: the event has started or already taken place.').waitFor();
    const registrants = coordinator.getByRole('table', { name: 'Registrants' });
    await coordinator.getByText(/5 confirmed, 0 on the waitlist, 0 cancelled, 3 attended/).waitFor();
    await registrants.getByRole('checkbox', { name: 'Karin Nilsson attended' }).check();
    await coordinator.getByRole('status').filter({ hasText: 'Karin Nilsson is marked as present.' }).waitFor();
    await coordinator.getByText(/5 confirmed, 0 on the waitlist, 0 cancelled, 4 attended/).waitFor();
    await expectAccessible(coordinator, 'past convention after marking attendance');

    // Editing the convention: fewer places than confirmed members is refused by the API, and its message
    // sits under "Places" with everything else kept; a member of the directory joins the speakers.
    await coordinator.getByRole('link', { name: 'Edit event' }).click();
    await expectH1(coordinator, 'Edit event', 'edit convention form with its programme');
    await expect(field(coordinator, 'Session 1: title').inputValue()).resolves.toBe('Introduktion');
    // Its breakout rooms are in the form with their sessions, so saving keeps them.
    await expect(field(coordinator, 'Room 1: name').inputValue()).resolves.toBe('Projektrum 1');
    await expect(field(coordinator, 'Room 1: session').first().inputValue()).resolves.toMatch(/^Projektrum: ställ frågor/);
    await coordinator.getByRole('button', { name: 'Add speaker' }).first().click();
    const speaker = coordinator.getByRole('combobox', { name: 'Speaker 4: member' });
    await speaker.fill('Ola H');
    await coordinator.getByRole('option', { name: /Ola Haugen/ }).click();
    await expect(speaker.inputValue()).resolves.toBe('Ola Haugen');
    await field(coordinator, 'Places').fill('3');
    await coordinator.getByRole('button', { name: 'Save changes' }).click();
    await coordinator.getByText('at least 5, since 5 members already have a confirmed place', { exact: false }).waitFor();
    await expect(field(coordinator, 'Places').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(speaker.inputValue()).resolves.toBe('Ola Haugen');
    await expectAccessible(coordinator, 'edit convention form with an API field error');
    await field(coordinator, 'Places').fill('120');
    await coordinator.getByRole('button', { name: 'Save changes' }).click();
    await expectH1(coordinator, 'Delningskonferens: Biblioteken som tankesmedjor', 'past convention after editing');
    await coordinator.getByRole('region', { name: 'Speakers' }).getByRole('link', { name: 'Ola Haugen' }).waitFor();
  });

  it('registers a member for a webinar, shows her the join link and gives her the event for her calendar', async () => {
    if (!browser) return;
    const webinar = 'Maker spaces i folkebiblioteket';
    await second.goto(`${portal.url}/events?kind=WEBINAR`);
    await expectH1(second, 'Events', 'events list of webinars');
    await second.getByRole('link', { name: webinar }).click();
    await expectH1(second, webinar, 'webinar page before registering');
    await second.getByRole('button', { name: 'Register' }).click();
    await second.getByText('You are registered. See you there!').waitFor();
    await expect(second.getByRole('link', { name: 'Join the online meeting' }).getAttribute('href')).resolves.toBe('https://meet.liblab.demo/maker-spaces');
    await expectAccessible(second, 'webinar page after registering');

    // "Add to calendar" downloads the event's iCalendar file: Oslo's wall clock with its zone, a link back
    // to the page, and no join link (a public file; the link is only in the member's private feed).
    const [download] = await Promise.all([second.waitForEvent('download'), second.getByRole('link', { name: 'Add to calendar' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const ics = (await readFile(await download.path(), 'utf8')).replace(/\r\n[ \t]/g, '');
    const eventId = new URL(second.url()).pathname.split('/').pop();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`SUMMARY:${webinar}`);
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Oslo:\d{8}T100000/);
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toMatch(new RegExp(`\\nURL[^:\\n]*:${portal.url}/events/${eventId}\\r?\\n`));
    expect(ics).not.toContain('meet.liblab.demo');
  });

  it('shows a past convention’s questions, recording and breakout rooms to a member', async () => {
    if (!browser) return;
    const convention = 'Delningskonferens: Biblioteken som tankesmedjor';
    await second.goto(`${portal.url}/events?show=past`);
    await second.getByRole('heading', { level: 2, name: /past events?$/ }).waitFor();
    await second.getByRole('link', { name: convention }).click();
    await expectH1(second, convention, 'past convention as a member');
    const questions = second.getByRole('region', { name: /\d+ questions from the event/ });
    await questions.getByRole('listitem').first().waitFor();
    await second.getByRole('region', { name: 'Recording and slides' }).getByRole('link', { name: 'Watch the recording' }).waitFor();
    await second.getByRole('table', { name: /Projects and working groups meet in these rooms/ }).getByRole('row').nth(1).waitFor();
    await expectAccessible(second, 'past convention with questions, recording and breakout rooms');
  });
});

