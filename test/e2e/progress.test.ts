// A trainee's progress in My runs, in Chromium: three counselor runs played by keyboard, then
// the progress view's counts, chart, tables and Markdown export checked against scoreSession on
// the runs' own steps (never a hard-coded score: the counselor story changes); a summary saved
// before scores were kept shows as "not yet scored" and is scored without the player doing
// anything; and the view at 1280×800 and 390×844, with axe.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DB_NAME } from '../../src/game/run-store.ts';
import { RUBRIC_ITEMS } from '../../src/session/rubric.ts';
import type { RunRecord } from '../../src/session/run.ts';
import { scoreSession } from '../../src/session/score.ts';
import {
  axeViolations,
  playByKeyboard,
  screenshot,
  SCREENSHOTS,
  useBrowser,
  waitForScreen,
} from './harness.ts';

const { open } = useBrowser();

/** Three trainees' sessions: a seed and a way of choosing, by position modulo what is on offer. */
const SESSIONS = [
  { seed: 21, pick: (count: number, turn: number) => (turn % count) + 1 },
  { seed: 34, pick: (count: number, turn: number) => ((turn * 2 + 1) % count) + 1 },
  { seed: 55, pick: (count: number) => count },
];

async function toMyRuns(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Title screen' }).click();
  await waitForScreen(page, 'title');
  await page.getByRole('button', { name: 'My runs' }).click();
  await waitForScreen(page, 'runs');
}

/** Save what a download holds and read it back. */
async function downloaded(page: Page, start: () => Promise<void>, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]);
  const path = resolve(SCREENSHOTS, '..', name);
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

/** Tab forward until the focused element's text is `text`. */
async function tabTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent)) === text) return;
  }
  throw new Error(`Tab never reached “${text}”`);
}

