import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type AddressInfo } from 'node:net';
import { createTestApp, createTestDatabase, type TestApp, type TestDatabase } from '../../../../test/support/test-app.js';
import { signedInMember } from '../../../../test/support/factories.js';
import { SmtpInbox } from '../../../../test/support/smtp-inbox.js';
import { postAnswer, postQuestion } from '../../../../test/support/knowledge.js';

/** An SMTP address where nothing listens: every mail fails to connect. */
async function deadSmtpUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `smtp://127.0.0.1:${port}`;
}

async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('background jobs (notification mail through pg-boss)', () => {
  let inbox: SmtpInbox;
  let database: TestDatabase;
  const apps: TestApp[] = [];

  beforeAll(async () => {
    inbox = await new SmtpInbox().start();
    database = await createTestDatabase();
    if (!database.url) console.warn('\n*** No PostgreSQL: processes cannot share the embedded database; the job tests are SKIPPED. ***\n');
  });

  afterAll(async () => {
    for (const app of apps) await app.close().catch(() => undefined);
    await inbox?.stop();
    await database?.drop();
  });

  it('mails each notification exactly once while two API processes take jobs from one database', async () => {
    if (!database.url) return;
    const a = await createTestApp({ database, config: { smtpUrl: inbox.url } });
    const b = await createTestApp({ database, config: { smtpUrl: inbox.url } });
    apps.push(a, b);
    const askers = await Promise.all(Array.from({ length: 12 }, () => signedInMember(a)));
    const answerOnA = await signedInMember(a);
    const answerOnB = await signedInMember(b);
    const questions = await Promise.all(askers.map((asker) => postQuestion(asker.client)));
    await Promise.all(questions.map((id, i) => postAnswer((i % 2 ? answerOnA : answerOnB).client, id)));

    const emails = new Set(askers.map((asker) => asker.member.email));
    const toAskers = () => inbox.messages.filter((m) => emails.has(m.to?.[0]?.address ?? ''));
    await waitUntil(() => toAskers().length >= 12);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // three polls of both workers: a duplicate would be here
    expect(toAskers()).toHaveLength(12);
    expect(new Set(toAskers().map((m) => m.to?.[0]?.address)).size).toBe(12);
    await Promise.all([a.close(), b.close()]);
    apps.length = 0;
  });

  it('keeps a mail that failed, and sends it after a restart once the mail server answers', async () => {
    if (!database.url) return;
    const down = await createTestApp({ database, config: { smtpUrl: await deadSmtpUrl() } });
    apps.push(down);
    const asker = await signedInMember(down);
    const answerer = await signedInMember(down);
    await postAnswer(answerer.client, await postQuestion(asker.client));
    const jobState = async () =>
      ((await down.dataSource.query(
        `SELECT j.state FROM pgboss.job j JOIN notifications n ON n.id = j.id WHERE n.recipient_id = $1`,
        [asker.member.id],
      )) as { state: string }[]).map((row) => row.state);
    await waitUntil(async () => (await jobState()).includes('retry'));
    await down.close();
    apps.length = 0;

    // The retry comes due (pg-boss would wait 30 s and more); a new process with a working mail server takes it.
    const admin = await createTestApp({ database, config: { smtpUrl: inbox.url } });
    apps.push(admin);
    await admin.dataSource.query(`UPDATE pgboss.job SET start_after = now() WHERE state = 'retry'`);
    const mail = await inbox.waitFor(asker.member.email);
    expect(mail.subject).toContain('answer');
    const jobOf = async () =>
      ((await admin.dataSource.query(
        `SELECT j.state, j.retry_count FROM pgboss.job j JOIN notifications n ON n.id = j.id WHERE n.recipient_id = $1`,
        [asker.member.id],
      )) as { state: string; retry_count: number }[])[0];
    await waitUntil(async () => (await jobOf()).state === 'completed');
    const { retry_count } = await jobOf();
    expect(retry_count).toBeGreaterThanOrEqual(1);
  });
});
