import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { MemberEntity } from '../../members/entities/member.entity.js';
import { createTestApp, createTestDatabase, type TestApp } from '../../../../test/support/test-app.js';
import { signedInMember } from '../../../../test/support/factories.js';
import { errorCode, fieldErrors, type GqlClient } from '../../../../test/support/gql-client.js';
import { CREATE_ANSWER, DELETE_QUESTION, postAnswer, postQuestion, questionInput } from '../../../../test/support/knowledge.js';
import { inboxOf } from '../../../../test/support/notifications.js';
import { countQueries } from '../../../../test/support/query-counter.js';
import { SmtpInbox } from '../../../../test/support/smtp-inbox.js';
import { MonthQuestionsService } from '../month-questions.service.js';

const MONTH_FIELDS = `id title theme description status startsAt endsAt coverImageUrl answerHours viewerCanManage
  createdBy { id } experts { id name }`;
const CREATE_MONTH = `mutation C($input: MonthInput!) { createMonth(input: $input) { ${MONTH_FIELDS} } }`;
const UPDATE_MONTH = `mutation U($id: ID!, $input: MonthInput!) { updateMonth(id: $id, input: $input) { ${MONTH_FIELDS} } }`;
const ADVANCE = `mutation A($id: ID!, $to: MonthStatus!) { advanceMonth(id: $id, to: $to) { id status } }`;
const MONTH = `query M($id: ID!) { month(id: $id) { ${MONTH_FIELDS} } }`;
const MONTHS = `query L($first: Int!, $after: String, $filter: MonthFilter) {
  months(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title status } } }
}`;
const ASK = `mutation Q($monthId: ID!, $input: QuestionInput!) { askInMonth(monthId: $monthId, input: $input) { id title month { id title } } }`;
const INVITE = `mutation I($monthId: ID!, $memberId: ID!) { inviteExpert(monthId: $monthId, memberId: $memberId) { id experts { id } } }`;
const REMOVE = `mutation R($monthId: ID!, $memberId: ID!) { removeExpert(monthId: $monthId, memberId: $memberId) { id experts { id } } }`;
const STATS = `query S($id: ID!, $unanswered: Boolean) { month(id: $id) {
  stats { questionCount answeredCount unansweredCount medianMinutesToFirstExpertAnswer escalatedCount }
  questions(first: 10, unanswered: $unanswered) { totalCount edges { node { question { id } answerDueAt firstExpertAnswerAt escalatedAt } } }
} }`;
const ARCHIVE = `mutation A($id: ID!, $input: ArchiveMonthInput!) {
  archiveMonth(id: $id, input: $input) { id status summaryInspiration { id title summary body language author { id } } }
}`;

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

function monthInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Nowe technologie w bibliotece',
    theme: 'Nowe technologie',
    description: 'Drukarki 3D, roboty i aplikacje mobilne w małych bibliotekach.',
    startsAt: new Date(Date.now() - DAY).toISOString(),
    endsAt: new Date(Date.now() + 29 * DAY).toISOString(),
    coverImageUrl: 'https://labib.pl/cover.jpg',
    ...overrides,
  };
}

