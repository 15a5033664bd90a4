// What the game has stored, read straight from IndexedDB in the page: to check that nothing a test
// did (a hostile import, a broken screen, another tab) changed the runs already saved.
import type { Page } from 'playwright-core';
import { waitForScreen } from './harness.ts';
import type { RunRecord } from '../../src/session/run.ts';
import { baseRun } from '../hostile.ts';

/** Every row of the runs and their summaries, by key, as JSON. */
export function storedRows(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dance-of-distance');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows: Record<string, string> = {};
    for (const store of ['runs', 'summaries']) {
      await new Promise<void>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).openCursor();
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const cursor = request.result;
          if (!cursor) return resolve();
          rows[`${store}/${String(cursor.key)}`] = JSON.stringify(cursor.value);
          cursor.continue();
        };
      });
    }
    db.close();
    return rows;
  });
}

/** A run to keep in My runs while the test does its worst: real, unfinished, two choices in. */
export function existingRun(id = 'existing-run'): RunRecord {
  return { ...baseRun([2, 1]), id };
}

/** Import `run` through My runs' Import (the page must be on My runs), and wait for the news. */
export async function importRun(page: Page, run: RunRecord): Promise<void> {
  await page.locator('#import-file').setInputFiles({
    name: `${run.id}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(run)),
  });
  await page.locator('#notice p', { hasText: 'Imported 1 run.' }).waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).click();
}

/** Open My runs, store the existing run there, and return the rows stored: the state a test
 * then checks is left as it was. */
export async function myRunsWithExistingRun(page: Page): Promise<Record<string, string>> {
  await page.getByRole('button', { name: 'My runs' }).click();
  await waitForScreen(page, 'runs');
  await importRun(page, existingRun());
  return storedRows(page);
}
