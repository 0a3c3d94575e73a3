import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { SmtpInbox } from '../../../api/test/support/smtp-inbox.js';
import { expectAccessible, launchChromium } from '../support/browser.js';
import { startPortal, type Portal } from '../support/portal.js';

/** Finding colleagues: filters that narrow the directory, survive a reload, and clear again. */
describe('the member directory', () => {
  let inbox: SmtpInbox;
  let portal: Portal;
  let browser: Browser | null;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    if (!browser) return;
    inbox = await new SmtpInbox().start();
    portal = await startPortal(inbox.url);
    page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await inbox?.stop();
  });

  const found = (text: string) => page.getByText(text, { exact: true }).first().waitFor();

  it('narrows by country and role, keeps the filters in the address, and shows an empty state', async () => {
    if (!browser) return;
    await page.goto(`${portal.url}/sign-in`);
    await page.getByLabel('Email address').fill('bibliotekarka@liblab.demo');
    await page.getByLabel(/^Password/).fill('liblab-demo-2026');
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    // Signing in switches to the member's own language (Polish); this test reads English.
    await page.getByRole('button', { name: /Magdalena Kowalczyk/ }).waitFor();
    await page.getByRole('button', { name: /Język interfejsu/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('button', { name: /Account menu for Magdalena Kowalczyk/ }).waitFor();

    await page.goto(`${portal.url}/members`);
    await found('20 members found');

    await page.getByRole('combobox', { name: 'Country' }).click();
    await page.getByRole('option', { name: 'Sweden' }).click();
    await found('6 members found');
    expect(new URL(page.url()).searchParams.get('country')).toBe('SE');

    await page.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Expert' }).click();
    await found('1 member found');
    await page.getByText('Johan Bergström').first().waitFor();
    await expectAccessible(page, 'directory filtered');

    // A reload (or a shared link) keeps the filters.
    await page.reload();
    await found('1 member found');

    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await found('20 members found');

    await page.getByRole('searchbox', { name: 'Name' }).fill('zzzz');
    await page.getByText('No members match these filters').first().waitFor();
    await expectAccessible(page, 'directory empty');
  });
});
