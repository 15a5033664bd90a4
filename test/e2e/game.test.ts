import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInkFiles, loadScenario } from '../../src/cli/scenarios.ts';
import { explore } from '../../src/session/explore.ts';
import { Session } from '../../src/session/session.ts';
import {
  axeViolations,
  continueToChoices,
  playByKeyboard,
  screenOf,
  screenshot,
  SCREENSHOTS,
  useBrowser,
  waitForScreen,
  type TrackedPage,
} from './harness.ts';

const { open, pages, harness } = useBrowser();

const MODES = [
  ['pursuer', 'As Kara'],
  ['distancer', 'As Jake'],
  ['counselor', 'As the counselor'],
] as const;

async function startMode(page: TrackedPage['page'], label: string) {
  await page.getByRole('button', { name: 'New game' }).click();
  await waitForScreen(page, 'select');
  await page
    .getByRole('group', { name: 'Play Kara and Jake' })
    .getByRole('button', { name: new RegExp(`^${label}`) })
    .click();
  await waitForScreen(page, 'play');
}

describe('the game in Chromium', () => {
  it('runs on the WebGL renderer and shows the title with its content note', async () => {
    const { page } = await open();
    expect(
      await page.evaluate(
        () => (window as unknown as { danceOfDistance: { renderer: string } }).danceOfDistance.renderer,
      ),
    ).toBe('webgl');
    expect(await page.locator('h1').innerText()).toBe('Dance of Distance');
    expect(await page.locator('.content-note').innerText()).toMatch(/A practice tool, not therapy/);
    expect(await page.locator('.content-note').innerText()).toMatch(/local emergency number/);
    await screenshot(page, '01-title');
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each(MODES)('plays Kara and Jake %s mode to an ending by keyboard alone', async (mode, label) => {
    const { page } = await open({ query: '?seed=11' });
    await page.keyboard.press('Tab');
    await startMode(page, label);
    await continueToChoices(page);
    await screenshot(page, `03-play-${mode}-start`);
    if (mode === 'pursuer') expect(await axeViolations(page)).toEqual([]);
    // Alternate the first and last options so each mode walks a real path.
    const pick = (count: number, turn: number) => (turn % 3 === 2 ? count : 1);
    let turn = 0;
    while ((await continueToChoices(page)) === 'choices') {
      await page.keyboard.press(String(pick(await page.locator('button.choice').count(), turn)));
      turn += 1;
    }
    // Copying the conversation gives each line once (not its screen-reader copy as well).
    const copied = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.log')!);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const text = selection.toString();
      selection.removeAllRanges();
      return text;
    });
    // The longest spoken line in view: a short last line ("Yes.") would be found inside others.
    const spoken = (await page.locator('.log .line.spoken .typed').allTextContents()).reduce(
      (longest, text) => (text.length > longest.length ? text : longest),
      '',
    );
    expect(spoken.length).toBeGreaterThan(10);
    expect(copied.split(spoken).length - 1).toBe(1);
    // At the end, focus is on the way on, not left on the heading.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('See how it went');
    const choices = turn + (await playByKeyboard(page, (count) => count));
    expect(choices).toBeGreaterThanOrEqual(5);
    expect(await screenOf(page)).toBe('debrief');
    const ending = await page.locator('.ending-card h2').innerText();
    expect(Object.values(loadScenario('kara-and-jake').manifest.endings).map((e) => e.title)).toContain(
      ending,
    );
    await screenshot(page, `05-debrief-${mode}`);
    if (mode === 'counselor')
      expect(await page.locator('.score h2').innerText()).toMatch(/Session score: \d+ \/ 100/);
    if (mode === 'distancer') expect(await axeViolations(page)).toEqual([]);
    if (mode === 'pursuer') {
      // The debrief prints cleanly: no canvas, no buttons, dark-on-light text.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.debrief-actions').isVisible()).toBe(false);
      expect(await page.locator('#game').isVisible()).toBe(false);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).color)).toBe(
        'rgb(0, 0, 0)',
      );
      expect(await page.locator('.branches').isVisible()).toBe(false);
      await page.pdf({ path: resolve(SCREENSHOTS, '05-debrief-print.pdf') });
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('moves the meters the way the model says after a harsh versus a soft opening', async () => {
    const { manifest, storyJson } = loadScenario('kara-and-jake');
    const readings: Record<number, { arousal: number; heart: number; state: string }> = {};
    for (const opening of [1, 2]) {
      const { page } = await open({ query: '?seed=3' });
      await startMode(page, 'As Kara');
      await continueToChoices(page);
      await page.keyboard.press(String(opening));
      await continueToChoices(page);
      const meter = page.getByRole('meter', { name: "Jake's arousal" });
      const heart = page.getByRole('meter', { name: "Jake's heart rate" });
      readings[opening] = {
        arousal: Number(await meter.getAttribute('aria-valuenow')),
        heart: Number(await heart.getAttribute('aria-valuenow')),
        state: await page.locator('.partner[data-partner="jake"] .partner-state').innerText(),
      };
      const expected = Session.start({ manifest, storyJson, mode: 'pursuer', seed: 3 });
      expected.choose(opening);
      const jake = expected.snapshot.partners.jake;
      expect(readings[opening].arousal).toBe(Math.round(jake.arousal));
      expect(readings[opening].heart).toBe(Math.round(jake.heartRate));
      // Every move so far is a visible mark on the timeline: Kara's choice and Jake's answer.
      expect(await page.locator('.timeline .turn:visible').count()).toBe(
        expected.steps.filter((s) => s.move).length,
      );
      if (opening === 1) await screenshot(page, '04-play-after-harsh-opening');
    }
    expect(readings[1].arousal).toBeGreaterThan(readings[2].arousal + 10);
    expect(readings[1].heart).toBeGreaterThan(readings[2].heart);
    expect(readings[1].state).not.toBe(readings[2].state);
  });

  it("shows a flooded player's strained choices and a misfire the way the model has them (DESIGN §4a)", async () => {
    // Find, in the model, the first path on which Kara is flooded at a choice point with warm
    // options on offer, under the first seed that also shows a misheard move on the way.
    const scenario = loadScenario('kara-and-jake');
    const files = loadInkFiles('kara-and-jake');
    let found: { seed: number; choices: number[] } | null = null;
    for (let seed = 1; seed <= 12 && !found; seed++) {
      explore({
        ...scenario,
        files,
        mode: 'pursuer',
        seed,
        everyPath: true,
        maxPaths: 400,
        onPath: (session) => {
          if (found) return;
          let misfire = false;
          const taken: number[] = [];
          for (const step of session.steps) {
            if (step.kind === 'choice' && misfire && step.choices!.some((c) => c.strained)) {
              found = { seed, choices: taken };
              return;
            }
            if (step.kind === 'choice') taken.push(step.chosen!);
            if (Object.values(step.snapshot.partners).some((p) => p.reception === 'misread')) misfire = true;
          }
        },
      });
    }
    expect(found, 'a path with a misfire and then a flooded Kara').not.toBeNull();
    const { seed, choices } = found!;
    const expected = Session.start({ ...scenario, mode: 'pursuer', seed });
    choices.forEach((n) => expected.choose(n));
    const offered = expected.choices;
    for (const [width, height, name] of [
      [1280, 720, 'laptop'],
      [390, 844, 'phone'],
    ] as const) {
      const { page } = await open({ width, height, query: `?seed=${seed}` });
      await startMode(page, 'As Kara');
      for (const n of choices) {
        await continueToChoices(page);
        await page.keyboard.press(String(n));
      }
      await continueToChoices(page);
      const buttons = page.locator('button.choice');
      expect(await buttons.count()).toBe(offered.length);
      for (let i = 0; i < offered.length; i++) {
        const strained = (await buttons.nth(i).getAttribute('class'))!.includes('strained');
        expect(strained, offered[i].text).toBe(Boolean(offered[i].strained));
        if (offered[i].strained)
          expect(await buttons.nth(i).getAttribute('aria-describedby')).toBe('flooded-note');
      }
      const note = page.locator('.flooded-note');
      expect(await note.innerText()).toContain(
        `${Math.round(expected.snapshot.partners.kara.heartRate)} beats`,
      );
      await page.locator('.flooded-note').scrollIntoViewIfNeeded();
      await screenshot(page, `07-play-flooded-${name}`);
      // The misfire is marked on the timeline.
      expect(await page.locator('.timeline .turn.misread').count()).toBeGreaterThan(0);
      // Her crossing the flooding line is said in the conversation, for every player.
      expect(
        await page.locator('.log .line.body-change', { hasText: 'Kara is flooded' }).count(),
      ).toBeGreaterThan(0);
    }
    expect(offered.some((c) => c.move === 'take_break')).toBe(true);
  });

  it('lays out on a 390×844 phone and at 200% zoom without sideways scrolling, and plays', async () => {
    for (const [name, width, height] of [
      ['phone', 390, 844],
      ['zoom-200', 683, 450],
    ] as const) {
      const { page } = await open({ width, height });
      await startMode(page, 'As Jake');
      await continueToChoices(page);
      await screenshot(page, `06-play-${name}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
      await page.keyboard.press('1');
      await continueToChoices(page);
      expect(await page.locator('.log .line').count()).toBeGreaterThan(2);
    }
  });

  it('keeps the conversation, Continue and the choices in view without scrolling, from a 390×844 phone to 1920×1080; a click on the conversation reads on', async () => {
    for (const [name, width, height] of [
      ['laptop', 1280, 720],
      ['laptop-768', 1366, 768],
      ['full-hd', 1920, 1080],
      ['phone', 390, 844],
    ] as const) {
      const { page } = await open({ width, height, query: '?seed=5' });
      await startMode(page, 'As Kara');
      // The opening narration: Continue is on screen, and a click on the conversation reads on.
      const continueBox = await page.locator('button.continue:visible').boundingBox();
      expect(continueBox, name).not.toBeNull();
      expect(continueBox!.y + continueBox!.height, name).toBeLessThanOrEqual(height);
      const lines = await page.locator('.log .line').count();
      await page.locator('.log').click();
      await expect.poll(() => page.locator('.log .line').count()).toBeGreaterThan(lines);
      // Three turns in: a long log, and (seed 5, choices 1, 2, 1) four choices under a flooded note.
      for (const n of [1, 2, 1]) {
        await continueToChoices(page);
        await page.keyboard.press(String(n));
      }
      await continueToChoices(page);
      await screenshot(page, `06-play-in-view-${name}`);
      const layout = await page.evaluate(`(() => {
        const bottom = (el) => el.getBoundingClientRect().bottom;
        const log = document.querySelector('.log');
        return {
          pageScroll: document.documentElement.scrollHeight - innerHeight,
          height: innerHeight,
          choices: [...document.querySelectorAll('button.choice')].map(bottom),
          logTop: log.getBoundingClientRect().top,
          logBottom: bottom(log),
          logScrolledToEnd: log.scrollHeight - log.scrollTop - log.clientHeight < 2,
        };
      })()`);
      const {
        pageScroll,
        height: h,
        choices,
        logTop,
        logBottom,
        logScrolledToEnd,
      } = layout as {
        pageScroll: number;
        height: number;
        choices: number[];
        logTop: number;
        logBottom: number;
        logScrolledToEnd: boolean;
      };
      expect(pageScroll, name).toBeLessThanOrEqual(0);
      expect(choices.length, name).toBeGreaterThan(1);
      for (const b of choices) expect(b, name).toBeLessThanOrEqual(h);
      // At least three lines of the conversation show, ending with the latest.
      expect(logBottom - logTop, name).toBeGreaterThanOrEqual(60);
      expect(logBottom, name).toBeLessThanOrEqual(h);
      expect(logScrolledToEnd, name).toBe(true);
      // One game at a time: four animating canvases at once would slow each other.
      await page.context().close();
    }
  });

  it('lays out on 1920×1080', async () => {
    const { page } = await open({ width: 1920, height: 1080 });
    await startMode(page, 'As the counselor');
    await continueToChoices(page);
    await screenshot(page, '07-play-1920');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
  });

  it('types lines out at the chosen speed, and Enter shows the whole line at once', async () => {
    const { page } = await open({ textSpeed: 'slow' });
    await startMode(page, 'As Kara');
    const typed = page.locator('.log .line .typed').first();
    const full = await page.locator('.log .line .sr-only').first().innerText();
    expect((await typed.innerText()).length).toBeLessThan(full.length);
    await page.keyboard.press('Enter');
    expect(await typed.innerText()).toBe(full);
  });

  it('respects reduced motion: lines appear whole, with no typing', async () => {
    const { page } = await open({ reducedMotion: true, textSpeed: 'slow' });
    await startMode(page, 'As Kara');
    expect(await page.evaluate(() => document.documentElement.classList.contains('reduce-motion'))).toBe(
      true,
    );
    const line = page.locator('.log .line .typed').first();
    const full = await page.locator('.log .line .sr-only').first().innerText();
    expect(await line.innerText()).toBe(full);
  });

  it('pauses with Esc, keeps settings across a reload, and resumes a run from the title', async () => {
    const { page } = await open({ query: '?seed=5' });
    await startMode(page, 'As Kara');
    await continueToChoices(page);
    await page.keyboard.press('2');
    await continueToChoices(page);
    // The last line that is not a coaching note (coaching is turned off below).
    const before = await page.locator('.log .line:not(.coach)').last().innerText();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').locator('h2').innerText()).toBe('Paused');
    await screenshot(page, '08-pause');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Text size').selectOption('150');
    await page.getByLabel('Coaching notes').uncheck();
    await screenshot(page, '09-settings');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await page.getByRole('dialog').locator('h2').innerText()).toBe('Paused');
    await page.getByRole('button', { name: 'How to play' }).click();
    await screenshot(page, '10-help');
    // Opened from Pause, Help closes back to Pause; Esc there resumes.
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await page.getByRole('dialog').locator('h2').innerText()).toBe('Paused');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    // Opened from the play bar, Help closes back to the conversation, not to Pause.
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.reload();
    await waitForScreen(page, 'title');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
    await page.getByRole('button', { name: /^Continue: Kara and Jake, As Kara/ }).click();
    await waitForScreen(page, 'play');
    await continueToChoices(page);
    expect(await page.locator('.log .line').last().innerText()).toBe(before);
    expect(await page.locator('.log .line.coach').count()).toBe(0);
  });

  it('had no console errors and made no request off its origin', () => {
    expect(pages.length).toBeGreaterThan(5);
    const origin = new URL(harness().server.url).origin;
    for (const { errors, requests } of pages) {
      expect(errors).toEqual([]);
      const offOrigin = requests.filter(
        (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
      );
      expect(offOrigin).toEqual([]);
    }
  });
});
