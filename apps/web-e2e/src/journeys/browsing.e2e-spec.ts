import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { SmtpInbox } from '../../../api/test/support/smtp-inbox.js';
import { expectAccessible, launchChromium } from '../support/browser.js';
import { startPortal, type Portal } from '../support/portal.js';

/** A coordinator of the demo data looks around: libraries, a library page, a member page, a 404. */
describe('a coordinator browsing the network', () => {
  let inbox: SmtpInbox;
  let portal: Portal;
  let browser: Browser | null;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    if (!browser) return;
    inbox = await new SmtpInbox().start();
    portal = await startPortal(inbox.url);
    page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await inbox?.stop();
  });

  it('reads libraries, staff and members in Swedish, detected from the browser', async () => {
    if (!browser) return;
    await page.goto(`${portal.url}/sign-in`);
    await page.getByLabel('E-postadress').fill('samordnare@liblab.demo');
    await page.getByLabel(/^Lösenord/).fill('liblab-demo-2026');
    await page.getByRole('button', { name: 'Logga in' }).last().click();
    await page.getByRole('button', { name: /Elin Lindqvist/ }).waitFor();

    await page.goto(`${portal.url}/libraries`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('Malmö stadsbibliotek').first().waitFor();
    await expectAccessible(page, 'libraries (sv)');

    await page.goto(`${portal.url}/libraries/malmo-stadsbibliotek`);
    await page.getByRole('heading', { level: 1, name: 'Malmö stadsbibliotek' }).waitFor();
    await page.getByRole('link', { name: 'elin.lindqvist@liblab.demo' }).waitFor();
    await expectAccessible(page, 'library page (sv)');

    await page.getByRole('link', { name: 'Elin Lindqvist' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Elin Lindqvist' }).waitFor();
    await expectAccessible(page, 'member page (sv)');

    await page.goto(`${portal.url}/no-such-page`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, '404 (sv)');
  });
});
