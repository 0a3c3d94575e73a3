import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { makeLibrary, makeMember, signIn, SIGN_IN, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { errorCode, fieldErrors, type GqlClient } from '../../../../test/support/gql-client.js';
import { SmtpInbox } from '../../../../test/support/smtp-inbox.js';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { id name email library { slug } } }`;
const ME = `{ me { id name email } }`;
const REQUEST_RESET = `mutation R($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation R($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const CHANGE = `mutation C($input: ChangePasswordInput!) { changePassword(input: $input) }`;

describe('accounts: sign-up, sign-in, sign-out, password reset and change', () => {
  let app: TestApp;
  let inbox: SmtpInbox;
  let libraryId: string;

  beforeAll(async () => {
    inbox = await new SmtpInbox().start();
    app = await createTestApp({ config: { smtpUrl: inbox.url, publicUrl: 'http://portal.test' } });
    libraryId = (await makeLibrary(app.dataSource, { slug: 'mbp-test' })).id;
  });

  afterAll(async () => {
    await app?.close();
    await inbox?.stop();
  });

  const signUpInput = (overrides: Record<string, unknown> = {}) => ({
    name: 'Zofia Kowalska',
    email: `zofia-${Math.random().toString(36).slice(2)}@example.pl`,
    password: 'długie hasło 123',
    libraryId,
    languages: ['PL', 'EN'],
    interests: ['new-technologies'],
    locale: 'PL',
    ...overrides,
  });

  it('signs a new member up and keeps them signed in through an httpOnly SameSite=Lax cookie', async () => {
    const client = app.client();
    const input = signUpInput();
    const result = await client.gql(SIGN_UP, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data!.signUp).toMatchObject({ name: 'Zofia Kowalska', email: input.email, library: { slug: 'mbp-test' } });
    const cookie = result.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/liblab_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await client.ok(ME)).me).toMatchObject({ name: 'Zofia Kowalska', email: input.email });
    // A visitor without the cookie is nobody.
    expect((await app.client().ok(ME)).me).toBeNull();
  });

  it('refuses a second account for the same address, whatever its case, with CONFLICT on email', async () => {
    const input = signUpInput();
    await app.client().ok(SIGN_UP, { input });
    const again = await app.client().gql(SIGN_UP, { input: { ...input, email: input.email.toUpperCase() } });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions!.field).toBe('email');
  });

  it('names every field that is wrong', async () => {
    const result = await app.client().gql(SIGN_UP, {
      input: signUpInput({ email: 'not-an-email', password: 'short', name: 'Z', languages: [], interests: ['knitting'] }),
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual(['email', 'interests', 'languages', 'name', 'password']);
  });

  it('refuses a library that does not exist', async () => {
    const result = await app.client().gql(SIGN_UP, { input: signUpInput({ libraryId: '00000000-0000-4000-8000-000000000000' }) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual(['libraryId']);
  });

  it('gives the same generic answer for a wrong password and an unknown address', async () => {
    const member = await makeMember(app.dataSource);
    const wrong = await app.client().gql(SIGN_IN, { input: { email: member.email, password: 'wrong password!' } });
    const unknown = await app.client().gql(SIGN_IN, { input: { email: 'nobody@example.org', password: 'wrong password!' } });
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('signs in case-insensitively and signs out for good: the old cookie no longer works', async () => {
    const member = await makeMember(app.dataSource);
    const client = app.client();
    await signIn(client, member.email.toUpperCase());
    const stolenCookie = client.cookieHeader;
    expect((await client.ok(ME)).me.id).toBe(member.id);
    await client.ok('mutation { signOut }');
    expect((await client.ok(ME)).me).toBeNull();
    const replay = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: stolenCookie },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await replay.json()) as { data: { me: unknown } }).data.me).toBeNull();
  });

  it('resets a forgotten password through the mailed link, once, and ends every session', async () => {
    const member = await makeMember(app.dataSource, { locale: 'sv', name: 'Sara Holm' });
    const browser = app.client();
    await signIn(browser, member.email);

    expect((await app.client().ok(REQUEST_RESET, { input: { email: member.email } })).requestPasswordReset).toBe(true);
    const mail = await inbox.waitFor(member.email);
    expect(mail.subject).toBe('Återställ ditt lösenord i LibLab');
    const link = /http:\/\/portal\.test\/reset-password\?token=([\w-]+)/.exec(mail.text ?? '');
    expect(link).not.toBeNull();
    const token = decodeURIComponent(link![1]);

    await app.client().ok(RESET, { input: { token, password: 'a brand new password' } });
    expect((await browser.ok(ME)).me).toBeNull();
    const old = await app.client().gql(SIGN_IN, { input: { email: member.email, password: TEST_PASSWORD } });
    expect(errorCode(old)).toBe('UNAUTHENTICATED');
    await signIn(app.client(), member.email, 'a brand new password');

    const reused = await app.client().gql(RESET, { input: { token, password: 'yet another password' } });
    expect(errorCode(reused)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(reused)).toEqual(['token']);
  });

  it('answers a reset request for an unknown address exactly like a known one and sends nothing', async () => {
    const before = inbox.messages.length;
    const result = await app.client().gql(REQUEST_RESET, { input: { email: 'no-such-person@example.org' } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.requestPasswordReset).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(inbox.messages.length).toBe(before);
  });

  it('changes the password only with the current one, and signs out the other browsers', async () => {
    const member = await makeMember(app.dataSource);
    const laptop = app.client();
    const phone = app.client();
    await signIn(laptop, member.email);
    await signIn(phone, member.email);

    const wrong = await laptop.gql(CHANGE, { input: { currentPassword: 'not it at all', newPassword: 'another long password' } });
    expect(fieldErrors(wrong)).toEqual(['currentPassword']);

    await laptop.ok(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'another long password' } });
    expect((await laptop.ok(ME)).me.id).toBe(member.id);
    expect((await phone.ok(ME)).me).toBeNull();
  });

  it('requires a signed-in member for member data', async () => {
    const result = await app.client().gql(`{ members(first: 5) { totalCount } }`);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
  });
});

describe('rate limits on sign-in', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ config: { authRateLimitPerMinute: 6 } });
  });
  afterAll(async () => {
    await app?.close();
  });

  async function attempts(client: GqlClient, email: string, n: number) {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < n; i++) {
      codes.push(errorCode(await client.gql(SIGN_IN, { input: { email, password: 'guessing...' } })));
    }
    return codes;
  }

  it('answers TOO_MANY_REQUESTS after six tries a minute for one account, even from new clients', async () => {
    const member = await makeMember(app.dataSource);
    const codes = await attempts(app.client(), member.email, 7);
    expect(codes.slice(0, 6)).toEqual(Array(6).fill('UNAUTHENTICATED'));
    expect(codes[6]).toBe('TOO_MANY_REQUESTS');
    // The right password does not help once the account is locked for the minute.
    const locked = await app.client().gql(SIGN_IN, { input: { email: member.email, password: TEST_PASSWORD } });
    expect(errorCode(locked)).toBe('TOO_MANY_REQUESTS');
    expect(locked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });
});
