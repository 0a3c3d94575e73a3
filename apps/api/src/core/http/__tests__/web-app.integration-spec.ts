import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

describe('serving the built web app', () => {
  const dist = mkdtempSync(join(tmpdir(), 'liblab-web-'));
  let app: TestApp;

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>LibLab</title><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log("hi")');
    app = await createTestApp({ config: { webDistDir: dist } });
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers client-side routes with index.html so a reload keeps the page', async () => {
    for (const path of ['/', '/members', '/libraries/mbp-wroclaw', '/reset-password?token=abc']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it('serves hashed assets with a long cache life and 404s for missing ones', async () => {
    const asset = await fetch(`${app.url}/assets/app-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect((await fetch(`${app.url}/assets/missing.js`)).status).toBe(404);
  });

  it('leaves the API paths to the API', async () => {
    expect((await fetch(`${app.url}/health`)).headers.get('content-type')).toMatch(/json/);
    const graphql = await app.client().gql('{ me { id } }');
    expect(graphql.data).toEqual({ me: null });
  });
});