describe('a trainee’s progress in My runs', () => {
  it('shows progress over three counselor runs, exports it, and scores an old summary by itself', async () => {
    const { page, errors } = await open({ width: 1280, height: 800 });
    const base = page.url().split('?')[0];

    for (const [n, { seed, pick }] of SESSIONS.entries()) {
      await page.goto(`${base}?play=kara-and-jake/counselor&seed=${seed}`);
      await waitForScreen(page, 'play');
      await playByKeyboard(page, pick);
      // My runs after each: the run is saved, and counted once finished.
      await toMyRuns(page);
      await page.locator(`.progress-count[data-runs="${n + 1}"]`).waitFor();
      if (n === 0) {
        // One run: the view is there, and says a trend needs a few runs.
        expect(await page.locator('.progress .hint').innerText()).toMatch(/needs at least 3 runs/);
        expect(await page.locator('.progress-items td.trend').allInnerTexts()).toEqual(
          Object.keys(RUBRIC_ITEMS).map(() => 'too few runs'),
        );
      }
    }
    expect(await page.locator('.run-card').count()).toBe(3);

    // The expected figures, from the runs' own steps (exported in full), oldest first.
    const exported = JSON.parse(
      await downloaded(
        page,
        () => page.getByRole('button', { name: 'Export all' }).click(),
        'progress-runs.json',
      ),
    ) as { runs: RunRecord[] };
    const runs = exported.runs.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(runs.map((r) => r.seed)).toEqual(SESSIONS.map((s) => s.seed));
    const scores = runs.map((r) => scoreSession(r.steps));

    const progress = page.locator('section.progress');
    expect(await progress.locator('h2').innerText()).toBe('Progress as counselor');
    expect(await progress.locator('.progress-count').innerText()).toMatch(/^3 counselor runs scored, /);
    // The chart: one point per run, named with the fidelity figures, and its table fallback.
    const chart = progress.locator('svg.progress-chart');
    expect(await chart.locator('.chart-point').count()).toBe(3);
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.getAttribute('aria-label')).toContain(
      `out of 100: ${scores.map((s) => s.fidelity).join(', ')}.`,
    );
    expect(await chart.locator('text', { hasText: 'Run, oldest to newest' }).count()).toBe(1);
    // The table under the chart is made when opened, by keyboard as by mouse.
    await progress.locator('details summary').focus();
    await page.keyboard.press('Enter');
    const runRows = progress.locator('table.progress-runs tbody tr');
    await runRows.first().waitFor();
    expect(await runRows.count()).toBe(3);
    for (const [i, score] of scores.entries()) {
      const cells = await runRows.nth(i).locator('th, td').allInnerTexts();
      expect(cells[0]).toBe(String(i + 1));
      expect(cells[2]).toBe('Kara and Jake');
      expect(cells.slice(3)).toEqual([String(score.fidelity), String(score.total)]);
    }
    // My runs is rebuilt when a run is picked: the table stays open as it was left.
    await page.locator('.run-card input[type=checkbox]').first().check();
    await page.locator('.hint', { hasText: '(1 picked)' }).waitFor();
    expect(await progress.locator('details').getAttribute('open')).not.toBeNull();
    expect(await runRows.count()).toBe(3);
    await page.locator('.run-card input[type=checkbox]').first().uncheck();
    // The items table: a row per rubric item, each rate earned over possible across the runs.
    const itemRows = progress.locator('table.progress-items tbody tr');
    expect(await itemRows.count()).toBe(Object.keys(RUBRIC_ITEMS).length);
    for (const [i, id] of Object.keys(RUBRIC_ITEMS).entries()) {
      const row = itemRows.nth(i);
      expect(await row.getAttribute('data-item')).toBe(id);
      const each = scores.map((s) => s.items.find((item) => item.id === id)!);
      const earned = each.reduce((sum, item) => sum + item.earned, 0);
      const max = each.reduce((sum, item) => sum + item.max, 0);
      const across = await row.locator('td').first().innerText();
      expect(across.replace(/\s+/g, ' ')).toBe(`${Math.round((100 * earned) / max)}% ${earned} of ${max}`);
      expect(await row.locator('th .item-source').innerText()).toBe(
        RUBRIC_ITEMS[id as keyof typeof RUBRIC_ITEMS].source,
      );
      expect(await row.locator('td').nth(2).innerText()).toBe(`${each[2].earned} of ${each[2].max}`);
      expect(['improving', 'steady', 'slipping']).toContain(
        (await row.locator('td.trend').innerText()).replace(/^\W+/, ''),
      );
      expect(await row.locator('svg.item-bars rect.bar').count()).toBe(3);
    }
    // The mistakes, each in as many runs as the rubric found it.
    const faultRuns = new Map<string, number>();
    for (const s of scores)
      for (const f of new Set(s.items.flatMap((i) => i.turns.flatMap((t) => (t.fault ? [t.fault] : [])))))
        faultRuns.set(f, (faultRuns.get(f) ?? 0) + 1);
    const faults = progress.locator('.progress-faults li');
    expect(await faults.count()).toBe(faultRuns.size);
    for (const [fault, inRuns] of faultRuns)
      expect(await progress.locator(`.progress-faults li[data-fault="${fault}"]`).innerText()).toContain(
        `in ${inRuns} of 3 runs`,
      );
    expect(await progress.locator('.progress-scenarios li').allInnerTexts()).toEqual([
      expect.stringMatching(/^Kara and Jake — 3 runs, last /),
    ]);

    await progress.evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await screenshot(page, '30-progress-1280');
    await itemRows.first().evaluate((row) => row.closest('table')!.scrollIntoView({ block: 'start' }));
    await screenshot(page, '30-progress-items-1280');
    expect(await axeViolations(page)).toEqual([]);

    // The Markdown summary, by keyboard: Tab to the button, Enter.
    await page.locator('h1').focus();
    await tabTo(page, 'Export summary (Markdown)');
    const markdown = await downloaded(page, () => page.keyboard.press('Enter'), 'progress-summary.md');
    expect(markdown).toMatch(/^# Progress as counselor\n/);
    expect(markdown).toMatch(/\*\*3 scored counselor runs\*\*, \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\./);
    expect(markdown).toMatch(/not an assessment/);
    expect(markdown).toContain('| Kara and Jake | 3 |');
    for (const [i, score] of scores.entries())
      expect(markdown).toMatch(
        new RegExp(`\\| ${i + 1} \\| [-\\d]+ \\| Kara and Jake \\| ${score.fidelity} \\| ${score.total} \\|`),
      );
    for (const item of Object.values(RUBRIC_ITEMS)) expect(markdown).toContain(`| ${item.label} |`);

    // On a phone: one column, nothing wider than the screen, and still no axe problem.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(200);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    const box = (await chart.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await progress.evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await screenshot(page, '31-progress-390');
    await itemRows.first().evaluate((row) => row.closest('table')!.scrollIntoView({ block: 'start' }));
    await screenshot(page, '31-progress-items-390');
    await faults.first().evaluate((item) => item.scrollIntoView({ block: 'start' }));
    await screenshot(page, '31-progress-mistakes-390');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });

    // A summary saved before scores were kept: "not yet scored" (not a zero), then scored by itself.
    const oldest = runs[0].id;
    await page.evaluate(
      async ({ name, id }) => {
        const db = await new Promise<IDBDatabase>((done, fail) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(request.error);
        });
        const store = db.transaction('summaries', 'readwrite').objectStore('summaries');
        const summary = await new Promise<Record<string, unknown>>((done) => {
          const request = store.get(id);
          request.onsuccess = () => done(request.result);
        });
        delete summary.score;
        await new Promise((done) => (store.put(summary, id).onsuccess = done));
        db.close();
      },
      { name: DB_NAME, id: oldest },
    );
    // Slow the background pass down a little, so the "not yet scored" state can be seen first.
    await page.addInitScript(() => {
      const original = window.setTimeout;
      window.setTimeout = ((fn: () => void, ms?: number) =>
        original(fn, ms === 0 ? 400 : ms)) as typeof setTimeout;
    });
    await page.goto(base);
    await waitForScreen(page, 'title');
    await page.getByRole('button', { name: 'My runs' }).click();
    await waitForScreen(page, 'runs');
    const count = page.locator('.progress-count');
    await expect.poll(() => count.innerText()).toMatch(/1 older run not yet scored/);
    expect(await count.getAttribute('data-runs')).toBe('2');
    expect(await page.locator('.progress-chart .chart-point').count()).toBe(2);
    await screenshot(page, '32-progress-not-yet-scored');
    await page.locator('.progress-count[data-runs="3"]').waitFor({ timeout: 20_000 });
    expect(await count.innerText()).not.toMatch(/not yet scored/);
    expect(await page.locator('.progress-chart').getAttribute('aria-label')).toContain(
      scores.map((s) => s.fidelity).join(', '),
    );
    expect(errors).toEqual([]);
  });
});
