// Counselor training in Chromium: a session played with hints and drafts on, the session clock,
// the rubric in the debrief with its links back to the turns, and the transcript and Markdown
// export carrying the hint and the draft.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenarios.ts';
import { RUBRIC_ITEMS } from '../../src/session/rubric.ts';
import { axeViolations, screenOf, screenshot, useBrowser, waitForScreen } from './harness.ts';

const { open } = useBrowser();

const DRAFT = 'Kara, before the words: what were you feeling just before you spoke? <b>not bold</b>';

/** Press Enter until the draft box, the choices or the end shows. */
async function readOn(page: Page): Promise<'draft' | 'choices' | 'finished'> {
  for (let i = 0; i < 200; i++) {
    if (await page.locator('form.draft:visible').count()) return 'draft';
    if (await page.locator('button.choice').count()) return 'choices';
    if (await page.locator('button.continue.primary:visible').count()) return 'finished';
    await page.keyboard.press('Enter');
  }
  throw new Error('no draft box, choices or ending after 200 presses of Enter');
}

async function turnOnTrainingHelp(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Hints before choosing (what to notice)').check();
  await page.getByLabel('Draft your own line before the options show').check();
  await page.getByRole('button', { name: 'Done' }).click();
}

describe('counselor training in Chromium', () => {
  it('plays a session with a hint and a draft, shows the clock, scores it on the rubric, and goes back to a turn from it', async () => {
    const { page, errors } = await open({ width: 1280, height: 800 });
    await turnOnTrainingHelp(page);
    await page.goto(`${page.url().split('?')[0]}?play=kara-and-jake/counselor&seed=4`);
    await waitForScreen(page, 'play');
    const length = loadScenario('kara-and-jake').manifest.modes.find(
      (m) => m.id === 'counselor',
    )!.sessionMinutes;
    expect(length).toBeDefined();
    expect(await page.locator('.session-clock').innerText()).toMatch(new RegExp(`^\\d+ / ${length} min$`));

    // The first choice: a hint by key, then a draft typed before the options show.
    expect(await readOn(page)).toBe('draft');
    expect(await page.locator('button.choice').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft-box');
    await page.locator('body').click({ position: { x: 5, y: 5 } }); // out of the box, so H is a command
    await page.keyboard.press('h');
    const hint = await page.locator('.hint-text').innerText();
    expect(hint).toMatch(/^Notice: .*(bpm|flooding|minutes)/);
    expect(hint).not.toMatch(/choose|option|pick/i);
    await page.locator('#draft-box').fill(DRAFT);
    // Number keys typed into the box are words, not choices.
    await page.locator('#draft-box').press('1');
    await page.locator('#draft-box').press('Backspace');
    await screenshot(page, '20-counselor-draft-1280');
    await page.locator('#draft-box').press('Control+Enter');
    expect(await page.locator('button.choice').count()).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('choice'))).toBe(true);
    expect(await page.locator('.draft-shown').innerText()).toContain('<b>not bold</b>');
    expect(await page.locator('.draft-shown b').count()).toBe(0);
    await screenshot(page, '21-counselor-choices-after-draft-1280');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('1');

    // Play on to the end: skip the later drafts with the button, first options mostly.
    let turn = 1;
    for (;;) {
      const where = await readOn(page);
      if (where === 'finished') break;
      if (where === 'draft') {
        await page.getByRole('button', { name: 'Show the options' }).click();
        continue;
      }
      const count = await page.locator('button.choice').count();
      await page.keyboard.press(String(turn % 3 === 1 ? count : 1));
      turn += 1;
      if (turn > 60) throw new Error('no ending after 60 choices');
    }
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'debrief');

    // The rubric: every item with its points and the turns behind them.
    const rows = page.locator('table.rubric tbody tr');
    expect(await rows.count()).toBe(Object.keys(RUBRIC_ITEMS).length);
    expect(await rows.first().locator('th').innerText()).toMatch(/Reflect the present process/);
    for (const points of await page.locator('table.rubric td.points').allInnerTexts())
      expect(points).toMatch(/^\d+ of \d+$/);
    expect(await page.locator('.score-parts').innerText()).toMatch(/fidelity to the rubric \(\d+ of 100\)/);
    // The transcript keeps the hint and the draft beside the first choice, as text.
    const first = page.locator('.transcript-choice[data-choice-point="0"]');
    expect(await first.locator('.transcript-hint').innerText()).toContain(hint.replace(/^Notice: /, ''));
    expect(await first.locator('.transcript-draft').innerText()).toContain(DRAFT);
    await screenshot(page, '22-counselor-debrief-1280');
    expect(await axeViolations(page)).toEqual([]);

    // The Markdown export carries them too.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save transcript (Markdown)' }).click(),
    ]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain('> **Drafted first:** Kara, before the words');
    expect(markdown).toContain('\\<b\\>not bold\\</b\\>');
    expect(markdown).toContain('## Rubric');

    // A rubric link goes back to its turn: a new branch at that choice, with what came before.
    const link = page.locator('table.rubric button.link-button').last();
    const label = await link.innerText();
    const k = Number(/Try choice (\d+) again/.exec(label)![1]) - 1;
    await link.click();
    await waitForScreen(page, 'play');
    expect(await page.locator('.timeline button.turn.yours').count()).toBe(k);
    // The draft asked for again at that choice (what was noted there belonged to the old attempt).
    expect(await readOn(page)).toBe('draft');
    expect(errors).toEqual([]);
  });

  it.each([
    [390, 844],
    [1280, 720],
  ])(
    'fits the draft box, the hint, the clock and then every option in view at %i×%i',
    async (width, height) => {
      const { page } = await open({ width, height });
      await turnOnTrainingHelp(page);
      await page.goto(`${page.url().split('?')[0]}?play=kara-and-jake/counselor&seed=4`);
      await waitForScreen(page, 'play');
      expect(await readOn(page)).toBe('draft');
      await page.getByRole('button', { name: /What to notice/ }).click();
      await page.locator('#draft-box').fill('I would slow them down first.');
      const box = await page.getByRole('button', { name: 'Show the options' }).boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(height);
      // The top bar fits: the clock and Pause inside the screen.
      for (const control of [page.locator('.session-clock'), page.getByRole('button', { name: /Pause/ })]) {
        const where = (await control.boundingBox())!;
        expect(where.x + where.width).toBeLessThanOrEqual(width);
      }
      await screenshot(page, `23-counselor-draft-${width}x${height}`);
      await page.getByRole('button', { name: 'Show the options' }).click();
      for (const option of await page.locator('button.choice').all()) {
        const where = (await option.boundingBox())!;
        expect(where.y).toBeGreaterThanOrEqual(0);
        expect(where.y + where.height).toBeLessThanOrEqual(height + 1);
      }
      await screenshot(page, `24-counselor-choices-${width}x${height}`);
      expect(await screenOf(page)).toBe('play');
    },
  );
});
