import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SmtpInbox } from '../../../api/test/support/smtp-inbox.js';
import { expectAccessible, launchChromium } from '../support/browser.js';
import { expectH1, signInThroughApi } from '../support/pages.js';
import { startPortal, type Portal } from '../support/portal.js';

/**
 * The home feed as a librarian starts her day: what she follows comes first, marked with why; she orders
 * and narrows it (kept in the URL); a colleague posts in another browser and the feed offers "1 new post"
 * without reloading; she follows that colleague and a tag.
 */
describe('home feed and follows', () => {
  let inbox: SmtpInbox;
  let portal: Portal;
  let browser: Browser | null;
  let readerContext: BrowserContext;
  let authorContext: BrowserContext;
  let reader: Page;
  let authorId: string;

  beforeAll(async () => {
    browser = await launchChromium();
    if (!browser) return;
    inbox = await new SmtpInbox().start();
    portal = await startPortal(inbox.url);
    readerContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Warsaw' });
    authorContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Oslo' });
    await signInThroughApi(readerContext, portal.url, 'bibliotekarka@liblab.demo');
    authorId = await signInThroughApi(authorContext, portal.url, 'bibliotekar@liblab.demo');
    reader = await readerContext.newPage();
    reader.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await readerContext?.close();
    await authorContext?.close();
    await browser?.close();
    await portal?.stop();
    await inbox?.stop();
  });

  it('shows followed posts first, filters, counts new posts live, and follows people and tags', async () => {
    if (!browser) return;

    await reader.goto(portal.url);
    await expectH1(reader, /^Welcome, /, 'home feed');
    const feed = reader.getByRole('region', { name: 'What is new in the network' });
    // The demo librarian follows colleagues, libraries and tags: their posts lead, marked with why.
    await feed.getByText(/^You follow: /).first().waitFor();
    const firstItem = feed.getByRole('listitem').first();
    await firstItem.getByText(/^You follow: /).waitFor();

    await reader.locator('label', { hasText: /^Newest$/ }).click();
    await reader.waitForURL(/sort=NEWEST/);
    await reader.locator('label', { hasText: /^Unanswered questions$/ }).click();
    await reader.waitForURL(/show=unanswered/);
    await feed.getByRole('listitem').first().waitFor();
    await expectAccessible(reader, 'home feed, newest unanswered questions');
    await reader.locator('label', { hasText: /^Everything$/ }).click();
    await reader.locator('label', { hasText: /^For you$/ }).click();
    await reader.waitForURL((url) => !url.search.includes('sort=') && !url.search.includes('show='));
    await firstItem.getByText(/^You follow: /).waitFor();
    // A changed filter re-subscribes to new posts over the websocket; nothing on the page shows when the
    // server has the new subscription, so give it a moment before the colleague posts.
    await reader.waitForTimeout(1000);

    // A colleague (whom she does not follow yet) asks in another browser: the feed offers it without a reload.
    const title = `Hvordan lager dere en strikkekafé på biblioteket? ${Date.now()}`;
    const asked = await authorContext.request.post(`${portal.url}/graphql`, {
      headers: { 'content-type': 'application/json' },
      data: {
        query: 'mutation($input: QuestionInput!) { createQuestion(input: $input) { id } }',
        variables: { input: { title, body: '<p>Vi vil gjerne høre fra dere.</p>', language: 'NB', tags: ['strikking'] } },
      },
    });
    expect(((await asked.json()) as { errors?: unknown }).errors).toBeUndefined();
    const showNew = reader.getByRole('button', { name: '1 new post: show it' });
    await showNew.click();
    await feed.getByRole('link', { name: title }).waitFor();
    await expect(showNew.count()).resolves.toBe(0);

    // She follows that colleague from his page, and the tag of his question.
    await reader.goto(`${portal.url}/members/${authorId}`);
    await expectH1(reader, 'Ingrid Berg', 'member page with follow');
    await reader.getByRole('button', { name: 'Follow Ingrid Berg', pressed: false }).click();
    await reader.getByRole('button', { name: 'Follow Ingrid Berg', pressed: true }).waitFor();
    await reader.getByText('1 follower').waitFor();

    await reader.goto(`${portal.url}/tags/strikking`);
    await expectH1(reader, '#strikking', 'tag page with follow');
    await reader.getByRole('button', { name: 'Follow #strikking', pressed: false }).click();
    await reader.getByRole('button', { name: 'Follow #strikking', pressed: true }).waitFor();

    // Back home, his new question is there because she follows him and the tag.
    await reader.goto(portal.url);
    const item = feed.getByRole('listitem').filter({ has: reader.getByRole('link', { name: title }) });
    await item.getByText('You follow: the author, a tag').waitFor();
  });
});
