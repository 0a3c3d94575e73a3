import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { startInstancePair, type InstancePair } from '../../../../test/support/instance-pair.js';
import { makeLibrary, signedInMember } from '../../../../test/support/factories.js';
import { settle, subscribe } from '../../../../test/support/ws-subscriber.js';

const JOINED = `subscription J($libraryId: ID!) { libraryMemberJoined(libraryId: $libraryId) { name library { slug } } }`;
const SIGN_UP = `mutation S($input: SignUpInput!) { signUp(input: $input) { id } }`;

function signUpInput(libraryId: string, name: string) {
  return { name, email: `${name.replace(/\W/g, '').toLowerCase()}-${Date.now()}@example.org`, password: 'long enough password', libraryId, languages: ['SV'] };
}

describe('live updates in one process', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('tells the members of a library, and only about their library, when someone joins', async () => {
    const library = await makeLibrary(app.dataSource, { slug: 'live-one' });
    const other = await makeLibrary(app.dataSource, { slug: 'live-other' });
    const { client } = await signedInMember(app, { libraryId: library.id });
    const subscription = subscribe<{ libraryMemberJoined: { name: string } }>(app.wsUrl, client.cookieHeader, JOINED, { libraryId: library.id });
    await settle();
    await app.client().ok(SIGN_UP, { input: signUpInput(other.id, 'Elsewhere Person') });
    await app.client().ok(SIGN_UP, { input: signUpInput(library.id, 'Nya Medlemmen') });
    expect((await subscription.next()).libraryMemberJoined).toEqual({ name: 'Nya Medlemmen', library: { slug: 'live-one' } });
    await subscription.close();
  });

  it('refuses subscriptions from visitors who are not signed in', async () => {
    const library = await makeLibrary(app.dataSource);
    const subscription = subscribe(app.wsUrl, '', JOINED, { libraryId: library.id });
    await expect(subscription.next(3000)).rejects.toThrow(/UNAUTHENTICATED|sign in/i);
    await subscription.close();
  });
});

/** Two API processes on one database and one Redis act as one: an event on B reaches a subscriber on A. */
describe('live updates across two API instances through Redis', () => {
  let pair: InstancePair | null = null;

  beforeAll(async () => {
    pair = await startInstancePair('the two-instance test');
  });

  afterAll(async () => {
    await pair?.close();
  });

  it('delivers a join on instance B to a subscriber on instance A', async () => {
    if (!pair) return;
    const { a, b } = pair;
    const library = await makeLibrary(a.dataSource, { slug: 'redis-live' });
    const { client } = await signedInMember(a, { libraryId: library.id });
    const subscription = subscribe<{ libraryMemberJoined: { name: string } }>(a.wsUrl, client.cookieHeader, JOINED, { libraryId: library.id });
    await settle();
    await b.client().ok(SIGN_UP, { input: signUpInput(library.id, 'Kari Nordmann') });
    expect((await subscription.next()).libraryMemberJoined.name).toBe('Kari Nordmann');
    await subscription.close();
    // Health reports Redis when it is configured.
    expect(await (await fetch(`${b.url}/health`)).json()).toMatchObject({ redis: 'up' });
  });
});
