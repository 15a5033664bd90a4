// Shared set-up for the browser tests: a served build, a page that records console errors and
// every request, keyboard helpers, axe-core, and screenshots.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { E2E_PREFIX, E2E_ROOT } from './global-setup.ts';
import { serveStatic, type StaticServer } from './server.ts';

export const SCREENSHOTS = resolve('test-results/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export interface Harness {
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server = await serveStatic(E2E_ROOT, E2E_PREFIX);
  const browser = await launch();
  return { browser, server, close: async () => (await browser.close(), await server.close()) };
}

export interface TrackedPage {
  page: Page;
  errors: string[];
  requests: string[];
}

export async function openGame(
  harness: Harness,
  options: {
    width?: number;
    height?: number;
    query?: string;
    reducedMotion?: boolean;
    textSpeed?: string;
  } = {},
): Promise<TrackedPage> {
  const context = await harness.browser.newContext({
    viewport: { width: options.width ?? 1366, height: options.height ?? 900 },
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    // axe-core is injected as a script; the page's own CSP would refuse it.
    bypassCSP: true,
  });
  // Lines appear whole unless a test asks for a speed, so tests do not wait on the typewriter.
  await context.addInitScript((textSpeed) => {
    if (!localStorage.getItem('dance-of-distance.settings.v1')) {
      localStorage.setItem('dance-of-distance.settings.v1', JSON.stringify({ textSpeed }));
    }
  }, options.textSpeed ?? 'instant');
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${harness.server.url}${options.query ?? ''}`);
  await waitForScreen(page, 'title');
  return { page, errors, requests };
}

export async function waitForScreen(page: Page, screen: string): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      (window as unknown as { danceOfDistance?: { screen: string } }).danceOfDistance?.screen === wanted,
    screen,
    { timeout: 30_000 },
  );
}

export const screenOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { danceOfDistance: { screen: string } }).danceOfDistance.screen);

/** Press Enter until choices show or the run is finished. */
export async function continueToChoices(page: Page): Promise<'choices' | 'finished'> {
  for (let i = 0; i < 200; i++) {
    if (await page.locator('button.choice').count()) return 'choices';
    if (await page.locator('button.continue.primary:visible').count()) return 'finished';
    await page.keyboard.press('Enter');
  }
  throw new Error('no choices and no ending after 200 presses of Enter');
}

/** Play to the end by keyboard alone, taking `pick(choiceCount, turn)` at each choice point. */
export async function playByKeyboard(
  page: Page,
  pick: (count: number, turn: number) => number,
): Promise<number> {
  for (let turn = 0; turn < 80; turn++) {
    const where = await continueToChoices(page);
    if (where === 'finished') {
      await page.keyboard.press('Enter');
      await waitForScreen(page, 'debrief');
      return turn;
    }
    const count = await page.locator('button.choice').count();
    await page.keyboard.press(String(pick(count, turn)));
  }
  throw new Error('no ending after 80 choices');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(250);
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
}

const require = createRequire(import.meta.url);

/** Run axe-core on the page; returns the serious and critical violations. */
export async function axeViolations(
  page: Page,
): Promise<{ id: string; impact: string; nodes: number; help: string }[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[]; help: string }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
  });
}

/**
 * Register the browser lifecycle for a test file: one served build and browser for the file, and
 * each test's pages closed after it (a page left open keeps animating and slows the next test).
 * `open` opens a tracked page; `pages` keeps every page's errors and requests for later checks.
 */
export function useBrowser(): {
  open: (options?: Parameters<typeof openGame>[1]) => Promise<TrackedPage>;
  pages: TrackedPage[];
  harness: () => Harness;
} {
  let harness: Harness;
  const pages: TrackedPage[] = [];
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    await Promise.all(
      pages.map(({ page }) =>
        page
          .context()
          .close()
          .catch(() => undefined),
      ),
    );
  });
  afterAll(async () => {
    await harness?.close();
  });
  return {
    pages,
    harness: () => harness,
    open: async (options = {}) => {
      const tracked = await openGame(harness, options);
      pages.push(tracked);
      return tracked;
    },
  };
}
