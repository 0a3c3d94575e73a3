import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { makeLibrary, signedInMember } from '../../../../test/support/factories.js';
import { errorCode, type GqlClient } from '../../../../test/support/gql-client.js';
import {
  ACCEPT_ANSWER,
  ADD_COMMENT,
  DELETE_ANSWER,
  DELETE_COMMENT,
  DELETE_QUESTION,
  postAnswer,
  postInspiration,
  postQuestion,
  UNACCEPT_ANSWER,
  UPDATE_ANSWER,
  UPDATE_QUESTION,
  questionInput,
} from '../../../../test/support/knowledge.js';
import {
  FOLLOW_TAG,
  inboxOf,
  MARK_ALL_READ,
  MARK_READ,
  mention,
  MY_FOLLOWED_TAGS,
  NOTIFICATIONS,
  PREFERENCES,
  UNFOLLOW_TAG,
  UPDATE_PREFERENCES,
} from '../../../../test/support/notifications.js';
import { countQueries } from '../../../../test/support/query-counter.js';
import { SmtpInbox } from '../../../../test/support/smtp-inbox.js';
import type { MemberEntity } from '../../members/entities/member.entity.js';
import { NotifierService } from '../notifier.service.js';

type Person = { member: MemberEntity; client: GqlClient };

async function comment(client: GqlClient, contentId: string, body: string): Promise<string> {
  return (await client.ok(ADD_COMMENT, { input: { contentId, body } })).addComment.id;
}

function kinds(nodes: { kind: string }[]): string[] {
  return nodes.map((n) => n.kind).sort();
}

