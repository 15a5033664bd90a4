// Two tabs of one browser on one run (issue 13, item 3): My runs in one tab follows what the other
// saves, without a reload; a tab whose save would overwrite the other's newer save of the same run
// says so and keeps both, its own play as a branch of the run.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { continueToChoices, screenshot, useBrowser, waitForScreen } from './harness.ts';
import { storedRows } from './stored.ts';

const { open, harness } = useBrowser();

/** Choices of each stored run, by id, as their summaries list them. */
async function storedChoices(page: Page): Promise<Record<string, number[]>> {
  const rows = await storedRows(page);
  return Object.fromEntries(
    Object.entries(rows)
      .filter(([key]) => key.startsWith('summaries/'))
      .map(([key, row]) => [
        key.slice('summaries/'.length),
        (JSON.parse(row) as { choices: number[] }).choices,
      ]),
  );
}

async function choose(page: Page, choice: number): Promise<void> {
  await continueToChoices(page);
  await page.keyboard.press(String(choice));
  await continueToChoices(page);
}

describe('two tabs', () => {
  it('refresh My runs for each other, and keep both plays when one would overwrite the other', async () => {
    const { page: a, errors } = await open({ query: '?seed=3' });
    // The second tab: another page of the same browser (the same storage).
    const b = await a.context().newPage();
    b.on('pageerror', (error) => errors.push(`pageerror (tab B): ${error.message}`));
    await b.goto(`${harness().server.url}?seed=3`);
    await waitForScreen(b, 'title');

    // Tab A starts a run; tab B's My runs shows it, and follows its next save without a reload.
    await a.getByRole('button', { name: 'New game' }).click();
    await a.getByRole('button', { name: /^As Kara/ }).click();
    await waitForScreen(a, 'play');
    await choose(a, 1);
    await b.getByRole('button', { name: 'My runs' }).click();
    await waitForScreen(b, 'runs');
    await b.locator('.run-card', { hasText: '· 1 choice ·' }).waitFor();
    const [runId] = Object.keys(await storedChoices(a));
    await choose(a, 1);
    await b.locator('.run-card', { hasText: '· 2 choices ·' }).waitFor({ timeout: 10_000 });
    expect(await b.locator('.run-card').count()).toBe(1);

    // Tab B resumes the run (and so saves it); tab A plays on three more choices: its saves carry
    // tab B's further and lose nothing of it, so they are saved as usual.
    const revision = async () =>
      (JSON.parse((await storedRows(a))[`summaries/${runId}`]) as { revision: number }).revision;
    const beforeResume = await revision();
    await b.getByRole('button', { name: 'Resume' }).click();
    await waitForScreen(b, 'play');
    // Tab B's save on resuming lands before tab A plays on (else tab B's save, the older, would
    // rightly become a branch: the race is the test's, not the store's).
    await expect.poll(revision).toBeGreaterThan(beforeResume);
    for (let i = 0; i < 3; i++) await choose(a, 1);
    await expect.poll(async () => (await storedChoices(a))[runId]?.length).toBe(5);
    expect(Object.keys(await storedChoices(a))).toEqual([runId]);
    expect(await a.locator('#notice').isHidden()).toBe(true);

    // Tab B's next save would overwrite those five choices with its three: it says so, keeps both.
    await choose(b, 2);
    await b.locator('#notice p', { hasText: 'This run was saved in another tab' }).waitFor();
    await screenshot(b, '42-saved-in-another-tab');
    await expect.poll(async () => Object.keys(await storedChoices(a)).length).toBe(2);
    const stored = await storedChoices(a);
    expect(stored[runId]).toEqual([1, 1, 1, 1, 1]);
    const branchId = Object.keys(stored).find((id) => id !== runId)!;
    expect(stored[branchId]).toEqual([1, 1, 2]);
    const branch = JSON.parse((await storedRows(a))[`summaries/${branchId}`]);
    expect(branch).toMatchObject({ parentId: runId, branchedAt: 2 });

    // Tab B plays on as the branch: its saves go there, and tab A's run is left as tab A saved it.
    await choose(b, 1);
    await expect.poll(async () => (await storedChoices(a))[branchId]?.length).toBe(4);
    expect((await storedChoices(a))[runId]).toEqual([1, 1, 1, 1, 1]);

    // Tab A's My runs lists both, the branch linked to the run it came from.
    await a.keyboard.press('Escape');
    await a.getByRole('button', { name: 'Save and quit to title' }).click();
    await waitForScreen(a, 'title');
    await a.getByRole('button', { name: 'My runs' }).click();
    await waitForScreen(a, 'runs');
    await expect.poll(() => a.locator('.run-card').count()).toBe(2);
    expect(await a.locator('.run-card', { hasText: 'Branched at choice 3' }).count()).toBe(1);
    await screenshot(a, '43-both-plays-kept');
    expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });
});
