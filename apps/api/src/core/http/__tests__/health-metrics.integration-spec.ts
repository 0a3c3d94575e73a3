import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

describe('health and metrics', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('reports a healthy database and no Redis when none is configured', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up', redis: 'not configured' });
  });

  it('exposes Prometheus metrics, including the requests it served', async () => {
    await fetch(`${app.url}/health`);
    const response = await fetch(`${app.url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const body = await response.text();
    expect(body).toMatch(/process_cpu_user_seconds_total/);
    expect(body).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/health",status="200"\} [1-9]/);
  });

  it('says 503 when the database is gone', async () => {
    const broken = await createTestApp();
    await broken.dataSource.destroy();
    const response = await fetch(`${broken.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'error', database: 'down' });
    await broken.close().catch(() => {});
  });
});
