import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { startInstancePair, type InstancePair } from '../../../../test/support/instance-pair.js';
import { signedInMember } from '../../../../test/support/factories.js';
import { ACCEPT_ANSWER, postAnswer, postQuestion, VOTE } from '../../../../test/support/knowledge.js';
import { MARK_ALL_READ, NOTIFICATION_ADDED, QUESTION_ACTIVITY } from '../../../../test/support/notifications.js';
import { settle, subscribe } from '../../../../test/support/ws-subscriber.js';

interface Added {
  notificationAdded: {
    unreadNotificationCount: number;
    notification: {
      id: string;
      kind: string;
      actor: { id: string } | null;
      content: { id: string } | null;
      post: { id: string } | null;
      event: { id: string; title: string } | null;
    } | null;
  };
}

describe('notificationAdded in one process', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('reaches the recipient only, with the unread count after it, and not for the actor', async () => {
    const asker = await signedInMember(app);
    const answerer = await signedInMember(app);
    const bystander = await signedInMember(app);
    const questionId = await postQuestion(asker.client);
    const bell = subscribe<Added>(app.wsUrl, asker.client.cookieHeader, NOTIFICATION_ADDED, {});
    const answererBell = subscribe<Added>(app.wsUrl, answerer.client.cookieHeader, NOTIFICATION_ADDED, {});
    const otherBell = subscribe<Added>(app.wsUrl, bystander.client.cookieHeader, NOTIFICATION_ADDED, {});
    await settle();

    const answerId = await postAnswer(answerer.client, questionId);
    expect((await bell.next()).notificationAdded).toEqual({
      unreadNotificationCount: 1,
      notification: {
        id: expect.any(String),
        kind: 'ANSWER_TO_MY_QUESTION',
        actor: { id: answerer.member.id },
        content: { id: answerId },
        post: { id: questionId },
        event: null,
      },
    });
    await postAnswer(bystander.client, questionId);
    expect((await bell.next()).notificationAdded).toMatchObject({ unreadNotificationCount: 2, notification: { actor: { id: bystander.member.id } } });
    await asker.client.ok(MARK_ALL_READ);
    await asker.client.ok(ACCEPT_ANSWER, { id: answerId });
    expect((await answererBell.next()).notificationAdded).toMatchObject({ unreadNotificationCount: 1, notification: { kind: 'ANSWER_ACCEPTED' } });
    await bystander.client.ok(VOTE, { id: answerId }); // votes notify nobody

    // The asker accepted (no notification for the actor); the bystander was told nothing.
    await expect(bell.next(1000)).rejects.toThrow(/No subscription event/);
    await expect(otherBell.next(200)).rejects.toThrow(/No subscription event/);
    await expect(answererBell.next(200)).rejects.toThrow(/No subscription event/);
    await Promise.all([bell.close(), answererBell.close(), otherBell.close()]);
  });

  it('refuses visitors who are not signed in', async () => {
    const bell = subscribe(app.wsUrl, '', NOTIFICATION_ADDED, {});
    await expect(bell.next(3000)).rejects.toThrow(/UNAUTHENTICATED|sign in/i);
    await bell.close();
  });
});

/** Two API processes on one database and one Redis: an answer on B reaches the page and the asker's bell on A. */
describe('live question pages and notifications across two API instances through Redis', () => {
  let pair: InstancePair | null = null;

  beforeAll(async () => {
    pair = await startInstancePair('the two-instance live test');
  });

  afterAll(async () => {
    await pair?.close();
  });

  it('delivers an answer posted on instance B to a question page and to the asker’s notifications on instance A', async () => {
    if (!pair) return;
    const { a, b } = pair;
    const asker = await signedInMember(a);
    const viewer = await signedInMember(a);
    const answererOnB = await signedInMember(b);
    const questionId = await postQuestion(asker.client);

    const page = subscribe<{ questionActivity: { kind: string; contentId: string; answerCount: number } }>(
      a.wsUrl,
      viewer.client.cookieHeader,
      QUESTION_ACTIVITY,
      { questionId },
    );
    const bell = subscribe<Added>(a.wsUrl, asker.client.cookieHeader, NOTIFICATION_ADDED, {});
    await settle();

    const answerId = await postAnswer(answererOnB.client, questionId);
    expect((await page.next()).questionActivity).toMatchObject({ kind: 'ANSWER_ADDED', contentId: answerId, answerCount: 1 });
    expect((await bell.next()).notificationAdded).toMatchObject({
      unreadNotificationCount: 1,
      notification: { kind: 'ANSWER_TO_MY_QUESTION', content: { id: answerId }, actor: { id: answererOnB.member.id } },
    });
    await Promise.all([page.close(), bell.close()]);
  });
});