describe('notifications', () => {
  let app: TestApp;
  let mail: SmtpInbox;
  let libraryId: string;
  const person = (overrides: Parameters<typeof signedInMember>[1] = {}): Promise<Person> =>
    signedInMember(app, { libraryId, ...overrides });

  beforeAll(async () => {
    mail = await new SmtpInbox().start();
    app = await createTestApp({ config: { smtpUrl: mail.url, publicUrl: 'http://portal.test' } });
    libraryId = (await makeLibrary(app.dataSource, { name: 'Stadsbiblioteket', country: 'SE', region: 'stockholm', city: 'Stockholm' })).id;
  });

  afterAll(async () => {
    await app?.close();
    await mail?.stop();
  });

  it('tells the asker about each answer once, never the one who answered, and links the answer and the question', async () => {
    const asker = await person();
    const answerer = await person();
    const questionId = await postQuestion(asker.client);
    const answerId = await postAnswer(answerer.client, questionId);
    await postAnswer(asker.client, questionId); // the asker's own answer tells nobody

    const askerInbox = await inboxOf(asker.client);
    expect(askerInbox.unread).toBe(1);
    expect(askerInbox.nodes).toEqual([
      expect.objectContaining({
        kind: 'ANSWER_TO_MY_QUESTION',
        read: false,
        readAt: null,
        actor: { id: answerer.member.id },
        content: { id: answerId },
        post: { id: questionId },
        comment: null,
      }),
    ]);
    expect((await inboxOf(answerer.client)).total).toBe(0);
  });

  it('tells the author about comments on their content, not the commenter about their own', async () => {
    const asker = await person();
    const answerer = await person();
    const commenter = await person();
    const questionId = await postQuestion(asker.client);
    const answerId = await postAnswer(answerer.client, questionId);
    const commentId = await comment(commenter.client, answerId, 'Bra idé, vi provar!');
    await comment(answerer.client, answerId, 'Tack!'); // on their own answer
    const inspirationId = await postInspiration(asker.client);
    const onInspiration = await comment(commenter.client, inspirationId, 'Inspirerande!');

    const answererInbox = await inboxOf(answerer.client);
    expect(answererInbox.nodes).toEqual([
      expect.objectContaining({ kind: 'COMMENT_ON_MY_CONTENT', actor: { id: commenter.member.id }, content: { id: answerId }, post: { id: questionId }, comment: { id: commentId } }),
    ]);
    const askerInbox = await inboxOf(asker.client);
    expect(askerInbox.nodes.filter((n) => n.kind === 'COMMENT_ON_MY_CONTENT')).toEqual([
      expect.objectContaining({ content: { id: inspirationId }, post: { id: inspirationId }, comment: { id: onInspiration } }),
    ]);
    expect((await inboxOf(commenter.client)).total).toBe(0);
  });

  it('tells the author of an accepted answer once, however often it is accepted, withdrawn and accepted again', async () => {
    const asker = await person();
    const answerer = await person();
    const coordinator = await person({ roles: ['member', 'coordinator'] });
    const questionId = await postQuestion(asker.client);
    const answerId = await postAnswer(answerer.client, questionId);
    const ownAnswer = await postAnswer(asker.client, questionId);

    await asker.client.ok(ACCEPT_ANSWER, { id: answerId });
    await asker.client.ok(UNACCEPT_ANSWER, { id: answerId });
    await asker.client.ok(ACCEPT_ANSWER, { id: ownAnswer }); // the asker's own answer: nobody to tell
    // Concurrent duplicates: the asker and a coordinator accept the same answer many times at once.
    await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? asker : coordinator).client.ok(ACCEPT_ANSWER, { id: answerId })));

    const answererInbox = await inboxOf(answerer.client);
    expect(kinds(answererInbox.nodes)).toEqual(['ANSWER_ACCEPTED']);
    expect(answererInbox.nodes[0]).toMatchObject({ content: { id: answerId }, post: { id: questionId } });
    expect(kinds((await inboxOf(asker.client)).nodes)).toEqual(['ANSWER_TO_MY_QUESTION']);
  });

  it('tells mentioned members once per post or comment, and a person named in an answer to their question only once', async () => {
    const asker = await person();
    const answerer = await person();
    const named = await person({ name: 'Karin Ek' });
    const questionId = await postQuestion(asker.client);
    const body = `<p>Fråga ${mention(named.member)} och ${mention(asker.member)}; jag ${mention(answerer.member)} och @[Ingen](00000000-0000-4000-8000-000000000000).</p>`;
    const answerId = await postAnswer(answerer.client, questionId, body);
    // Editing keeps the mention: nobody is told again. A new name in the edit is told once.
    const later = await person({ name: 'Lars Berg' });
    await answerer.client.ok(UPDATE_ANSWER, { id: answerId, input: { body: `${body}<p>Och ${mention(later.member)}.</p>` } });
    await answerer.client.ok(UPDATE_ANSWER, { id: answerId, input: { body: `${body}<p>Och ${mention(later.member)}!</p>` } });
    const commentId = await comment(answerer.client, questionId, `${mention(named.member)} vet mer.`);

    const namedInbox = await inboxOf(named.client);
    expect(namedInbox.nodes.map((n) => [n.kind, n.content?.id, n.comment?.id ?? null]).sort()).toEqual(
      [
        ['MENTION', answerId, null],
        ['MENTION', questionId, commentId],
      ].sort(),
    );
    expect(kinds((await inboxOf(later.client)).nodes)).toEqual(['MENTION']);
    // The asker: the answer (which names them) and the comment on their question; no separate mention.
    expect(kinds((await inboxOf(asker.client)).nodes)).toEqual(['ANSWER_TO_MY_QUESTION', 'COMMENT_ON_MY_CONTENT']);
    expect((await inboxOf(answerer.client)).total).toBe(0);

    // Mentions in questions and inspirations too, also added by an edit.
    const questionWithMention = await postQuestion(asker.client, { body: `<p>${mention(later.member)}, hur gjorde ni?</p>` });
    await asker.client.ok(UPDATE_QUESTION, { id: questionWithMention, input: questionInput({ body: `<p>${mention(later.member)} ${mention(named.member)}</p>` }) });
    expect((await inboxOf(later.client)).nodes.filter((n) => n.content?.id === questionWithMention)).toHaveLength(1);
    expect((await inboxOf(named.client)).nodes.filter((n) => n.content?.id === questionWithMention)).toHaveLength(1);
  });

  it('tells followers of a tag about new posts with it, once even with several followed tags, and lets them unfollow', async () => {
    const author = await person();
    const follower = await person();
    const named = await person();
    await author.client.ok(`mutation { createQuestion(input: { title: "Första frågan", body: "<p>Om val</p>", language: SV, tags: ["Val 2026", "Demokrati"] }) { id } }`);
    expect(errorCode(await follower.client.gql(FOLLOW_TAG, { slug: 'no-such-tag' }))).toBe('NOT_FOUND');
    for (const slug of ['val-2026', 'demokrati']) {
      expect((await follower.client.ok(FOLLOW_TAG, { slug })).followTag).toEqual({ slug, viewerFollows: true });
      await follower.client.ok(FOLLOW_TAG, { slug }); // again: nothing changes
      await named.client.ok(FOLLOW_TAG, { slug });
      await author.client.ok(FOLLOW_TAG, { slug });
    }
    const followed = (await follower.client.ok(MY_FOLLOWED_TAGS, { first: 1 })).myFollowedTags;
    expect(followed.totalCount).toBe(2);
    expect(followed.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual(['demokrati']);
    const next = (await follower.client.ok(MY_FOLLOWED_TAGS, { first: 1, after: followed.pageInfo.endCursor })).myFollowedTags;
    expect(next.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual(['val-2026']);

    const questionId = await postQuestion(author.client, { tags: ['Val 2026', 'demokrati'], body: `<p>${mention(named.member)}?</p>` });
    const inspirationId = await postInspiration(author.client, { tags: ['Demokrati'] });
    const followerInbox = await inboxOf(follower.client);
    expect(followerInbox.nodes.map((n) => [n.kind, n.content?.id, n.post?.id])).toEqual([
      ['POST_IN_FOLLOWED_TAG', inspirationId, inspirationId],
      ['POST_IN_FOLLOWED_TAG', questionId, questionId],
    ]);
    // Named and following: told once, about the mention.
    expect((await inboxOf(named.client)).nodes.filter((n) => n.content?.id === questionId).map((n) => n.kind)).toEqual(['MENTION']);
    expect((await inboxOf(author.client)).total).toBe(0);

    // An edit does not tell followers again; after unfollowing, new posts do not reach them.
    await author.client.ok(UPDATE_QUESTION, { id: questionId, input: questionInput({ tags: ['demokrati', 'val-2026', 'ny'] }) });
    await follower.client.ok(UNFOLLOW_TAG, { slug: 'demokrati' });
    expect((await follower.client.ok(UNFOLLOW_TAG, { slug: 'val-2026' })).unfollowTag.viewerFollows).toBe(false);
    await postQuestion(author.client, { tags: ['demokrati'] });
    expect((await inboxOf(follower.client)).total).toBe(2);
    expect((await follower.client.ok(MY_FOLLOWED_TAGS)).myFollowedTags.totalCount).toBe(0);
  });

  it('creates an event once when the same event is published twice or concurrently', async () => {
    const asker = await person();
    const answerer = await person();
    const questionId = await postQuestion(asker.client);
    const answerId = await postAnswer(answerer.client, questionId);
    const notifier = app.running.app.get(NotifierService);
    const draft = { recipientId: answerer.member.id, kind: 'answer_accepted' as const, subjectId: answerId, postId: answerId, actorId: asker.member.id };

    const first = await app.dataSource.transaction((manager) => notifier.create(manager, [draft]));
    const again = await app.dataSource.transaction((manager) => notifier.create(manager, [draft, draft]));
    const concurrent = await Promise.all(
      Array.from({ length: 20 }, () => app.dataSource.transaction((manager) => notifier.create(manager, [draft]))),
    );
    expect(first).toHaveLength(1);
    expect(again).toEqual([]);
    expect(concurrent.flat()).toEqual([]);
    const rows = await app.dataSource.query('SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1', [answerer.member.id]);
    expect(rows[0].n).toBe(1);

    // A fresh event raced by many transactions: exactly one of them creates it.
    const other = { ...draft, kind: 'comment_on_my_content' as const, subjectId: randomUUID() };
    const raced = await Promise.all(Array.from({ length: 20 }, () => app.dataSource.transaction((manager) => notifier.create(manager, [other]))));
    expect(raced.flat()).toHaveLength(1);
    expect((await inboxOf(answerer.client)).total).toBe(2);
  });

  it('hides notifications of deleted content from the list and the unread count', async () => {
    const asker = await person();
    const answerer = await person();
    const commenter = await person();
    const questionId = await postQuestion(asker.client);
    const answerId = await postAnswer(answerer.client, questionId);
    const keptAnswer = await postAnswer(answerer.client, questionId);
    const commentId = await comment(commenter.client, questionId, 'Spännande');
    await asker.client.ok(ACCEPT_ANSWER, { id: keptAnswer });
    expect((await inboxOf(asker.client)).unread).toBe(3);

    await answerer.client.ok(DELETE_ANSWER, { id: answerId });
    await commenter.client.ok(DELETE_COMMENT, { id: commentId });
    const askerInbox = await inboxOf(asker.client);
    expect(askerInbox).toMatchObject({ unread: 1, total: 1 });
    expect(askerInbox.nodes[0].content).toEqual({ id: keptAnswer });
    expect((await inboxOf(answerer.client)).unread).toBe(1);

    // A deleted question hides what happened under it, answers included.
    await asker.client.ok(DELETE_QUESTION, { id: questionId });
    expect(await inboxOf(asker.client)).toMatchObject({ unread: 0, total: 0 });
    expect(await inboxOf(answerer.client)).toMatchObject({ unread: 0, total: 0 });
  });

  it('counts unread notifications, pages them and marks them read, one or all, only the member’s own', async () => {
    const asker = await person();
    const stranger = await person();
    const questionId = await postQuestion(asker.client);
    const answerers = await Promise.all([person(), person(), person()]);
    for (const a of answerers) await postAnswer(a.client, questionId);

    const all = await inboxOf(asker.client);
    expect(all).toMatchObject({ unread: 3, total: 3 });
    // Newest first, paged by cursor.
    expect(all.nodes.map((n) => n.actor?.id)).toEqual(answerers.map((a) => a.member.id).reverse());
    const page1 = (await asker.client.ok(NOTIFICATIONS, { first: 2 })).notifications;
    const page2 = (await asker.client.ok(NOTIFICATIONS, { first: 2, after: page1.pageInfo.endCursor })).notifications;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect([...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id)).toEqual(all.nodes.map((n) => n.id));
    expect(errorCode(await asker.client.gql(NOTIFICATIONS, { after: 'nonsense' }))).toBe('BAD_USER_INPUT');

    const oldest = all.nodes[2];
    expect(errorCode(await stranger.client.gql(MARK_READ, { id: oldest.id }))).toBe('NOT_FOUND');
    expect(errorCode(await asker.client.gql(MARK_READ, { id: 'not-an-id' }))).toBe('NOT_FOUND');
    const marked = (await asker.client.ok(MARK_READ, { id: oldest.id })).markNotificationRead;
    expect(marked).toMatchObject({ id: oldest.id, read: true });
    expect((await asker.client.ok(MARK_READ, { id: oldest.id })).markNotificationRead.readAt).toBe(marked.readAt);
    const unread = await inboxOf(asker.client, true);
    expect(unread).toMatchObject({ unread: 2, total: 2 });
    expect(unread.nodes.map((n) => n.id)).not.toContain(oldest.id);

    expect((await asker.client.ok(MARK_ALL_READ)).markAllNotificationsRead).toBe(2);
    expect((await asker.client.ok(MARK_ALL_READ)).markAllNotificationsRead).toBe(0);
    expect(await inboxOf(asker.client)).toMatchObject({ unread: 0, total: 3 });
    expect(errorCode(await app.client().gql(NOTIFICATIONS))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.client().gql(MARK_ALL_READ))).toBe('UNAUTHENTICATED');
  });

  it('lists 10 or 50 notifications, with actor, content, page and comment, in the same number of statements', async () => {
    const asker = await person();
    const answerer = await person();
    const commenter = await person();
    const questionId = await postQuestion(asker.client);
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => [postAnswer(answerer.client, questionId, `<p>Svar ${i}</p>`), comment(commenter.client, questionId, `Kommentar ${i}`)]).flat(),
    );
    const ten = await countQueries(app.dataSource, () => asker.client.ok(NOTIFICATIONS, { first: 10 }));
    let fifty: unknown;
    const fiftyCount = await countQueries(app.dataSource, async () => {
      fifty = await asker.client.ok(NOTIFICATIONS, { first: 50 });
    });
    expect((fifty as { notifications: { edges: unknown[] } }).notifications.edges).toHaveLength(50);
    expect(fiftyCount.count).toBe(ten.count);
  });

  it('mails the important kinds in the member’s language, and each kind only while its preference is on', async () => {
    const asker = await person({ locale: 'sv', name: 'Åsa Lind' });
    const answerer = await person({ name: 'Per Holm' });
    const commenter = await person();

    const defaults = (await asker.client.ok(PREFERENCES)).notificationPreferences;
    expect(defaults).toEqual([
      { kind: 'ANSWER_TO_MY_QUESTION', email: true },
      { kind: 'ANSWER_ACCEPTED', email: true },
      { kind: 'COMMENT_ON_MY_CONTENT', email: false },
      { kind: 'MENTION', email: true },
      { kind: 'POST_IN_FOLLOWED_TAG', email: false },
      { kind: 'QUESTION_ESCALATED', email: true },
      { kind: 'EVENT_QUESTION', email: false },
      { kind: 'EVENT_RECORDING', email: true },
      { kind: 'WAITLIST_PROMOTED', email: true },
      { kind: 'EVENT_CANCELLED', email: true },
    ]);

    // A comment (mail off by default), then an answer (mail on): only the answer is mailed.
    const questionId = await postQuestion(asker.client, { title: 'Hur ordnar man en debatt?' });
    await comment(commenter.client, questionId, 'Bra fråga');
    await postAnswer(answerer.client, questionId);
    const answerMail = await mail.waitFor(asker.member.email);
    expect(answerMail.subject).toBe('Nytt svar på din fråga ”Hur ordnar man en debatt?”');
    expect(answerMail.text).toContain('Per Holm har svarat på din fråga');
    expect(answerMail.text).toContain(`http://portal.test/questions/${questionId}`);
    expect(answerMail.html).toContain(`href="http://portal.test/questions/${questionId}"`);

    // Turn answers off and comments on: the next answer is not mailed, the next comment is.
    const updated = (
      await asker.client.ok(UPDATE_PREFERENCES, {
        input: { preferences: [{ kind: 'ANSWER_TO_MY_QUESTION', email: false }, { kind: 'COMMENT_ON_MY_CONTENT', email: true }] },
      })
    ).updateNotificationPreferences;
    expect(updated.filter((p: { email: boolean }) => p.email).map((p: { kind: string }) => p.kind)).toEqual([
      'ANSWER_ACCEPTED',
      'COMMENT_ON_MY_CONTENT',
      'MENTION',
      'QUESTION_ESCALATED',
      'EVENT_RECORDING',
      'WAITLIST_PROMOTED',
      'EVENT_CANCELLED',
    ]);
    expect((await asker.client.ok(PREFERENCES)).notificationPreferences).toEqual(updated);
    await postAnswer((await person()).client, questionId);
    await comment(commenter.client, questionId, 'Vi gjorde så här');
    await waitUntil(() => mail.messages.filter((m) => m.to?.[0]?.address === asker.member.email).length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 500)); // anything mailed by mistake would be here by now
    const toAsker = mail.messages.filter((m) => m.to?.[0]?.address === asker.member.email);
    expect(toAsker.map((m) => m.subject)).toEqual([answerMail.subject, 'Ny kommentar i ”Hur ordnar man en debatt?”']);
    expect((await inboxOf(asker.client)).total).toBe(4); // in-app notifications do not depend on mail

    // Mentions and acceptance are mailed by default, in the recipient's own language.
    const answerId = await postAnswer(answerer.client, questionId, `<p>${mention(commenter.member)}</p>`);
    await asker.client.ok(ACCEPT_ANSWER, { id: answerId });
    await waitUntil(() => mail.messages.filter((m) => m.to?.[0]?.address === answerer.member.email).length >= 1);
    expect((await mail.waitFor(commenter.member.email)).subject).toBe('Per Holm mentioned you');
    expect((await mail.waitFor(answerer.member.email)).subject).toBe('Your answer was accepted');
    // The same event again (withdrawn and accepted again) is neither notified nor mailed twice.
    await asker.client.ok(UNACCEPT_ANSWER, { id: answerId });
    await asker.client.ok(ACCEPT_ANSWER, { id: answerId });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mail.messages.filter((m) => m.to?.[0]?.address === answerer.member.email)).toHaveLength(1);

    expect(errorCode(await asker.client.gql(UPDATE_PREFERENCES, { input: { preferences: [{ kind: 'NOPE', email: true }] } }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
