import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { startInstancePair, type InstancePair } from '../../../../test/support/instance-pair.js';
import { makeLibrary, signedInMember } from '../../../../test/support/factories.js';
import { postAnswer, postInspiration, postQuestion } from '../../../../test/support/knowledge.js';
import { settle, subscribe } from '../../../../test/support/ws-subscriber.js';

const FEED_POST_ADDED = `subscription S($filter: FeedFilter) {
  feedPostAdded(filter: $filter) { id kind createdAt authorId libraryId language region tags }
}`;

interface Added {
  feedPostAdded: { id: string; kind: string; createdAt: string; authorId: string; libraryId: string; language: string; region: string | null; tags: string[] };
}

describe('feedPostAdded in one process', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('tells others of new inspirations and questions matching their filter, never the author, never answers', async () => {
    const library = await makeLibrary(app.dataSource, { region: 'vestland', country: 'NO' });
    const author = await signedInMember(app, { libraryId: library.id });
    const reader = await signedInMember(app);
    const all = subscribe<Added>(app.wsUrl, reader.client.cookieHeader, FEED_POST_ADDED, {});
    const svQuestions = subscribe<Added>(app.wsUrl, reader.client.cookieHeader, FEED_POST_ADDED, { filter: { kind: 'QUESTION', language: 'SV' } });
    const tagged = subscribe<Added>(app.wsUrl, reader.client.cookieHeader, FEED_POST_ADDED, { filter: { tag: 'Live Tag', region: 'vestland' } });
    const own = subscribe<Added>(app.wsUrl, author.client.cookieHeader, FEED_POST_ADDED, {});
    await settle();

    const inspiration = await postInspiration(author.client, { language: 'NB', tags: ['live tag', 'annet'] });
    expect((await all.next()).feedPostAdded).toEqual({
      id: inspiration,
      kind: 'INSPIRATION',
      createdAt: expect.any(String),
      authorId: author.member.id,
      libraryId: library.id,
      language: 'NB',
      region: 'vestland',
      tags: ['annet', 'live-tag'],
    });
    expect((await tagged.next()).feedPostAdded.id).toBe(inspiration);

    const question = await postQuestion(author.client, { language: 'SV', tags: ['annet'] });
    expect((await all.next()).feedPostAdded).toMatchObject({ id: question, kind: 'QUESTION' });
    expect((await svQuestions.next()).feedPostAdded.id).toBe(question);
    await postAnswer(reader.client, question); // answers are not feed posts

    await expect(all.next(800)).rejects.toThrow(/No subscription event/);
    await expect(svQuestions.next(200)).rejects.toThrow(/No subscription event/);
    await expect(tagged.next(200)).rejects.toThrow(/No subscription event/);
    await expect(own.next(200)).rejects.toThrow(/No subscription event/);
    await Promise.all([all.close(), svQuestions.close(), tagged.close(), own.close()]);
  });

  it('refuses visitors', async () => {
    const visitor = subscribe(app.wsUrl, '', FEED_POST_ADDED, {});
    await expect(visitor.next(3000)).rejects.toThrow(/UNAUTHENTICATED|sign in/i);
    await visitor.close();
  });
});

describe('feedPostAdded across two API instances through Redis', () => {
  let pair: InstancePair | null = null;
  beforeAll(async () => {
    pair = await startInstancePair('the two-instance feed test');
  });
  afterAll(async () => {
    await pair?.close();
  });

  it('delivers a question posted on instance B to a feed open on instance A', async () => {
    if (!pair) return;
    const { a, b } = pair;
    const reader = await signedInMember(a);
    const authorOnB = await signedInMember(b);
    const feed = subscribe<Added>(a.wsUrl, reader.client.cookieHeader, FEED_POST_ADDED, { filter: { unanswered: true } });
    await settle();
    await postInspiration(authorOnB.client); // filtered out: only unanswered questions
    const question = await postQuestion(authorOnB.client);
    expect((await feed.next()).feedPostAdded).toMatchObject({ id: question, kind: 'QUESTION', authorId: authorOnB.member.id });
    await expect(feed.next(500)).rejects.toThrow(/No subscription event/);
    await feed.close();
  });
});
