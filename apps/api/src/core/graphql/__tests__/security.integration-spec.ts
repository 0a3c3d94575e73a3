import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { makeLibrary, signedInMember } from '../../../../test/support/factories.js';
import { errorCode, type GqlClient } from '../../../../test/support/gql-client.js';

describe('GraphQL endpoint protections', () => {
  let app: TestApp;
  let member: GqlClient;

  beforeAll(async () => {
    app = await createTestApp({ config: { publicUrl: 'https://portal.example.org' } });
    const library = await makeLibrary(app.dataSource);
    member = (await signedInMember(app, { libraryId: library.id })).client;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('refuses queries nested deeper than the limit', async () => {
    const deep = `{ me { library { members(first: 1) { edges { node { library { members(first: 1) { edges { node { library { members(first: 1) { edges { node { name } } } } } } } } } } } } } }`;
    const result = await member.gql(deep);
    expect(result.data ?? null).toBeNull();
    expect(result.errors![0].message).toMatch(/depth/i);
  });

  it('counts depth in fields, not fragment spreads, so shared fragments cost no levels', async () => {
    const withFragments = `
      fragment L on Library { name members(first: 1) { edges { node { ...M } } } }
      fragment M on Member { name library { name } }
      { me { library { ...L } } }`;
    expect((await member.gql(withFragments)).errors).toBeUndefined();
  });

  it('refuses too many aliases in one query', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ');
    const result = await member.gql(`{ ${aliases} }`);
    expect(result.errors![0].message).toMatch(/alias/i);
  });

  it('refuses queries whose cost is over the limit, counting page sizes given as variables', async () => {
    const nested = `query Q($n: Int!, $m: Int!) { libraries(first: $n) { edges { node { name members(first: $m) { edges { node { name library { name } } } } } } } }`;
    const tooMuch = await member.gql(nested, { n: 50, m: 50 });
    expect(errorCode(tooMuch)).toBe('QUERY_TOO_COSTLY');
    expect(tooMuch.errors![0].message).toMatch(/too expensive/);
    // The same shape with modest pages is fine.
    expect((await member.gql(nested, { n: 10, m: 5 })).errors).toBeUndefined();
  });

  it('refuses batched HTTP requests', async () => {
    const response = await member.raw([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(response.status).toBe(400);
  });

  it('blocks cross-site request forgery: simple GET and text/plain requests are refused', async () => {
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF|preflight/i);
    const textPlain = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: member.cookieHeader },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(textPlain.status).toBe(400);
    expect((await member.ok('{ me { id } }')).me).not.toBeNull();
  });

  it('allows cross-origin calls only from PUBLIC_URL', async () => {
    const preflight = (origin: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const good = await preflight('https://portal.example.org');
    expect(good.headers.get('access-control-allow-origin')).toBe('https://portal.example.org');
    expect(good.headers.get('access-control-allow-credentials')).toBe('true');
    const evil = await preflight('https://evil.example.com');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends security headers (helmet) and a Secure cookie on https', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-powered-by')).toBeNull();
    const library = await makeLibrary(app.dataSource);
    const signUp = await app.client().gql(
      `mutation S($input: SignUpInput!) { signUp(input: $input) { id } }`,
      { input: { name: 'Secure Cookie', email: 'secure@example.org', password: 'long enough password', libraryId: library.id, languages: ['EN'] } },
    );
    expect(signUp.headers.getSetCookie().join()).toMatch(/;\s*Secure/i);
  });

  it('exposes no secrets in the schema', async () => {
    const result = await member.ok(`{ __type(name: "Member") { fields { name } } }`);
    const fields = result.__type.fields.map((f: { name: string }) => f.name);
    expect(fields).toContain('name');
    for (const secret of ['password', 'passwordHash', 'tokenHash', 'sessions']) expect(fields).not.toContain(secret);
  });
});

describe('GraphQL endpoint in production', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ config: { nodeEnv: 'production' } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('turns introspection off', async () => {
    const result = await app.client().gql('{ __schema { types { name } } }');
    expect(result.errors?.[0].message).toMatch(/introspection/i);
  });

  it('gives no field suggestions that would map the schema', async () => {
    const result = await app.client().gql('{ librarie(first: 1) { totalCount } }');
    expect(result.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('shows no stack traces', async () => {
    const result = await app.client().gql('{ members(first: 1) { totalCount } }');
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});