describe('thematic months', () => {
  let app: TestApp;
  let mail: SmtpInbox;
  let coordinator: { member: MemberEntity; client: GqlClient };
  let admin: { member: MemberEntity; client: GqlClient };
  let member: { member: MemberEntity; client: GqlClient };
  let expert: { member: MemberEntity; client: GqlClient };
  let secondExpert: { member: MemberEntity; client: GqlClient };
  let roleExpert: { member: MemberEntity; client: GqlClient };

  /** A month created by the coordinator and moved forward to `status`. */
  async function monthIn(status: 'DRAFT' | 'ANNOUNCED' | 'OPEN' | 'WRAP_UP', overrides: Record<string, unknown> = {}): Promise<string> {
    const { id } = (await coordinator.client.ok(CREATE_MONTH, { input: monthInput({ expertIds: [expert.member.id], ...overrides }) })).createMonth;
    for (const to of ['ANNOUNCED', 'OPEN', 'WRAP_UP']) {
      if (['DRAFT', 'ANNOUNCED', 'OPEN', 'WRAP_UP'].indexOf(status) < ['DRAFT', 'ANNOUNCED', 'OPEN', 'WRAP_UP'].indexOf(to)) break;
      await coordinator.client.ok(ADVANCE, { id, to });
    }
    return id;
  }

  async function ask(client: GqlClient, monthId: string, overrides: Record<string, unknown> = {}): Promise<string> {
    return (await client.ok(ASK, { monthId, input: questionInput(overrides) })).askInMonth.id;
  }

  beforeAll(async () => {
    mail = await new SmtpInbox().start();
    app = await createTestApp({ config: { smtpUrl: mail.url, publicUrl: 'http://portal.test' } });
    coordinator = await signedInMember(app, { roles: ['member', 'coordinator'], name: 'Tomasz Koordynator' });
    admin = await signedInMember(app, { roles: ['member', 'admin'] });
    member = await signedInMember(app, { name: 'Anna Pytająca' });
    expert = await signedInMember(app, { name: 'Piotr Ekspert' });
    secondExpert = await signedInMember(app, { name: 'Katarzyna Ekspertka' });
    roleExpert = await signedInMember(app, { roles: ['member', 'expert'], name: 'Ola Haugen' });
  });

  afterAll(async () => {
    await app?.close();
    await mail?.stop();
  });

  it('move forward one step at a time, by coordinators and admins only; drafts are theirs alone', async () => {
    expect(errorCode(await member.client.gql(CREATE_MONTH, { input: monthInput() }))).toBe('FORBIDDEN');
    expect(errorCode(await expert.client.gql(CREATE_MONTH, { input: monthInput() }))).toBe('FORBIDDEN');
    expect(errorCode(await app.client().gql(CREATE_MONTH, { input: monthInput() }))).toBe('UNAUTHENTICATED');

    const created = (await coordinator.client.ok(CREATE_MONTH, { input: monthInput({ expertIds: [expert.member.id, roleExpert.member.id] }) }))
      .createMonth;
    expect(created).toMatchObject({ status: 'DRAFT', answerHours: 48, viewerCanManage: true, createdBy: { id: coordinator.member.id } });
    expect(created.experts.map((e: { name: string }) => e.name)).toEqual(['Ola Haugen', 'Piotr Ekspert']);
    const id = created.id;

    // A draft does not exist for members, in the list or by id.
    expect(errorCode(await member.client.gql(MONTH, { id }))).toBe('NOT_FOUND');
    const memberList = (await member.client.ok(MONTHS, { first: 50 })).months.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(memberList).not.toContain(id);
    expect((await admin.client.ok(MONTH, { id })).month.status).toBe('DRAFT');
    const coordinatorList = (await coordinator.client.ok(MONTHS, { first: 50, filter: { status: 'DRAFT' } })).months;
    expect(coordinatorList.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);

    expect(errorCode(await member.client.gql(ADVANCE, { id, to: 'ANNOUNCED' }))).toBe('FORBIDDEN');
    const skip = await coordinator.client.gql(ADVANCE, { id, to: 'OPEN' });
    expect(errorCode(skip)).toBe('CONFLICT');
    expect(skip.errors?.[0]?.message).toMatch(/forward one step, to ANNOUNCED, not to OPEN/);
    expect((await coordinator.client.ok(ADVANCE, { id, to: 'ANNOUNCED' })).advanceMonth.status).toBe('ANNOUNCED');
    expect(errorCode(await coordinator.client.gql(ADVANCE, { id, to: 'ANNOUNCED' }))).toBe('CONFLICT');
    expect(fieldErrors(await coordinator.client.gql(ADVANCE, { id, to: 'DRAFT' }))).toEqual(['to']);
    expect(fieldErrors(await coordinator.client.gql(ADVANCE, { id, to: 'ARCHIVED' }))).toEqual(['to']);

    const announced = (await member.client.ok(MONTH, { id })).month;
    expect(announced).toMatchObject({ status: 'ANNOUNCED', viewerCanManage: false });
    // Admins pass the coordinator check.
    expect((await admin.client.ok(ADVANCE, { id, to: 'OPEN' })).advanceMonth.status).toBe('OPEN');
    expect((await coordinator.client.ok(ADVANCE, { id, to: 'WRAP_UP' })).advanceMonth.status).toBe('WRAP_UP');
    expect(errorCode(await coordinator.client.gql(ADVANCE, { id: '00000000-0000-4000-8000-000000000000', to: 'OPEN' }))).toBe('NOT_FOUND');

    // Experts are invited and removed by coordinators.
    expect(errorCode(await member.client.gql(INVITE, { monthId: id, memberId: secondExpert.member.id }))).toBe('FORBIDDEN');
    const invited = (await coordinator.client.ok(INVITE, { monthId: id, memberId: secondExpert.member.id })).inviteExpert;
    expect(invited.experts).toHaveLength(3);
    expect(fieldErrors(await coordinator.client.gql(INVITE, { monthId: id, memberId: '00000000-0000-4000-8000-000000000000' }))).toEqual(['memberId']);
    const removed = (await coordinator.client.ok(REMOVE, { monthId: id, memberId: roleExpert.member.id })).removeExpert;
    expect(removed.experts.map((e: { id: string }) => e.id).sort()).toEqual([expert.member.id, secondExpert.member.id].sort());
  });

  it('refuse an end before the start, unknown experts and a cover that is not https, naming each field', async () => {
    const bad = await coordinator.client.gql(CREATE_MONTH, {
      input: monthInput({
        startsAt: new Date(Date.now() + 10 * DAY).toISOString(),
        endsAt: new Date(Date.now() + 9 * DAY).toISOString(),
        expertIds: [expert.member.id, '00000000-0000-4000-8000-000000000000'],
      }),
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(bad)).toEqual(['endsAt', 'expertIds']);
    const same = new Date(Date.now() + DAY).toISOString();
    expect(fieldErrors(await coordinator.client.gql(CREATE_MONTH, { input: monthInput({ startsAt: same, endsAt: same }) }))).toEqual(['endsAt']);
    const malformed = await coordinator.client.gql(CREATE_MONTH, {
      input: monthInput({ coverImageUrl: 'http://labib.pl/cover.jpg', title: 'x', answerHours: 0, expertIds: ['nope'] }),
    });
    expect(fieldErrors(malformed)).toEqual(['answerHours', 'coverImageUrl', 'expertIds', 'title']);

    const id = await monthIn('DRAFT');
    const update = await coordinator.client.gql(UPDATE_MONTH, { id, input: monthInput({ endsAt: new Date(Date.now() - 2 * DAY).toISOString() }) });
    expect(fieldErrors(update)).toEqual(['endsAt']);
    const updated = (await coordinator.client.ok(UPDATE_MONTH, { id, input: monthInput({ title: 'GET it — nowe technologie', answerHours: 24 }) }))
      .updateMonth;
    // Experts left out of the input stay as they were.
    expect(updated).toMatchObject({ title: 'GET it — nowe technologie', answerHours: 24, experts: [{ id: expert.member.id }] });
    expect(errorCode(await member.client.gql(UPDATE_MONTH, { id, input: monthInput() }))).toBe('FORBIDDEN');
  });

  it('take questions only while open, and each question knows its month', async () => {
    const draft = await monthIn('DRAFT');
    expect(errorCode(await member.client.gql(ASK, { monthId: draft, input: questionInput() }))).toBe('NOT_FOUND');
    const announced = await monthIn('ANNOUNCED');
    const early = await member.client.gql(ASK, { monthId: announced, input: questionInput() });
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors?.[0]?.message).toMatch(/only while it is open; this month is announced/);
    await coordinator.client.ok(UPDATE_MONTH, { id: announced, input: monthInput({ answerHours: 72 }) });

    const open = await monthIn('OPEN');
    const asked = (await member.client.ok(ASK, { monthId: open, input: questionInput({ title: 'Jak zacząć z drukarką 3D?' }) })).askInMonth;
    expect(asked).toMatchObject({ title: 'Jak zacząć z drukarką 3D?', month: { id: open } });
    const read = await member.client.ok(`query Q($id: ID!) { question(id: $id) { month { id status } } }`, { id: asked.id });
    expect(read.question.month).toEqual({ id: open, status: 'OPEN' });
    const plain = await postQuestion(member.client);
    expect((await member.client.ok(`query Q($id: ID!) { question(id: $id) { month { id } } }`, { id: plain })).question.month).toBeNull();
    // The promise made to questions asked so far does not change; the rest of the month may.
    expect(fieldErrors(await coordinator.client.gql(UPDATE_MONTH, { id: open, input: monthInput({ answerHours: 72 }) }))).toEqual(['answerHours']);
    await coordinator.client.ok(UPDATE_MONTH, { id: open, input: monthInput({ description: 'Zmieniony opis' }) });
    // Invalid question input is refused before anything is written.
    expect(fieldErrors(await member.client.gql(ASK, { monthId: open, input: questionInput({ title: 'x' }) }))).toEqual(['title']);

    await coordinator.client.ok(ADVANCE, { id: open, to: 'WRAP_UP' });
    expect(errorCode(await member.client.gql(ASK, { monthId: open, input: questionInput() }))).toBe('CONFLICT');
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM month_questions WHERE month_id = $1', [open]);
    expect(count).toBe(1);
  });

  it('count answered and unanswered questions and the median time to the first expert answer', async () => {
    const id = await monthIn('OPEN');
    const q1 = await ask(member.client, id, { title: 'Pierwsze pytanie o roboty' });
    const q2 = await ask(member.client, id, { title: 'Drugie pytanie o drukarki' });
    const q3 = await ask(member.client, id, { title: 'Trzecie pytanie o aplikacje' });
    const q4 = await ask(member.client, id, { title: 'Czwarte pytanie o VR' });
    const q5 = await ask(member.client, id, { title: 'Piąte pytanie, usunięte' });
    const a1 = await postAnswer(expert.client, q1); // an invited expert
    const a2 = await postAnswer(roleExpert.client, q2); // a member with the expert role
    const a2late = await postAnswer(expert.client, q2);
    await postAnswer(member.client, q3); // not an expert: q3 stays unanswered
    await postAnswer(expert.client, q5);
    await member.client.ok(DELETE_QUESTION, { id: q5 });
    // Times as if asked yesterday: 30 and 90 minutes to the first expert answers, q2's second one later.
    const asked = new Date(Date.now() - DAY);
    await app.dataSource.query('UPDATE posts SET created_at = $2 WHERE id = ANY($1::uuid[])', [[q1, q2, q3, q4], asked]);
    const after = (minutes: number) => new Date(asked.getTime() + minutes * 60_000);
    await app.dataSource.query('UPDATE posts SET created_at = $2 WHERE id = $1', [a1, after(30)]);
    await app.dataSource.query('UPDATE posts SET created_at = $2 WHERE id = $1', [a2, after(90)]);
    await app.dataSource.query('UPDATE posts SET created_at = $2 WHERE id = $1', [a2late, after(20 * 60)]);
    await app.dataSource.query('UPDATE month_questions SET escalated_at = now() WHERE question_id = $1', [q4]);

    const month = (await member.client.ok(STATS, { id })).month;
    expect(month.stats).toEqual({ questionCount: 4, answeredCount: 2, unansweredCount: 2, medianMinutesToFirstExpertAnswer: 60, escalatedCount: 1 });
    expect(month.questions.totalCount).toBe(4);
    const byId = new Map(month.questions.edges.map((e: any) => [e.node.question.id, e.node]));
    expect(byId.get(q1)).toMatchObject({ firstExpertAnswerAt: after(30).toISOString(), escalatedAt: null });
    expect((byId.get(q2) as any).firstExpertAnswerAt).toBe(after(90).toISOString());
    expect((byId.get(q1) as any).answerDueAt).toBe(new Date(asked.getTime() + 48 * HOUR).toISOString());
    expect((byId.get(q4) as any).escalatedAt).not.toBeNull();

    const unanswered = (await member.client.ok(STATS, { id, unanswered: true })).month.questions;
    expect(unanswered.totalCount).toBe(2);
    expect(unanswered.edges.map((e: any) => e.node.question.id).sort()).toEqual([q3, q4].sort());

    const empty = await monthIn('OPEN');
    expect((await member.client.ok(STATS, { id: empty })).month.stats).toEqual({
      questionCount: 0, answeredCount: 0, unansweredCount: 0, medianMinutesToFirstExpertAnswer: null, escalatedCount: 0,
    });
  });

  it('escalate a question past the answer time without an expert answer to the experts and the coordinator, once', async () => {
    const id = await monthIn('OPEN', { answerHours: 2, expertIds: [expert.member.id, secondExpert.member.id] });
    const waiting = await ask(member.client, id, { title: 'Czy ktoś zna się na robotach Photon?' });
    const answered = await ask(member.client, id, { title: 'Jak wypożyczać tablety seniorom?' });
    await postAnswer(secondExpert.client, answered);
    const jobs: { id: string; start_after: Date }[] = await app.dataSource.query(
      `SELECT id, start_after FROM pgboss.job WHERE name = 'month-question-escalation' AND id = ANY($1::uuid[]) ORDER BY start_after`,
      [[waiting, answered]],
    );
    expect(jobs).toHaveLength(2);
    const [{ created_at }] = await app.dataSource.query('SELECT created_at FROM posts WHERE id = $1', [waiting]);
    const waitingJob = jobs.find((j) => j.id === waiting)!;
    expect(new Date(waitingJob.start_after).getTime()).toBe(new Date(created_at).getTime() + 2 * HOUR);

    // Two hours pass.
    await app.dataSource.query(
      `UPDATE pgboss.job SET start_after = now() - interval '1 second' WHERE name = 'month-question-escalation' AND id = ANY($1::uuid[])`,
      [[waiting, answered]],
    );
    const deadline = Date.now() + 15_000;
    for (;;) {
      const [{ done }] = await app.dataSource.query(
        `SELECT count(*)::int AS done FROM pgboss.job WHERE id = ANY($1::uuid[]) AND state = 'completed'`,
        [[waiting, answered]],
      );
      if (done === 2) break;
      if (Date.now() > deadline) throw new Error('The escalation jobs did not run');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const escalations = async (client: GqlClient) =>
      (await inboxOf(client)).nodes.filter((n) => n.kind === 'QUESTION_ESCALATED').map((n) => n.post?.id);
    expect(await escalations(expert.client)).toEqual([waiting]);
    expect(await escalations(secondExpert.client)).toEqual([waiting]);
    expect(await escalations(coordinator.client)).toEqual([waiting]);
    expect(await escalations(member.client)).toEqual([]);
    const [notice] = (await inboxOf(coordinator.client)).nodes.filter((n) => n.kind === 'QUESTION_ESCALATED');
    expect(notice).toMatchObject({ actor: { id: member.member.id }, content: { id: waiting } });
    const letter = await mail.waitFor(coordinator.member.email);
    expect(letter.subject).toContain('Czy ktoś zna się na robotach Photon?');
    expect(letter.text).toContain(`http://portal.test/questions/${waiting}`);

    // Exactly once: the job again (a retry, another process) changes nothing.
    await app.running.app.get(MonthQuestionsService).escalate(waiting);
    await app.running.app.get(MonthQuestionsService).escalate(answered);
    expect(await escalations(expert.client)).toEqual([waiting]);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM notifications WHERE kind = 'question_escalated'`);
    expect(count).toBe(3);
    const stats = (await member.client.ok(STATS, { id })).month;
    expect(stats.stats).toMatchObject({ questionCount: 2, answeredCount: 1, unansweredCount: 1, escalatedCount: 1 });
    const rows = new Map(stats.questions.edges.map((e: any) => [e.node.question.id, e.node.escalatedAt]));
    expect(rows.get(waiting)).not.toBeNull();
    expect(rows.get(answered)).toBeNull();
  });

  it('archive after the wrap-up into an inspiration with the summary and the chosen answers of this month only', async () => {
    const id = await monthIn('OPEN', { title: 'MOC promocji! Miesiąc tematyczny', theme: 'Promocja' });
    const q1 = await ask(member.client, id, { title: 'Jak promować bibliotekę na Instagramie?' });
    const q2 = await ask(member.client, id, { title: 'Jak napisać dobry plakat?' });
    const a1 = (await expert.client.ok(CREATE_ANSWER, { input: { questionId: q1, body: '<p>Pokazujcie <strong>ludzi</strong>, nie półki.</p>' } }))
      .createAnswer.id;
    const a2 = (await member.client.ok(CREATE_ANSWER, { input: { questionId: q2, body: '<p>Jedno zdanie i duża data.</p>' } })).createAnswer.id;
    const other = await monthIn('OPEN');
    const elsewhere = await postAnswer(expert.client, await ask(member.client, other));
    const plain = await postAnswer(expert.client, await postQuestion(member.client));

    const input = (bestAnswerIds: string[]) => ({
      summary: '<p>Miesiąc pełen pomysłów.</p><script>alert(1)</script>',
      bestAnswerIds,
      language: 'PL',
    });
    expect(errorCode(await coordinator.client.gql(ARCHIVE, { id, input: input([a1]) }))).toBe('CONFLICT');
    await coordinator.client.ok(ADVANCE, { id, to: 'WRAP_UP' });
    expect(errorCode(await member.client.gql(ARCHIVE, { id, input: input([a1]) }))).toBe('FORBIDDEN');
    expect(fieldErrors(await coordinator.client.gql(ARCHIVE, { id, input: input([a1, elsewhere]) }))).toEqual(['bestAnswerIds']);
    expect(fieldErrors(await coordinator.client.gql(ARCHIVE, { id, input: input([plain]) }))).toEqual(['bestAnswerIds']);
    expect(fieldErrors(await coordinator.client.gql(ARCHIVE, { id, input: input([q1]) }))).toEqual(['bestAnswerIds']);
    expect(fieldErrors(await coordinator.client.gql(ARCHIVE, { id, input: { ...input([a1]), summary: '<p></p>' } }))).toEqual(['summary']);
    // Nothing was written by the refusals.
    expect((await coordinator.client.ok(MONTH, { id })).month.status).toBe('WRAP_UP');

    const archived = (await coordinator.client.ok(ARCHIVE, { id, input: input([a2, a1]) })).archiveMonth;
    expect(archived.status).toBe('ARCHIVED');
    const inspiration = archived.summaryInspiration;
    expect(inspiration).toMatchObject({
      title: 'MOC promocji! Miesiąc tematyczny',
      summary: 'Miesiąc pełen pomysłów.',
      language: 'PL',
      author: { id: coordinator.member.id },
    });
    const body: string = inspiration.body;
    expect(body.startsWith('<p>Miesiąc pełen pomysłów.</p>')).toBe(true);
    expect(body).not.toContain('script');
    expect(body).toContain('<blockquote><p>Pokazujcie <strong>ludzi</strong>, nie półki.</p></blockquote>');
    expect(body).toContain('Piotr Ekspert');
    expect(body).toContain('Anna Pytająca');
    expect(body).toContain(`href="http://portal.test/questions/${q1}"`);
    expect(body).toContain('Jak napisać dobry plakat?');
    // In the order chosen.
    expect(body.indexOf('Jedno zdanie')).toBeLessThan(body.indexOf('Pokazujcie'));

    // Past months stay browsable; an archived month no longer changes.
    expect((await member.client.ok(`query M($id: ID!) { month(id: $id) { status summaryInspiration { id } } }`, { id })).month).toEqual({
      status: 'ARCHIVED',
      summaryInspiration: { id: inspiration.id },
    });
    expect(errorCode(await coordinator.client.gql(ARCHIVE, { id, input: input([a1]) }))).toBe('CONFLICT');
    expect(errorCode(await coordinator.client.gql(UPDATE_MONTH, { id, input: monthInput() }))).toBe('CONFLICT');
  });

  it('list months not yet ended first (soonest first), then past ones newest first, in pages', async () => {
    const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
    const theme = `order-${Date.now()}`;
    const past = await monthIn('ANNOUNCED', { theme, title: 'Dawny miesiąc', startsAt: at(-90), endsAt: at(-60) });
    const recent = await monthIn('ANNOUNCED', { theme, title: 'Niedawny miesiąc', startsAt: at(-40), endsAt: at(-10) });
    const upcoming = await monthIn('ANNOUNCED', { theme, title: 'Przyszły miesiąc', startsAt: at(40), endsAt: at(70) });
    const current = await monthIn('ANNOUNCED', { theme, title: 'Bieżący miesiąc', startsAt: at(-5), endsAt: at(25) });
    const ours = new Set([past, recent, upcoming, current]);
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await member.client.ok(MONTHS, { first: 3, after })).months;
      ids.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((i) => ours.has(i))).toEqual([current, upcoming, recent, past]);
    const pastOnly = (await member.client.ok(MONTHS, { first: 50, filter: { past: true } })).months.edges.map((e: any) => e.node.id);
    expect(pastOnly.filter((i: string) => ours.has(i))).toEqual([recent, past]);
    const currentOnly = (await member.client.ok(MONTHS, { first: 50, filter: { current: true } })).months.edges.map((e: any) => e.node.id);
    expect(currentOnly.filter((i: string) => ours.has(i))).toEqual([current, upcoming]);
    expect(fieldErrors(await member.client.gql(MONTHS, { first: 3, after: 'garbage' }))).toEqual(['after']);
  });

  it('cost the same statements for a page of 10 or 50 months with experts, stats, questions and summaries', async () => {
    // 55 archived months with two experts and two questions (one answered by an expert) each.
    for (let i = 0; i < 55; i++) {
      const [{ id }] = await app.dataSource.query(
        `INSERT INTO months (title, theme, status, starts_at, ends_at, created_by_id)
         VALUES ($1, 'Skala', 'archived', now() - interval '400 days' + $2 * interval '1 day', now() - interval '370 days' + $2 * interval '1 day', $3)
         RETURNING id`,
        [`Miesiąc ${i}`, i, coordinator.member.id],
      );
      await app.dataSource.query('INSERT INTO month_experts (month_id, member_id) VALUES ($1, $2), ($1, $3)', [id, expert.member.id, roleExpert.member.id]);
      const q = await postQuestion(member.client, { title: `Pytanie w miesiącu ${i}` });
      await app.dataSource.query('INSERT INTO month_questions (question_id, month_id) VALUES ($1, $2)', [q, id]);
      if (i % 2) await postAnswer(expert.client, q);
    }
    const LIST = `query L($first: Int!) { months(first: $first, filter: { past: true }) { totalCount edges { node {
      id title status createdBy { name } experts { name library { name } } summaryInspiration { title }
      stats { questionCount answeredCount unansweredCount medianMinutesToFirstExpertAnswer escalatedCount }
      questions(first: 3) { totalCount edges { node { escalatedAt firstExpertAnswerAt question { id title author { name } month { id } } } } }
    } } } }`;
    const ten = await countQueries(app.dataSource, () => member.client.ok(LIST, { first: 10 }));
    const fifty = await countQueries(app.dataSource, async () => {
      const page = (await member.client.ok(LIST, { first: 50 })).months;
      expect(page.edges).toHaveLength(50);
      const withQuestions = page.edges.filter((e: any) => e.node.stats.questionCount === 1);
      expect(withQuestions.length).toBeGreaterThan(40);
      expect(withQuestions[0].node.experts).toHaveLength(2);
    });
    expect(fifty.count).toBe(ten.count);
  });
});

describe('thematic month escalation with two API processes', () => {
  it('escalates each overdue question once while both processes take jobs from one database', async () => {
    const database = await createTestDatabase();
    if (!database.url) {
      console.warn('\n*** No PostgreSQL: two processes cannot share the embedded database; the two-process escalation test is SKIPPED. ***\n');
      return;
    }
    const a = await createTestApp({ database });
    const b = await createTestApp({ database });
    try {
      const coordinator = await signedInMember(a, { roles: ['member', 'coordinator'] });
      const experts = [await signedInMember(a), await signedInMember(b)];
      const asker = await signedInMember(b);
      const onB = b.client();
      await onB.ok('mutation S($input: SignInInput!) { signIn(input: $input) { id } }', {
        input: { email: coordinator.member.email, password: 'correct horse battery' },
      });
      const { id } = (
        await coordinator.client.ok(CREATE_MONTH, { input: monthInput({ answerHours: 1, expertIds: experts.map((e) => e.member.id) }) })
      ).createMonth;
      await coordinator.client.ok(ADVANCE, { id, to: 'ANNOUNCED' });
      await onB.ok(ADVANCE, { id, to: 'OPEN' });
      const questions: string[] = [];
      for (let i = 0; i < 8; i++) {
        const client = i % 2 ? asker.client : (await signedInMember(a)).client;
        questions.push((await client.ok(ASK, { monthId: id, input: questionInput({ title: `Pytanie numer ${i + 1}` }) })).askInMonth.id);
      }
      await a.dataSource.query(`UPDATE pgboss.job SET start_after = now() WHERE id = ANY($1::uuid[])`, [questions]);
      const deadline = Date.now() + 20_000;
      for (;;) {
        const [{ done }] = await a.dataSource.query(
          `SELECT count(*)::int AS done FROM pgboss.job WHERE id = ANY($1::uuid[]) AND state = 'completed'`,
          [questions],
        );
        if (done === questions.length) break;
        if (Date.now() > deadline) throw new Error(`Only ${done} of ${questions.length} escalation jobs ran`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const perQuestion: { post_id: string; count: number }[] = await a.dataSource.query(
        `SELECT post_id, count(*)::int AS count FROM notifications WHERE kind = 'question_escalated' GROUP BY post_id`,
      );
      expect(perQuestion).toHaveLength(questions.length);
      expect(perQuestion.every((r) => r.count === 3)).toBe(true);
      const [{ escalated }] = await a.dataSource.query(
        'SELECT count(*)::int AS escalated FROM month_questions WHERE month_id = $1 AND escalated_at IS NOT NULL',
        [id],
      );
      expect(escalated).toBe(questions.length);
    } finally {
      await a.close();
      await b.close();
      await database.drop();
    }
  });
});
