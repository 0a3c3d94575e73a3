import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SmtpInbox } from '../../../api/test/support/smtp-inbox.js';
import { expectAccessible, launchChromium } from '../support/browser.js';
import { expectH1, signInThroughApi } from '../support/pages.js';
import { startPortal, type Portal } from '../support/portal.js';


/**
 * The knowledge exchange as two people use it at once: a librarian asks a question with the editor and a
 * tag; an expert, in a second browser, answers it; the librarian's open page shows the answer without a
 * reload (questionActivity subscription), with the expert badge; she accepts it, votes, comments and reacts. axe runs on every page on the way, then on
 * the inspirations list, an inspiration and a tag page.
 */
describe('asking and answering', () => {
  let inbox: SmtpInbox;
  let portal: Portal;
  let browser: Browser | null;
  let askerContext: BrowserContext;
  let expertContext: BrowserContext;
  let asker: Page;
  let expert: Page;
  const title = `How do you run a robotics club for seniors? ${Date.now()}`;
  const answerText = 'Start with short sessions and let children from the coding club be the teachers.';



  beforeAll(async () => {
    browser = await launchChromium();
    if (!browser) return;
    inbox = await new SmtpInbox().start();
    portal = await startPortal(inbox.url);
    askerContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Warsaw' });
    expertContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Stockholm' });
    await signInThroughApi(askerContext, portal.url, 'bibliotekarka@liblab.demo');
    await signInThroughApi(expertContext, portal.url, 'ekspertka@liblab.demo');
    asker = await askerContext.newPage();
    expert = await expertContext.newPage();
    asker.setDefaultTimeout(15_000);
    expert.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    if (process.env.E2E_SCREENSHOTS) {
      await asker?.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/last-asker.png`, fullPage: true });
      await expert?.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/last-expert.png`, fullPage: true });
    }
    await askerContext?.close();
    await expertContext?.close();
    await browser?.close();
    await portal?.stop();
    await inbox?.stop();
  });

  it('asks, answers in a second browser, accepts, votes, comments and reacts', async () => {
    if (!browser) return;

    // The librarian looks at the questions, then at the unanswered ones.
    await asker.goto(`${portal.url}/questions`);
    await expectH1(asker, 'Questions', 'questions');
    await asker.getByRole('heading', { level: 2, name: /\d+ questions?/ }).waitFor();
    await asker.locator('label', { hasText: 'Unanswered' }).click();
    await asker.waitForURL(/show=unanswered/);
    await asker.getByRole('radio', { name: 'Unanswered', checked: true }).waitFor({ state: 'attached' });
    await expectAccessible(asker, 'unanswered questions');

    // Asks with the editor (keyboard formatting) and a new tag.
    await asker.getByRole('link', { name: 'Ask a question' }).click();
    await expectH1(asker, 'Ask a question', 'ask a question');
    await asker.getByRole('button', { name: 'Publish question' }).click();
    await asker.getByText('Please fill in this field.').first().waitFor();
    await expectAccessible(asker, 'ask a question with field errors');
    await asker.getByLabel('Your question').fill(title);
    const editor = asker.getByRole('textbox', { name: 'Details' });
    await editor.click();
    await asker.keyboard.type('We have two robots and a 3D printer. ');
    await asker.keyboard.press('Control+b');
    await asker.keyboard.type('How do we start?');
    await asker.getByRole('button', { name: 'Bold' }).waitFor();
    await asker.getByRole('combobox', { name: 'Tags' }).fill('robotics for seniors');
    await asker.keyboard.press('Enter');
    await asker.getByRole('button', { name: 'Publish question' }).click();
    await expectH1(asker, title, 'question (asker)');
    await asker.locator('.liblab-rich-html strong', { hasText: 'How do we start?' }).waitFor();
    await asker.getByRole('link', { name: '#robotics for seniors' }).waitFor();
    // One's own question cannot be voted for, and the page says why.
    await expect(asker.getByRole('button', { name: /Mark this question as useful/ }).isDisabled()).resolves.toBe(true);
    await asker.getByText('You cannot vote for your own post.').first().waitFor();
    const questionUrl = asker.url();

    // The expert, in another browser, answers.
    await expert.goto(questionUrl);
    await expectH1(expert, title, 'question (expert)');
    await expert.getByRole('textbox', { name: 'Answer' }).click();
    await expert.keyboard.type(answerText);
    await expert.getByRole('button', { name: 'Post answer' }).click();
    await expert.getByRole('article', { name: /the answer by Katarzyna Zielińska/ }).getByText(answerText).waitFor();
    await expert.getByRole('heading', { level: 2, name: '1 answer' }).waitFor();
    await expectAccessible(expert, 'question with answer (expert)');

    // The librarian's page, never reloaded, shows the expert's answer as it arrives and announces it.
    const answer = asker.getByRole('article', { name: /the answer by Katarzyna Zielińska/ });
    await answer.getByText('Expert answer').waitFor();
    await answer.getByText(answerText).waitFor();
    await asker.getByRole('heading', { level: 2, name: '1 answer' }).waitFor();
    await asker.getByTestId('announcer').getByText('New answer from Katarzyna Zielińska').waitFor({ state: 'attached' });

    await answer.getByRole('button', { name: 'Accept this answer' }).click();
    await answer.getByRole('button', { name: 'Accepted answer', pressed: true }).waitFor();

    const vote = answer.getByRole('button', { name: /Mark the answer by Katarzyna Zielińska as useful \(0 votes\)/ });
    await vote.click();
    await answer.getByRole('button', { name: /as useful \(1 vote\)/, pressed: true }).waitFor();

    await answer.getByRole('button', { name: 'Add a comment' }).click();
    await answer.getByLabel(/Your comment on the answer by Katarzyna Zielińska/).fill('Thank you, we will try it on Thursday!');
    await answer.getByRole('button', { name: 'Post comment' }).click();
    await answer.getByText('Thank you, we will try it on Thursday!').waitFor();
    await answer.getByRole('heading', { name: '1 comment' }).waitFor();

    await answer.getByRole('button', { name: 'Thanks: 0 reactions' }).click();
    await answer.getByRole('button', { name: 'Thanks: 1 reaction', pressed: true }).waitFor();
    await expectAccessible(asker, 'question after accepting, voting, commenting and reacting');

    // The expert sees it all after a reload: accepted, voted, commented.
    await expert.reload();
    const seen = expert.getByRole('article', { name: /the answer by Katarzyna Zielińska/ });
    await seen.getByText('Accepted answer').first().waitFor();
    await seen.getByText('Thank you, we will try it on Thursday!').waitFor();
    // The expert reacts to the question and looks at who reacted.
    await expert.getByRole('button', { name: 'Inspiring: 0 reactions' }).first().click();
    await expert.getByRole('button', { name: 'Inspiring: 1 reaction', pressed: true }).first().waitFor();
    await expert.getByRole('button', { name: 'Who reacted?' }).first().click();
    await expert.getByRole('dialog', { name: 'Who reacted' }).getByRole('link', { name: 'Katarzyna Zielińska' }).waitFor();
    await expert.waitForTimeout(500); // the dialog's fade-in, which axe would read as low contrast
    await expectAccessible(expert, 'who reacted dialog');
    await expert.keyboard.press('Escape');

    // The new question is on the list with its answer.
    await asker.goto(`${portal.url}/questions`);
    await asker.getByRole('link', { name: title }).waitFor();
  });

  it('reads inspirations, an inspiration, a tag page, the tags and bookmarks', async () => {
    if (!browser) return;
    await asker.goto(`${portal.url}/inspirations`);
    await expectH1(asker, 'Inspirations', 'inspirations');
    await asker.getByRole('heading', { level: 2, name: /\d+ inspirations?/ }).waitFor();
    const first = asker.getByRole('listitem').getByRole('heading', { level: 3 }).getByRole('link').first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    await expectH1(asker, name, 'inspiration');
    await asker.getByRole('button', { name: 'Bookmark', pressed: false }).click();
    await asker.getByRole('button', { name: 'Bookmark', pressed: true }).waitFor();

    const tag = asker.getByRole('list', { name: 'Tags' }).getByRole('link').first();
    const tagName = ((await tag.textContent()) ?? '').trim();
    await tag.click();
    await expectH1(asker, tagName, 'tag page');
    await asker.getByRole('heading', { level: 2, name: 'Inspirations' }).waitFor();
    await asker.getByRole('link', { name }).waitFor();

    await asker.goto(`${portal.url}/tags`);
    await expectH1(asker, 'Tags', 'tags');
    await asker.getByRole('link', { name: tagName }).waitFor();

    await asker.goto(`${portal.url}/bookmarks`);
    await expectH1(asker, 'My bookmarks', 'bookmarks');
    await asker.getByRole('link', { name }).waitFor();

    await asker.goto(`${portal.url}/inspirations/new`);
    await expectH1(asker, 'Share an inspiration', 'share an inspiration');

    // A question that does not exist says so, with the way home.
    await asker.goto(`${portal.url}/questions/00000000-0000-4000-8000-000000000000`);
    await expectH1(asker, 'Question', 'missing question');
    await asker.getByRole('alert').getByText('Not found').waitFor();
  });
});
