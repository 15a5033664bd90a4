// The hostile corpus through the browser's import (My runs → Import runs…): each crafted file is
// refused with the reason the command line gives for it (test/cli/hostile.test.ts), in a notice
// of one short line, and the runs already stored are byte for byte as they were after each; the
// files that are ours in another encoding are imported. The corpus is in test/hostile.ts.
import { describe, expect, it } from 'vitest';
import { hostileFiles } from '../hostile.ts';
import { screenshot, useBrowser, waitForScreen } from './harness.ts';
import { myRunsWithExistingRun, storedRows } from './stored.ts';

const { open } = useBrowser();

describe('the hostile corpus through the browser import', () => {
  it('refuses every crafted file with its reason and leaves the stored runs intact', async () => {
    const tracked = await open();
    const { page } = tracked;
    const before = await myRunsWithExistingRun(page);
    expect(Object.keys(before)).toEqual(['runs/existing-run', 'summaries/existing-run']);

    const accepted: string[] = [];
    for (const file of hostileFiles()) {
      await page.locator('#import-file').setInputFiles({
        name: file.file,
        mimeType: 'application/json',
        buffer: file.content,
      });
      const notice = page.locator('#notice p');
      await notice.waitFor();
      const told = await notice.innerText();
      if (file.refused) {
        expect(told, file.file).toMatch(new RegExp(`^Not imported: ${file.refused}\\.$`));
        expect(told.length, file.file).toBeLessThan(220);
        expect(await page.locator('#notice').getAttribute('role')).toBe('alert');
      } else {
        expect(told, file.file).toBe('Imported 1 run.');
        accepted.push(file.accepted!);
      }
      await page.getByRole('button', { name: 'Dismiss' }).click();
      // The runs stored before are untouched; only what was accepted was added.
      const now = await storedRows(page);
      const added = Object.keys(now).filter((key) => !(key in before));
      expect(added.sort(), file.file).toEqual(
        accepted.flatMap((id) => [`runs/${id}`, `summaries/${id}`]).sort(),
      );
      for (const [key, row] of Object.entries(before)) expect(now[key], `${file.file}: ${key}`).toBe(row);
      expect(await page.locator('.run-card').count()).toBe(1 + accepted.length);
    }
    expect(accepted.sort()).toEqual(['hostile-bom', 'hostile-utf16']);
    await screenshot(page, '40-hostile-imports');

    // The run that was there all along still opens where it stopped.
    await page
      .locator('.run-card', { has: page.locator('input#pick-existing-run') })
      .getByRole('button', { name: 'Resume' })
      .click();
    await waitForScreen(page, 'play');
    expect(tracked.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });
});
