import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenarios.ts';
import { runFromSession } from '../../src/session/run.ts';
import { Session } from '../../src/session/session.ts';
import {
  axeViolations,
  continueToChoices,
  playByKeyboard,
  screenshot,
  SCREENSHOTS,
  useBrowser,
  waitForScreen,
} from './harness.ts';

const { open } = useBrowser();

/** The conversation's lines as text (the full text of a line, not its typed part). */
const logLines = (page: Page) =>
  page
    .locator('.log .line')
    .evaluateAll((lines) => lines.map((l) => (l.querySelector('.sr-only') ?? l).textContent ?? ''));
/** A run made by the session code in Node, saved as the browser would export it. */
const SAMPLE = resolve(SCREENSHOTS, '..', 'sample-run.json');

beforeAll(() => {
  const session = Session.start({ ...loadScenario('kara-and-jake'), mode: 'pursuer', seed: 9 });
  session.choose(2);
  session.choose(1);
  const now = new Date().toISOString();
  writeFileSync(SAMPLE, JSON.stringify(runFromSession(session, { id: 'sample-run', createdAt: now, now })));
});

describe('replay and compare in Chromium', () => {
  it('plays, rewinds to a choice, branches, compares, exports and re-imports', async () => {
    const tracked = await open({ query: '?seed=2' });
    const { page } = tracked;
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /^As Kara/ }).click();
    await waitForScreen(page, 'play');
    await playByKeyboard(page, () => 1);
    const firstEnding = await page.locator('.ending-card h2').innerText();

    // Branch from the debrief at choice 1: the new run starts at once at that choice.
    await page.getByRole('button', { name: 'Go back to choice 1' }).click();
    await waitForScreen(page, 'play');
    await continueToChoices(page);
    expect(await page.locator('button.choice').count()).toBeGreaterThan(1);
    const logAtChoice1 = await logLines(page);
    expect(logAtChoice1.length).toBeGreaterThan(0);
    await page.keyboard.press('2');
    await continueToChoices(page);
    // Rewind from the timeline too: the first of your turns is a button.
    await page.locator('.timeline button.turn').first().click();
    expect(await page.getByRole('alertdialog').locator('h2').innerText()).toBe('Go back to choice 1?');
    await screenshot(page, '11-rewind-confirm');
    await page.getByRole('button', { name: 'Go back and branch' }).click();
    await continueToChoices(page);
    // The log is the conversation as it stood at choice 1, not the abandoned lines plus new ones.
    expect(await logLines(page)).toEqual(logAtChoice1);
    await page.keyboard.press('2');
    await playByKeyboard(page, (count) => count);
    const secondEnding = await page.locator('.ending-card h2').innerText();
    expect(secondEnding.length).toBeGreaterThan(0);

    // My runs lists all three, with the branches linked to their parents.
    await page.getByRole('button', { name: 'Title screen' }).click();
    await page.getByRole('button', { name: 'My runs' }).click();
    await waitForScreen(page, 'runs');
    expect(await page.locator('.run-card').count()).toBe(3);
    expect(await page.locator('.run-card', { hasText: 'Branched at choice 1' }).count()).toBe(2);
    // Tab goes from "Import runs…" straight to "Export all": the hidden file input is no stop.
    await page.locator('label[for=import-file]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export all');
    expect(await page.locator('.run-card svg.sparkline').count()).toBe(3);
    await screenshot(page, '12-my-runs');
    expect(await axeViolations(page)).toEqual([]);

    // Compare the first run with the last branch.
    const cards = page.locator('.run-card');
    await cards.nth(0).locator('input[type=checkbox]').check();
    await cards.nth(2).locator('input[type=checkbox]').check();
    await page.getByRole('button', { name: 'Compare the two picked' }).click();
    await waitForScreen(page, 'compare');
    expect(await page.locator('.split p').innerText()).toMatch(
      /^At choice 1, run A chose “.+” and run B chose “.+”\.$/,
    );
    expect(await page.locator('.outcomes').innerText()).toContain(firstEnding);
    expect(await page.locator('.what-if-result tbody tr').count()).toBeGreaterThan(1);
    expect(await page.locator('.transcript').count()).toBe(2);
    await page.waitForTimeout(300);
    await screenshot(page, '13-compare');
    expect(await axeViolations(page)).toEqual([]);
    // On a phone the compare screen reflows to one column, without sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(200);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, '13-compare-phone');
    await page.setViewportSize({ width: 1366, height: 900 });

    // Export all, delete one (asking first), and import the file back.
    await page.getByRole('button', { name: 'Back to My runs' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export all' }).click(),
    ]);
    const exported = resolve(SCREENSHOTS, '..', 'exported-runs.json');
    await download.saveAs(exported);
    expect(JSON.parse(readFileSync(exported, 'utf8')).runs).toHaveLength(3);
    await cards.nth(1).getByRole('button', { name: 'Delete' }).click();
    expect(await page.getByRole('alertdialog').locator('h2').innerText()).toBe('Delete this run?');
    await page.getByRole('button', { name: 'Delete', exact: true }).last().click();
    // Deleting is asynchronous (IndexedDB): the card goes once the store has it gone.
    await page.waitForFunction(() => document.querySelectorAll('.run-card').length === 2);
    expect(await page.locator('.run-card').count()).toBe(2);
    // Focus goes to the next run in the list (its first control), not to another run's Delete.
    await expect
      .poll(() =>
        page.evaluate(
          `document.activeElement?.closest('.run-card') === document.querySelectorAll('.run-card')[1]`,
        ),
      )
      .toBe(true);
    expect(await page.evaluate('document.activeElement.textContent')).not.toBe('Delete');
    // Importing is idempotent: the deleted run comes back, the two still stored are not doubled.
    await page.locator('#import-file').setInputFiles(exported);
    await page.locator('#notice p', { hasText: 'Imported 1 run.' }).waitFor();
    expect(await page.locator('#notice').innerText()).toMatch(/2 runs were already in My runs/);
    // Good news looks and sounds like news, not like an error.
    expect(await page.locator('#notice').getAttribute('class')).toContain('news');
    expect(await page.locator('#notice').getAttribute('role')).toBe('status');
    await screenshot(page, '13b-imported-news');
    expect(await page.locator('.run-card').count()).toBe(3);
    // News belongs to the screen it was told on: it does not follow the player to the title.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await waitForScreen(page, 'title');
    expect(await page.locator('#notice').isHidden()).toBe(true);
  });

  it('refuses a foreign file with the reason, and shows imported text as text, never as HTML', async () => {
    const tracked = await open();
    const { page } = tracked;
    await page.getByRole('button', { name: 'My runs' }).click();
    await waitForScreen(page, 'runs');
    const foreign = resolve(SCREENSHOTS, '..', 'foreign.json');
    writeFileSync(foreign, JSON.stringify({ name: 'my-package', version: '1.0.0' }));
    await page.locator('#import-file').setInputFiles(foreign);
    await page.locator('#notice p').waitFor();
    expect(await page.locator('#notice').innerText()).toMatch(
      /Not imported: this is not a Dance of Distance run/,
    );
    await page.getByRole('button', { name: 'Dismiss' }).click();

    // A valid run whose text carries markup: it must stay text.
    const run = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    run.id = 'tampered-run';
    const choice = run.steps.find((s: { kind: string }) => s.kind === 'choice');
    choice.text = '<img src=x onerror="window.__owned=1"><b>bold</b>';
    writeFileSync(foreign, JSON.stringify(run));
    await page.locator('#import-file').setInputFiles(foreign);
    await page.waitForFunction(() => document.querySelectorAll('.run-card').length >= 1);
    await page
      .locator('.run-card', { has: page.locator('input#pick-tampered-run') })
      .getByRole('button', { name: /Open|Resume/ })
      .click();
    await page.waitForFunction(() =>
      ['debrief', 'play'].includes(
        (window as unknown as { danceOfDistance: { screen: string } }).danceOfDistance.screen,
      ),
    );
    const body = await page.locator('body').innerText();
    if (
      (await page.evaluate(
        () => (window as unknown as { danceOfDistance: { screen: string } }).danceOfDistance.screen,
      )) === 'debrief'
    ) {
      expect(body).toContain('<img src=x onerror="window.__owned=1"><b>bold</b>');
    }
    expect(await page.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();
    expect(await page.locator('b', { hasText: 'bold' }).count()).toBe(0);
  });

  it('moves runs saved by an earlier version into IndexedDB, setting a corrupt one aside', async () => {
    const tracked = await open();
    const { page } = tracked;
    const good = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    // Runs as an earlier version saved them, one per localStorage entry; then the game starts.
    await page.evaluate((run) => {
      localStorage.setItem(`dance-of-distance.run.${run.id}`, JSON.stringify(run));
      localStorage.setItem(
        'dance-of-distance.run.broken',
        '{"format":"dance-of-distance/run","version":1,"id":"broken","steps":[tru',
      );
      localStorage.setItem('dance-of-distance.current-run', run.id);
    }, good);
    await page.reload();
    await waitForScreen(page, 'title');
    expect(await page.locator('#notice').innerText()).toMatch(
      /A saved run could not be read .* set aside as dance-of-distance\.set-aside\.broken/,
    );
    // The unfinished run is still the one Continue resumes.
    expect(await page.getByRole('button', { name: /^Continue: Kara and Jake, As Kara/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'My runs' }).click();
    await waitForScreen(page, 'runs');
    expect(await page.locator('.run-card').count()).toBe(1);
    await screenshot(page, '14-corrupt-run-reported');
    const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('.run.')));
    expect(left).toEqual([]);
    expect(
      await page.evaluate(
        () =>
          Object.keys(localStorage).filter((k) => k.startsWith('dance-of-distance.set-aside.broken')).length,
      ),
    ).toBe(1);

    // The moved run opens exactly as it was recorded, replayed from its compact form.
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.locator('.run-card').getByRole('button', { name: 'Resume' }).click();
    await waitForScreen(page, 'play');
    await continueToChoices(page);
    const shown = await page.locator('.log .line').allInnerTexts();
    const recorded = good.steps
      .filter((s: { kind: string; coach: boolean }) => s.kind === 'line' && !s.coach)
      .map((s: { text: string }) => s.text);
    expect(shown.join('\n')).toContain(recorded.at(-1));
    expect(shown.length).toBeGreaterThan(3);
  });

  it('reports a full store without losing the run in play', async () => {
    const tracked = await open({ query: '?seed=4' });
    const { page } = tracked;
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.getByRole('button', { name: 'New game' }).click();
    await page.getByRole('button', { name: /^As Jake/ }).click();
    await waitForScreen(page, 'play');
    await page.locator('#notice', { hasText: /Browser storage is full/ }).waitFor();
    await continueToChoices(page);
    await page.keyboard.press('1');
    await continueToChoices(page);
    expect(await page.locator('.log .line').count()).toBeGreaterThan(3);
  });
});
