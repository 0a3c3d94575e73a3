import { expect } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { expectAccessible } from './browser.js';

/** Every demo account's password (see the demo seed). */
export const DEMO_PASSWORD = 'liblab-demo-2026';

/** Signs a browser context in through the API (the cookie is the context's); the interface keeps its language. */
export async function signInThroughApi(context: BrowserContext, portalUrl: string, email: string): Promise<string> {
  const response = await context.request.post(`${portalUrl}/graphql`, {
    headers: { 'content-type': 'application/json' },
    data: { query: 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', variables: { input: { email, password: DEMO_PASSWORD } } },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { errors?: unknown; data: { signIn: { id: string } } };
  expect(body.errors).toBeUndefined();
  return body.data.signIn.id;
}

/** Waits for the page's one h1, then runs axe; E2E_SCREENSHOTS=dir keeps a picture of each page. */
export async function expectH1(page: Page, name: string | RegExp, label: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
  await expectAccessible(page, label);
  if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/${label.replace(/\W+/g, '-')}.png`, fullPage: true });
}
