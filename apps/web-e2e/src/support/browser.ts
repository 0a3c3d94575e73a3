import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Debian's Chromium (nothing downloads a browser). Null, with a loud line, when absent outside CI. */
export async function launchChromium(): Promise<Browser | null> {
  const executablePath = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!executablePath) {
    const message = 'Chromium not found. Install it with `sudo apt-get install chromium` (or set CHROMIUM_PATH).';
    if (process.env.CI === 'true') throw new Error(message);
    console.warn(`\n*** ${message} Browser tests are SKIPPED. ***\n`);
    return null;
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Runs axe on the page once its transitions have ended (a dialog fading in or a toast fading out reads as low
 * contrast half-way); fails on any serious or critical violation, naming them.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity), null, {
      timeout: 3000,
    })
    .catch(() => undefined); // endless ones (spinners) never finish: check the page as it is
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) {
    const detail = bad
      .map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n  ')}`)
      .join('\n');
    throw new Error(`Accessibility violations on ${label} (${page.url()}):\n${detail}`);
  }
}
