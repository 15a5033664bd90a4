// The scenario select screen with every scenario in stories/: cards that say who pursues, what each
// teaches and its content notes, filters by mode and topic, sorting, and stories and portraits
// fetched per scenario when it is played, not at boot.
import { describe, expect, it } from 'vitest';
import { loadManifest, scenarioIds } from '../../src/cli/scenarios.ts';
import { TOPICS } from '../../src/story/manifest.ts';
import { axeViolations, continueToChoices, screenshot, useBrowser, waitForScreen } from './harness.ts';

const { open } = useBrowser();
const manifests = scenarioIds().map((id) => loadManifest(id));

/** Requests for a scenario's story chunk, or for the portraits of some person. */
const storyChunk = (id: string) => new RegExp(`/assets/${id}-[\\w-]+\\.js$`);
const portraitOf = (portrait: string) => new RegExp(`/assets/${portrait}-[a-z]+-[\\w-]+\\.svg$`);

describe('the scenario select screen', () => {
  it.each([
    [1280, 800],
    [390, 844],
  ])('shows every scenario as a card at %d×%d, and passes axe', async (width, height) => {
    const { page, errors } = await open({ width, height });
    await page.getByRole('button', { name: 'New game' }).click();
    await waitForScreen(page, 'select');
    const cards = page.locator('.scenario-card');
    expect(await cards.count()).toBe(manifests.length);
    for (const manifest of manifests) {
      const card = page.locator('.scenario-card', { has: page.locator(`#card-${manifest.id}`) });
      const pursuer = manifest.partners.find((p) => p.role === 'pursuer')!;
      const text = await card.innerText();
      expect(text).toContain(`${pursuer.name} pursues`);
      expect(text).toContain(manifest.teaches);
      expect(text).toContain(`Content: ${manifest.contentNotes.join(', ')}`);
      for (const topic of manifest.topics) expect(text).toContain(TOPICS[topic]);
      expect(await card.getByRole('button').count()).toBe(manifest.modes.length);
    }
    // The first card's modes are reachable without scrolling sideways, and the grid fits the width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await screenshot(page, `select-${width}`);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('filters by the mode to play and by what a scenario teaches, sorts, and says how many it shows', async () => {
    const { page } = await open({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'New game' }).click();
    await waitForScreen(page, 'select');
    await page.getByLabel('Play as', { exact: true }).selectOption('counselor');
    const withCounselor = manifests.filter((m) => m.modes.some((mode) => mode.id === 'counselor'));
    expect(await page.locator('.scenario-card').count()).toBe(withCounselor.length);
    // Each card then offers only the counselor's seat.
    const buttons = await page
      .locator('.scenario-card button.mode')
      .evaluateAll((all) => all.map((b) => (b as HTMLElement).dataset.mode));
    expect(new Set(buttons)).toEqual(new Set(['counselor']));
    expect(buttons).toHaveLength(withCounselor.length);

    await page.getByLabel('Play as', { exact: true }).selectOption('any');
    const topic = manifests[0].topics[0];
    await page.getByLabel('What it teaches', { exact: true }).selectOption(topic);
    const teaching = manifests.filter((m) => m.topics.includes(topic)).map((m) => m.title);
    const shown = await page.locator('.scenario-card h2').allInnerTexts();
    expect(shown.sort()).toEqual(teaching.sort());
    expect(await page.locator('.select-count').innerText()).toBe(
      teaching.length === manifests.length
        ? `${manifests.length} scenarios`
        : `Showing ${teaching.length} of ${manifests.length} scenarios`,
    );

    await page.getByLabel('What it teaches', { exact: true }).selectOption('any');
    await page.getByLabel('Sort', { exact: true }).selectOption('title');
    const sorted = await page.locator('.scenario-card h2').allInnerTexts();
    expect(sorted).toEqual(manifests.map((m) => m.title).sort((a, b) => a.localeCompare(b)));
    // The filter is kept when the player comes back to the screen.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await waitForScreen(page, 'title');
    await page.getByRole('button', { name: 'New game' }).click();
    await waitForScreen(page, 'select');
    expect(await page.getByLabel('Sort', { exact: true }).inputValue()).toBe('title');
  });

  it('fetches a story and its portraits only when that scenario is played', async () => {
    const { page, requests } = await open({ width: 1280, height: 800 });
    const played = manifests[manifests.length - 1];
    for (const manifest of manifests)
      expect(requests.filter((r) => storyChunk(manifest.id).test(r))).toEqual([]);
    await page.getByRole('button', { name: 'New game' }).click();
    await waitForScreen(page, 'select');
    // By keyboard: the scenario's first mode button, then Enter.
    await page
      .getByRole('group', { name: `Play ${played.title}` })
      .getByRole('button')
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await waitForScreen(page, 'play');
    await continueToChoices(page);
    for (const manifest of manifests) {
      const fetched = requests.filter((r) => storyChunk(manifest.id).test(r));
      expect(fetched.length, manifest.id).toBe(manifest.id === played.id ? 1 : 0);
    }
    // The canvas loads the faces of this scenario's two people (the cards show only two faces each).
    for (const partner of played.partners) {
      const faces = new Set(requests.filter((r) => portraitOf(partner.portrait).test(r)));
      expect(faces.size, partner.portrait).toBeGreaterThanOrEqual(4);
    }
    for (const other of manifests.filter((m) => m.id !== played.id)) {
      for (const partner of other.partners) {
        const faces = new Set(requests.filter((r) => portraitOf(partner.portrait).test(r)));
        expect(faces.size, partner.portrait).toBeLessThanOrEqual(1);
      }
    }
  });
});
