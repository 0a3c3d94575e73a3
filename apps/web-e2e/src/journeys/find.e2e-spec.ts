import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SmtpInbox } from '../../../api/test/support/smtp-inbox.js';
import { expectAccessible, launchChromium } from '../support/browser.js';
import { expectH1, signInThroughApi } from '../support/pages.js';
import { startPortal, type Portal } from '../support/portal.js';

/** A demo question in Swedish; the journey searches for "debatter" (plural), which is not in its title. */
const SWEDISH_QUESTION = 'Hur anordnar man en debatt på biblioteket inför valet?';
const POLISH_QUESTION = 'Jak przygotować filię dziecięcą do miesiąca tematycznego „GET it”?';
const EXPERT_INSPIRATION = 'MOC promocji! Jak w miesiąc odświeżyliśmy komunikację biblioteki';

/**
 * Finding things and being told about them: a librarian searches from the header box with an inflected
 * word, narrows by kind and meets the empty state; an expert watches her bell while the librarian, in a
 * second browser, mentions her in an answer (with the editor's autocomplete) and comments on her
 * inspiration; the count changes without a reload, she opens her notifications and changes a mail setting.
 */
describe('search and notifications', () => {
  let inbox: SmtpInbox;
  let portal: Portal;
  let browser: Browser | null;
  let memberContext: BrowserContext;
  let expertContext: BrowserContext;
  let member: Page;
  let expert: Page;



  /** The unread count the bell announces ("Notifications, 3 unread"; no number when none). */
  async function unreadCount(page: Page): Promise<number> {
    const label = (await page.getByTestId('notification-bell').getAttribute('aria-label')) ?? '';
    const match = /(\d+) unread/.exec(label);
    return match ? Number(match[1]) : 0;
  }

  beforeAll(async () => {
    browser = await launchChromium();
    if (!browser) return;
    inbox = await new SmtpInbox().start();
    portal = await startPortal(inbox.url);
    memberContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Warsaw' });
    expertContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Oslo' });
    await signInThroughApi(memberContext, portal.url, 'bibliotekarka@liblab.demo');
    await signInThroughApi(expertContext, portal.url, 'ekspertka@liblab.demo');
    member = await memberContext.newPage();
    expert = await expertContext.newPage();
    member.setDefaultTimeout(15_000);
    expert.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    if (process.env.E2E_SCREENSHOTS) {
      await member?.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/last-member.png`, fullPage: true });
      await expert?.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/last-expert.png`, fullPage: true });
    }
    await memberContext?.close();
    await expertContext?.close();
    await browser?.close();
    await portal?.stop();
    await inbox?.stop();
  });

  it('finds a Swedish question by an inflected word from the header box, filters, and explains an empty result', async () => {
    if (!browser) return;
    await member.goto(`${portal.url}/questions`);
    await expectH1(member, 'Questions', 'questions');

    // "/" puts the cursor in the header's search box; Enter searches.
    await member.keyboard.press('/');
    const box = member.getByRole('searchbox', { name: 'Search LibLab' });
    await expect(box.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await member.keyboard.type('debatter');
    await member.keyboard.press('Enter');
    await member.waitForURL(/\/search\?q=debatter/);
    await expectH1(member, 'Search', 'search page');
    await member.getByRole('heading', { level: 2, name: /\d+ results? for “debatter”/ }).waitFor();
    const hit = member.getByRole('article', { name: SWEDISH_QUESTION });
    await hit.getByText('Question', { exact: true }).waitFor();
    await hit.locator('mark').first().waitFor();
    await expectAccessible(member, 'search results');

    // Only questions: the filter is in the address and the question is still there.
    await member.locator('label').filter({ hasText: /^Questions$/ }).click();
    await member.waitForURL(/kinds=QUESTION/);
    await member.getByRole('article', { name: SWEDISH_QUESTION }).waitFor();
    await expect(member.getByRole('article').filter({ hasText: /^Member/ }).count()).resolves.toBe(0);

    // Any input is safe: operators, quotes and brackets give results or the empty state, never an error.
    const field = member.getByRole('searchbox', { name: 'Search for' });
    await field.fill(`zzqxv "(&|!:*'`);
    await field.press('Enter');
    await member.getByText(`No results for “zzqxv "(&|!:*'”`).waitFor();
    await member.getByText('Remove the filters to search everything.').waitFor();
    await expect(member.getByRole('alert').count()).resolves.toBe(0);
    await expectAccessible(member, 'search without results');

    // The hit opens its question.
    await field.fill('debatter');
    await field.press('Enter');
    await member.getByRole('article', { name: SWEDISH_QUESTION }).getByRole('link').click();
    await expectH1(member, SWEDISH_QUESTION, 'question found by search');
  });

  it('tells an expert live about a mention and a comment, lists them and keeps her mail settings', async () => {
    if (!browser) return;
    await expert.goto(`${portal.url}/notifications`);
    await expectH1(expert, 'Notifications', 'notifications');
    await expert.getByTestId('notification-bell').waitFor();
    const before = await unreadCount(expert);

    // The librarian answers a question and mentions the expert with the editor's autocomplete.
    await member.goto(`${portal.url}/questions`);
    await member.getByRole('link', { name: POLISH_QUESTION }).click();
    await expectH1(member, POLISH_QUESTION, 'question to answer');
    await member.getByRole('textbox', { name: 'Answer' }).click();
    await member.keyboard.type('We did a quiz night with robots. Ask ');
    await member.keyboard.type('@Katarz');
    await member.getByRole('option', { name: /Katarzyna Zielińska/ }).waitFor();
    await expect(member.getByRole('textbox', { name: 'Answer' }).getAttribute('aria-activedescendant')).resolves.toBeTruthy();
    await member.keyboard.press('Enter');
    await member.keyboard.type('about the posters.');
    await member.getByRole('button', { name: 'Post answer' }).click();
    const answer = member.getByRole('article', { name: /the answer by Magdalena Kowalczyk/ }).filter({ hasText: 'quiz night with robots' });
    await answer.getByRole('link', { name: '@Katarzyna Zielińska' }).waitFor();

    // Without a reload, the expert's bell counts it and a toast says what happened.
    await expert.locator(`[data-testid="notification-bell"][aria-label="Notifications, ${before + 1} unread"]`).waitFor();
    await expert.getByText(`Magdalena Kowalczyk mentioned you in “${POLISH_QUESTION}”`).first().waitFor();

    // The librarian comments on the expert's inspiration, naming a colleague in the comment.
    await member.goto(`${portal.url}/inspirations`);
    await member.getByRole('link', { name: EXPERT_INSPIRATION }).click();
    await expectH1(member, EXPERT_INSPIRATION, 'inspiration to comment on');
    await member.getByRole('button', { name: 'Add a comment' }).first().click();
    const comment = member.getByLabel(/Your comment on/).first();
    await comment.pressSequentially('Great idea, @Piotr');
    await member.getByRole('option', { name: /Piotr Lewandowski/ }).waitFor();
    await member.keyboard.press('Enter');
    await comment.pressSequentially('should see this.');
    // Posting is limited against floods (one post per 5 s): the answer went out moments ago.
    await member.waitForTimeout(5_000);
    await member.getByRole('button', { name: 'Post comment' }).click();
    await member.getByRole('link', { name: '@Piotr Lewandowski' }).waitFor();

    await expert.locator(`[data-testid="notification-bell"][aria-label="Notifications, ${before + 2} unread"]`).waitFor();
    const mention = expert.getByRole('link', { name: `Magdalena Kowalczyk mentioned you in “${POLISH_QUESTION}”` });
    await mention.waitFor();
    await expert.getByRole('link', { name: `Magdalena Kowalczyk commented on “${EXPERT_INSPIRATION}”` }).waitFor();
    await expectAccessible(expert, 'notifications with new ones');

    // The bell's menu lists the latest, with the way to all of them.
    await expert.getByTestId('notification-bell').click();
    await expert.getByRole('menuitem', { name: /mentioned you in/ }).first().waitFor();
    await expert.getByRole('menuitem', { name: 'See all notifications' }).waitFor();
    await expert.keyboard.press('Escape');

    // Opening the mention goes to the answer and marks it read.
    await mention.click();
    await expert.waitForURL(/\/questions\/[0-9a-f-]+#answer-[0-9a-f-]+/);
    await expectH1(expert, POLISH_QUESTION, 'question opened from a notification');
    await expert.locator(`[data-testid="notification-bell"][aria-label="Notifications, ${before + 1} unread"]`).waitFor();

    // Unread only, then mark all read.
    await expert.goto(`${portal.url}/notifications?show=unread`);
    await expectH1(expert, 'Notifications', 'unread notifications');
    await expert.getByRole('link', { name: /commented on/ }).waitFor();
    await expect(expert.getByRole('link', { name: /mentioned you in/ }).count()).resolves.toBe(0);
    await expert.getByRole('button', { name: 'Mark all as read' }).click();
    await expert.getByText('All notifications are marked as read.').waitFor();
    await expert.getByText('You are all caught up').waitFor();
    await expert.locator('[data-testid="notification-bell"][aria-label="Notifications"]').waitFor();

    // The mention was also mailed (mentions are by default); its links open the answer and the settings.
    const mail = await inbox.waitFor('ekspertka@liblab.demo', 30_000);
    const mailText = `${mail.text ?? ''} ${mail.html ?? ''}`;
    const questionLink = mailText.match(new RegExp(`${portal.url}/questions/[0-9a-f-]{36}`))?.[0];
    const settingsLink = mailText.match(new RegExp(`${portal.url}/settings/notifications`))?.[0];
    expect(questionLink).toBeTruthy();
    expect(settingsLink).toBeTruthy();
    await expert.goto(questionLink!);
    await expectH1(expert, POLISH_QUESTION, 'question opened from the mail');

    // The settings the mails link to: a change is saved and still there after a reload.
    await expert.goto(settingsLink!);
    await expectH1(expert, 'Notification settings', 'notification settings');
    const followedTag = expert.getByRole('switch', { name: 'something is posted in a tag I follow' });
    const wasOn = await followedTag.isChecked();
    await followedTag.focus();
    await expert.keyboard.press('Space');
    await expect(followedTag.isChecked()).resolves.toBe(!wasOn);
    await expert.getByText('You have unsaved changes.').waitFor();
    await expert.getByRole('button', { name: 'Save settings' }).click();
    await expert.getByText('Your notification settings are saved.').waitFor();
    await expectAccessible(expert, 'notification settings saved');
    await expert.reload();
    await expert.getByRole('switch', { name: 'something is posted in a tag I follow', checked: !wasOn }).waitFor({ state: 'attached' });

    // Editing the answer shows the mention as "@Name" in the editor and keeps it when saved.
    await member.goto(questionLink!);
    const mine = member.getByRole('article', { name: /the answer by Magdalena Kowalczyk/ }).filter({ hasText: 'quiz night with robots' });
    await mine.getByRole('button', { name: 'Edit answer' }).click();
    const editor = mine.getByRole('textbox', { name: 'Edit your answer' });
    await editor.locator('.liblab-mention', { hasText: '@Katarzyna Zielińska' }).waitFor();
    await expect(editor.textContent()).resolves.not.toContain('](');
    await editor.click();
    await member.keyboard.press('End');
    await member.keyboard.type(' Thanks!');
    await mine.getByRole('button', { name: 'Save answer' }).click();
    await mine.getByText('Thanks!').waitFor();
    await mine.getByRole('link', { name: '@Katarzyna Zielińska' }).waitFor();
  });
});
