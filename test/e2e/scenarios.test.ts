// One mode of every scenario besides Kara and Jake (whose three modes game.test.ts plays), played to
// an ending by keyboard alone in the real build: the modes taken in turn, so the scenarios between
// them play as each partner and as the counselor.
import { describe, expect, it } from 'vitest';
import { loadManifest, scenarioIds } from '../../src/cli/scenarios.ts';
import { continueToChoices, playByKeyboard, screenshot, useBrowser, waitForScreen } from './harness.ts';

const { open } = useBrowser();
const played = scenarioIds()
  .filter((id) => id !== 'kara-and-jake')
  .map((id, i) => {
    const manifest = loadManifest(id);
    return { manifest, mode: manifest.modes[i % manifest.modes.length] };
  });

describe.runIf(played.length > 0)('every comment scenario in Chromium', () => {
  it.each(played.map((p) => [p.manifest.id, p.mode.label, p]))(
    'plays %s %s to an ending by keyboard alone',
    async (_id, _label, { manifest, mode }) => {
      const { page, errors } = await open({ width: 1280, height: 720, query: '?seed=5' });
      await page.getByRole('button', { name: 'New game' }).click();
      await waitForScreen(page, 'select');
      await page
        .getByRole('group', { name: `Play ${manifest.title}` })
        .getByRole('button', { name: new RegExp(`^${mode.label}`) })
        .focus();
      await page.keyboard.press('Enter');
      await waitForScreen(page, 'play');
      expect(await page.locator('.play-bar h1').innerText()).toContain(manifest.title);
      await continueToChoices(page);
      await screenshot(page, `scenario-${manifest.id}-${mode.id}`);
      // The second option where there is one, then the first: a path past the opening's default.
      const turns = await playByKeyboard(page, (count, turn) => (turn % 2 === 0 && count > 1 ? 2 : 1));
      expect(turns).toBeGreaterThanOrEqual(6);
      const ending = await page.locator('.ending-card h2').innerText();
      expect(Object.values(manifest.endings).map((e) => e.title)).toContain(ending.trim());
      expect(errors).toEqual([]);
    },
  );
});
