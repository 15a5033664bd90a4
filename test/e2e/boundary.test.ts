// A screen that throws stays navigable (issue 13, item 6): My runs is made to throw for real (the
// browser's date formatting breaks, which its run cards use), and the screen says what failed,
// that the runs are saved and untouched, and offers the way back; the stored runs are unchanged.
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshot, useBrowser, waitForScreen } from './harness.ts';
import { myRunsWithExistingRun, storedRows } from './stored.ts';

const { open } = useBrowser();

describe('a screen that throws', () => {
  it('shows what failed and the way back, and leaves the stored runs as they were', async () => {
    const tracked = await open();
    const { page } = tracked;
    const before = await myRunsWithExistingRun(page);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await waitForScreen(page, 'title');

    // Dates on My runs are formatted by Intl.DateTimeFormat: break it, as a buggy browser would.
    await page.evaluate(() => {
      const saved = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!;
      (window as unknown as { restoreFormat: () => void }).restoreFormat = () =>
        Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', saved);
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
        configurable: true,
        get() {
          throw new RangeError(`dates cannot be formatted here ${'and this message goes on '.repeat(40)}`);
        },
      });
    });
    await page.getByRole('button', { name: 'My runs' }).click();
    const broken = page.locator('.broken-screen');
    await broken.waitFor();
    expect(await broken.locator('h1').innerText()).toBe('My runs could not be shown');
    const message = await broken.locator('.broken-message').innerText();
    expect(message).toMatch(/^RangeError: dates cannot be formatted here and this message goes on/);
    expect(message.length).toBeLessThanOrEqual(160);
    expect(await broken.innerText()).toContain('Your runs are saved and untouched');
    expect(await broken.getAttribute('role')).toBe('alert');
    // Focus is on the heading, so a screen reader reads what happened; the way back is a button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('My runs could not be shown');
    expect(await broken.getByRole('button').allInnerTexts()).toEqual(['Back to the title']);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, '41-broken-screen');
    // The page itself did not fail: what threw is logged and shown, not uncaught.
    expect(tracked.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    expect(await storedRows(page)).toEqual(before);

    // The way back works, and so does My runs once the browser is itself again.
    await broken.getByRole('button', { name: 'Back to the title' }).click();
    await waitForScreen(page, 'title');
    expect(await page.locator('.broken-screen').count()).toBe(0);
    await page.evaluate(() => (window as unknown as { restoreFormat: () => void }).restoreFormat());
    await page.getByRole('button', { name: 'My runs' }).click();
    await waitForScreen(page, 'runs');
    await page.locator('.run-card').first().waitFor();
    expect(await page.locator('.run-card').count()).toBe(1);
    expect(await storedRows(page)).toEqual(before);
    await page.getByRole('button', { name: 'Resume' }).click();
    await waitForScreen(page, 'play');
  });
});
