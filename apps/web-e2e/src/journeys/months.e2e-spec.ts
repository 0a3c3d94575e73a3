import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SmtpInbox } from '../../../api/test/support/smtp-inbox.js';
import { expectAccessible, launchChromium } from '../support/browser.js';
import { expectH1, signInThroughApi } from '../support/pages.js';
import { startPortal, type Portal } from '../support/portal.js';

/** Waits until the month's stats show `value` next to `term` (the page shows cached stats, then the latest). */
async function expectStat(page: Page, term: string, value: string | RegExp): Promise<void> {
  const dd = page.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  await dd.filter({ hasText: typeof value === 'string' ? new RegExp(`^${value}$`) : value }).waitFor();
}

/** Confirms a step in its modal dialog, after axe has looked at the dialog (once its fade-in is over). */
async function confirmInDialog(page: Page, dialogName: string, button: string, label: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.waitFor();
  await page.waitForTimeout(500); // the dialog's fade-in, which axe would read as low contrast
  await expectAccessible(page, label);
  await dialog.getByRole('button', { name: button }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * A thematic month from start to archive, by three people in three browsers: a coordinator creates the month,
 * invites an expert, announces and opens it; a librarian asks a question in it; the expert sees the question
 * waiting on the month page, answers it, and the month's stats change; the coordinator wraps the month up and
 * archives it with the expert's answer and a summary, which becomes an inspiration. axe runs on every page.
 */
describe('thematic months', () => {
  let inbox: SmtpInbox;
  let portal: Portal;
  let browser: Browser | null;
  const contexts: BrowserContext[] = [];
  let coordinator: Page;
  let member: Page;
  let expert: Page;
  const monthTitle = `Reading clubs online ${Date.now()}`;
  const questionTitle = 'How do we keep an online reading club going after the first month?';
  const answerText = 'Meet at the same hour every week and let members take turns choosing the book.';

  beforeAll(async () => {
    browser = await launchChromium();
    if (!browser) return;
    inbox = await new SmtpInbox().start();
    portal = await startPortal(inbox.url);
    const open = async (email: string, timezoneId: string) => {
      const context = await browser!.newContext({ locale: 'en-GB', timezoneId });
      contexts.push(context);
      await signInThroughApi(context, portal.url, email);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    };
    coordinator = await open('koordynator@liblab.demo', 'Europe/Warsaw');
    member = await open('bibliotekarka@liblab.demo', 'Europe/Warsaw');
    expert = await open('ekspertka@liblab.demo', 'Europe/Oslo');
  });

  afterAll(async () => {
    if (process.env.E2E_SCREENSHOTS) {
      await coordinator?.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/months-last-coordinator.png`, fullPage: true });
      await expert?.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/months-last-expert.png`, fullPage: true });
    }
    for (const context of contexts) await context.close();
    await browser?.close();
    await portal?.stop();
    await inbox?.stop();
  });

  // The steps share the month; each is one person's part, so a failure names whose part broke.
  let monthUrl = '';

  it('a coordinator creates a month, invites an expert, announces and opens it', async () => {
    if (!browser) return;

    // The coordinator finds the months: the demo's open month now, the archived one among the past months.
    await coordinator.goto(`${portal.url}/months`);
    await expectH1(coordinator, 'Thematic months', 'months');
    const current = coordinator.getByRole('region', { name: 'Now and coming up' });
    await current.getByRole('link', { name: 'Nowe technologie w bibliotece' }).waitFor();
    await current.getByText('3 invited experts').first().waitFor();
    await coordinator.getByRole('region', { name: 'Past months' }).getByRole('link', { name: 'MOC promocji!' }).waitFor();

    // Creates a month: the form says what is missing before anything is sent.
    await coordinator.getByRole('link', { name: 'New month' }).click();
    await expectH1(coordinator, 'New thematic month', 'new month');
    await coordinator.getByRole('button', { name: 'Create draft' }).click();
    await coordinator.getByText('Give a title of 5 to 200 characters.').waitFor();
    await coordinator.getByText('Give a theme of 2 to 120 characters.').waitFor();
    await expectAccessible(coordinator, 'new month with field errors');
    await coordinator.getByLabel('Title').fill(monthTitle);
    await coordinator.getByLabel(/^Theme/).fill('Reading promotion');
    await coordinator.getByLabel('Description').fill('A month about reading clubs that meet online.\nExperts answer within a day.');
    const hours = coordinator.getByLabel('Answer time in hours');
    await hours.fill('24');
    await coordinator.getByRole('button', { name: 'Create draft' }).click();
    await expectH1(coordinator, monthTitle, 'month page (draft, coordinator)');
    await coordinator.getByText('This month is: Draft.').waitFor();
    await coordinator.getByText('Experts answer each question within 24 hours.').waitFor();
    await coordinator.getByText('No experts are invited yet.').waitFor();
    monthUrl = coordinator.url();

    // Invites the expert from the member directory.
    await coordinator.getByRole('combobox', { name: 'Member to invite' }).fill('Katarzyna');
    await coordinator.getByRole('option', { name: /Katarzyna Zielińska/ }).click();
    await coordinator.getByRole('button', { name: 'Invite expert' }).click();
    await coordinator.getByText('Katarzyna Zielińska is now an expert of this month.').waitFor();
    const experts = coordinator.getByRole('region', { name: 'Invited experts' });
    await experts.getByRole('link', { name: 'Katarzyna Zielińska' }).waitFor();
    await expectAccessible(coordinator, 'month page with an invited expert');

    // Announces the month, then opens it, each confirmed in a dialog.
    await coordinator.getByRole('button', { name: 'Announce the month' }).click();
    await confirmInDialog(coordinator, 'Announce the month?', 'Announce the month', 'announce dialog');
    await coordinator.getByText('This month is: Announced.').waitFor();
    await coordinator.getByRole('button', { name: 'Open for questions' }).click();
    await confirmInDialog(coordinator, 'Open the month for questions?', 'Open for questions', 'open dialog');
    await coordinator.getByText('This month is: Open for questions.').waitFor();
    await coordinator.getByRole('link', { name: 'Ask a question in this month' }).waitFor();
    await expectAccessible(coordinator, 'open month (coordinator)');

  });

  it('a member asks a question in the open month', async () => {
    if (!browser) return;
    expect(monthUrl).not.toBe('');
    await member.goto(`${portal.url}/months`);
    await expectH1(member, 'Thematic months', 'months (member)');
    await member.getByRole('link', { name: 'New month' }).waitFor({ state: 'detached' });
    await member.getByRole('link', { name: monthTitle }).click();
    await expectH1(member, monthTitle, 'month page (member)');
    await member.getByRole('heading', { level: 2, name: 'Coordinator tools' }).waitFor({ state: 'detached' });
    await member.getByRole('link', { name: 'Ask a question in this month' }).click();
    await expectH1(member, `Ask in “${monthTitle}”`, 'ask in month');
    await member.getByText('The month’s experts promise an answer within 24 hours.', { exact: false }).waitFor();
    await member.getByRole('button', { name: 'Publish question' }).click();
    await member.getByText('Please fill in this field.').first().waitFor();
    await expectAccessible(member, 'ask in month with field errors');
    await member.getByLabel('Your question').fill(questionTitle);
    await member.getByRole('textbox', { name: 'Details' }).click();
    await member.keyboard.type('Ten people came to the first meeting, four to the second.');
    await member.getByRole('button', { name: 'Publish question' }).click();
    await expectH1(member, questionTitle, 'question asked in a month');
    await member.getByText('Asked in the thematic month').waitFor();
    await member.getByRole('link', { name: monthTitle, exact: true }).waitFor();

  });

  it('the expert sees the question waiting, answers it, and the stats change', async () => {
    if (!browser) return;
    expect(monthUrl).not.toBe('');
    // The question is waiting on the month page, and the stats say so.
    await expert.goto(monthUrl);
    await expectH1(expert, monthTitle, 'month page (expert)');
    await expectStat(expert, 'Questions asked', '1');
    await expectStat(expert, 'Answered by an expert', '0');
    await expectStat(expert, 'Waiting for an expert', '1');
    await expectStat(expert, 'Median time to the first expert answer', 'No expert answers yet');
    const questions = expert.getByRole('region', { name: /question in this month/ });
    await questions.getByRole('heading', { level: 2, name: '1 question in this month' }).waitFor();
    const waiting = questions.getByRole('listitem').filter({ hasText: questionTitle });
    await waiting.getByText('Waiting for an expert').waitFor();
    await waiting.getByText('Expert answer promised by').waitFor();
    await expert.locator('label', { hasText: 'Waiting for an expert' }).click();
    await expert.waitForURL(/show=unanswered/);
    await questions.getByRole('link', { name: questionTitle }).waitFor();
    await expectAccessible(expert, 'month questions waiting for an expert');

    // Answers it.
    await questions.getByRole('link', { name: questionTitle }).click();
    await expectH1(expert, questionTitle, 'question (expert)');
    await expert.getByRole('textbox', { name: 'Answer' }).click();
    await expert.keyboard.type(answerText);
    await expert.getByRole('button', { name: 'Post answer' }).click();
    await expert.getByRole('article', { name: /the answer by Katarzyna Zielińska/ }).getByText('Expert answer').waitFor();

    // Back on the month page (through the question's link to it) the stats have changed and the question is answered.
    await expert.getByRole('link', { name: monthTitle, exact: true }).click();
    await expectH1(expert, monthTitle, 'month page after the answer');
    await expectStat(expert, 'Answered by an expert', '1');
    await expectStat(expert, 'Waiting for an expert', '0');
    await expectStat(expert, 'Median time to the first expert answer', /^(less than a minute|\d+ minutes?)$/);
    await expert.getByRole('heading', { level: 2, name: '1 question in this month' }).waitFor();
    await expert.getByRole('listitem').filter({ hasText: questionTitle }).getByText('Expert answered').waitFor();
    await expectAccessible(expert, 'month page with an answered question');
    await expert.locator('label', { hasText: 'Waiting for an expert' }).click();
    await expert.getByRole('heading', { level: 2, name: '0 questions in this month' }).waitFor();
    await expert.getByText('Every question has an expert answer.').waitFor();

  });

  it('the coordinator wraps the month up and archives it with the answer and a summary', async () => {
    if (!browser) return;
    expect(monthUrl).not.toBe('');
    await coordinator.reload();
    await expectH1(coordinator, monthTitle, 'open month after the answer (coordinator)');
    await coordinator.getByRole('button', { name: 'Start the wrap-up' }).click();
    await confirmInDialog(coordinator, 'Start the wrap-up?', 'Start the wrap-up', 'wrap-up dialog');
    await coordinator.getByText('This month is: Wrapping up.').waitFor();
    await coordinator.getByRole('link', { name: 'Ask a question in this month' }).waitFor({ state: 'detached' });
    await coordinator.getByRole('link', { name: 'Archive with a summary' }).click();
    await expectH1(coordinator, `Archive “${monthTitle}”`, 'archive month');
    await coordinator.getByRole('group', { name: questionTitle }).getByRole('checkbox', { name: /Answer by Katarzyna Zielińska/ }).check();
    await coordinator.getByText('1 answer chosen').waitFor();
    await coordinator.getByRole('button', { name: 'Archive the month' }).click();
    await coordinator.getByText('Please fill in this field.').waitFor();
    await coordinator.getByRole('textbox', { name: 'Summary' }).click();
    await coordinator.keyboard.type('Weekly meetings at a fixed hour keep online clubs alive.');
    await expectAccessible(coordinator, 'archive month form');
    await coordinator.getByRole('button', { name: 'Archive the month' }).click();
    await confirmInDialog(coordinator, 'Archive the month?', 'Archive the month', 'archive dialog');
    await coordinator.getByText('The month is archived.').waitFor();
    await expectAccessible(coordinator, 'month archived');
    await coordinator.getByRole('link', { name: monthTitle, exact: true }).click();
    await expectH1(coordinator, monthTitle, 'summary inspiration');
    await coordinator.getByText(answerText).waitFor();

    // The month page links its summary and no longer offers to move on.
    await coordinator.goto(monthUrl);
    await expectH1(coordinator, monthTitle, 'archived month');
    await coordinator.getByRole('region', { name: 'Summary of the month' }).getByRole('link', { name: monthTitle }).waitFor();
    await coordinator.getByText('This month is archived and no longer changes.').waitFor();
  });
});
