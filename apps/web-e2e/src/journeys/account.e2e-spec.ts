import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SmtpInbox } from '../../../api/test/support/smtp-inbox.js';
import { expectAccessible, launchChromium } from '../support/browser.js';
import { startPortal, type Portal } from '../support/portal.js';

/**
 * A librarian's first visit, as one story: sign up, see that they are signed in, edit their profile,
 * switch the portal to Polish, sign out, forget the password and set a new one from the mailed link.
 * axe runs on every page on the way.
 */
describe('a new member', () => {
  let inbox: SmtpInbox;
  let portal: Portal;
  let browser: Browser | null;
  let context: BrowserContext;
  let page: Page;
  const email = `e2e-${Date.now()}@example.org`;

  beforeAll(async () => {
    browser = await launchChromium();
    if (!browser) return;
    inbox = await new SmtpInbox().start();
    portal = await startPortal(inbox.url);
    context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Warsaw' });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await portal?.stop();
    await inbox?.stop();
  });

  async function visit(path: string, heading: string | RegExp) {
    await page.goto(`${portal.url}${path}`);
    await expect(page.getByRole('heading', { level: 1, name: heading }).waitFor()).resolves.toBeUndefined();
    await expectAccessible(page, path);
  }

  it('signs up, edits the profile, reads the portal in Polish, signs out and resets the password', async () => {
    if (!browser) return;

    await visit('/', /Share what works in your library/);
    await page.getByRole('link', { name: 'Join LibLab' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Join LibLab' }).waitFor();
    await expectAccessible(page, 'sign-up');

    // A submit with nothing filled in keeps the person on the page and says what is missing.
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByText('Give a name of 2 to 120 characters.').first().waitFor();

    await page.getByLabel('Full name').fill('Ewa Testowa');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel(/^Password/).fill('hasło do testów 2026');
    await page.getByRole('combobox', { name: 'Home library' }).fill('Wroc');
    await page.getByRole('option', { name: /Wrocławiu/ }).click();
    await page.getByRole('button', { name: 'Sign up' }).click();

    // Signed in: the profile page and the account menu with the new member's name.
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    await page.getByRole('button', { name: /Account menu for Ewa Testowa/ }).waitFor();
    await expectAccessible(page, 'profile');

    await page.getByLabel('Job title').fill('Bibliotekarka w filii nr 7');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Your profile has been saved.').first().waitFor();

    // The member directory finds the new member with the new job title.
    await page.getByRole('link', { name: 'Members' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Member directory' }).waitFor();
    await page.getByText('Bibliotekarka w filii nr 7').first().waitFor();
    // The "saved" toast closes by itself; axe would catch it fading out.
    await page.getByText('Your profile has been saved.').last().waitFor({ state: 'detached' });
    await expectAccessible(page, 'directory');

    // Switch the interface to Polish.
    await page.getByRole('button', { name: /Interface language/ }).click();
    await page.getByRole('menuitem', { name: 'Polski' }).click();
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: 'Katalog członków' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('pl');
    await page.getByRole('link', { name: 'Członkowie' }).first().waitFor();
    await expectAccessible(page, 'directory (pl)');

    // Sign out, in Polish.
    await page.getByRole('button', { name: /Menu konta: Ewa Testowa/ }).click();
    await page.getByRole('menuitem', { name: 'Wyloguj się' }).click();
    await page.getByRole('link', { name: 'Zaloguj się' }).first().waitFor();

    // Back to English, forget the password, follow the mailed link.
    await page.getByRole('button', { name: /Język interfejsu/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await visit('/sign-in', 'Sign in');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    await expectAccessible(page, 'forgot-password');
    await page.getByLabel('Email address').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('Check your inbox').waitFor();

    const mail = await inbox.waitFor(email);
    const link = /(http:\/\/127\.0\.0\.1:\d+\/reset-password\?token=[\w%-]+)/.exec(mail.text ?? '')![1];
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await expectAccessible(page, 'reset-password');
    await page.getByLabel(/^New password/).fill('a new password for Ewa');
    await page.getByLabel('Repeat the new password').fill('a new password for Ewa');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('Your password has been changed').waitFor();

    // The old password no longer works; the new one does.
    await page.getByRole('link', { name: 'Go to sign in' }).click();
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel(/^Password/).fill('hasło do testów 2026');
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await page.getByText('The email address or password is not right. Please try again.').first().waitFor();
    await page.getByLabel(/^Password/).fill('a new password for Ewa');
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await page.getByRole('button', { name: /Account menu for Ewa Testowa/ }).waitFor();
  });
});
