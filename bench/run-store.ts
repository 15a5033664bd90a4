// Storage figures (not tests), in Chromium: the built game with 1,000 saved runs in IndexedDB.
// - list: the store reading and validating the 1,000 run summaries My runs shows, against a
//   baseline read in the same page: the same 1,000 rows through bare IndexedDB, no validation;
// - My runs: from the click to 1,000 run cards on screen, a frame painted;
// - open: from Open on a run to its debrief (the one place a run is replayed);
// - moving: the first start after an update, moving runs saved in localStorage into IndexedDB
//   (they move whole; a worker compacts them afterwards).
// Each is sampled several times (BENCH_RUNS, default 7): min / median / max.
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { loadScenario } from '../src/cli/scenarios.ts';
import {
  COMPACT_FORMAT,
  COMPACT_VERSION,
  compactHead,
  compactRun,
  isReplayed,
  summaryOf,
  type CompactRun,
  type RunSummary,
} from '../src/session/compact.ts';
import { hashString } from '../src/session/hash.ts';
import { runFromSession, type RunRecord } from '../src/session/run.ts';
import { Session } from '../src/session/session.ts';
import { DB_NAME, LEGACY_PREFIX } from '../src/game/run-store.ts';
import { launch } from '../test/e2e/browser.ts';
import { serveStatic } from '../test/e2e/server.ts';

const RUNS = 1_000;
const DISTINCT = 60;
const LEGACY = 40;
const SAMPLES = Number(process.env.BENCH_RUNS ?? 7);
const OUT = resolve('.bench/store');

// ---- 1,000 realistic runs, made in Node by the session code -----------------------------------
const scenario = loadScenario('kara-and-jake');
let seed = 11;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const YEAR_START = Date.parse('2026-01-01T08:00:00.000Z');

/** Distinct playthroughs: every mode, random choices, a quarter left unfinished. */
const distinct: RunRecord[] = [];
for (let i = 0; i < DISTINCT; i++) {
  const mode = scenario.manifest.modes[i % scenario.manifest.modes.length].id;
  const session = Session.start({ ...scenario, mode, seed: 1 + Math.floor(random() * 1e6) });
  const stopAt = random() < 0.25 ? 1 + Math.floor(random() * 4) : Infinity;
  for (let k = 0; !session.ended && k < stopAt; k++) {
    session.choose(1 + Math.floor(random() * session.choices.length));
  }
  const at = new Date(YEAR_START).toISOString();
  distinct.push(
    JSON.parse(JSON.stringify(runFromSession(session, { id: `distinct-${i}`, createdAt: at, now: at }))),
  );
}
const compacted = distinct.map((record) => compactRun(record, scenario));
if (!compacted.every(isReplayed)) throw new Error('a generated run did not compact');

/** A year of practice: the distinct runs again under their own ids and dates, a fifth branched. */
const rows: { compact: CompactRun; summary: RunSummary }[] = [];
for (let i = 0; i < RUNS; i++) {
  const base = distinct[i % DISTINCT];
  const created = new Date(YEAR_START + i * 8.76 * 3600_000).toISOString();
  const branched = i % 5 === 4;
  const record: RunRecord = {
    ...base,
    id: `run-${String(i).padStart(4, '0')}`,
    parentId: branched ? `run-${String(i - 1).padStart(4, '0')}` : null,
    branchedAt: branched ? 0 : null,
    createdAt: created,
    updatedAt: new Date(Date.parse(created) + 15 * 60_000).toISOString(),
  };
  const compact: CompactRun = {
    format: COMPACT_FORMAT,
    version: COMPACT_VERSION,
    head: compactHead({ format: COMPACT_FORMAT, version: COMPACT_VERSION, whole: record }),
    digest: hashString(JSON.stringify(record)),
  };
  rows.push({ compact, summary: summaryOf(record, true) });
}
const fullChars = distinct.reduce((n, r) => n + JSON.stringify(r).length, 0) / DISTINCT;
const compactChars = rows.reduce((n, r) => n + JSON.stringify(r.compact).length, 0) / RUNS;
const summaryChars = rows.reduce((n, r) => n + JSON.stringify(r.summary).length, 0) / RUNS;

// ---- the built game in Chromium --------------------------------------------------------------
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
await build({ logLevel: 'silent', base: './', build: { outDir: OUT, emptyOutDir: true } });
const server = await serveStatic(OUT);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
await context.addInitScript(() => {
  if (!localStorage.getItem('dance-of-distance.settings.v1'))
    localStorage.setItem('dance-of-distance.settings.v1', JSON.stringify({ textSpeed: 'instant' }));
});
const page = await context.newPage();
const errors: string[] = [];
page.on('pageerror', (error) => errors.push(error.message));

const screenIs = (wanted: string) =>
  page.waitForFunction(
    (w) => (window as unknown as { danceOfDistance?: { screen: string } }).danceOfDistance?.screen === w,
    wanted,
    { timeout: 120_000 },
  );

async function start(): Promise<void> {
  await page.goto(server.url);
  await screenIs('title');
}

/** The game's own measure of its last read of the runs (at start: open, move, list, validate). */
const listMeasure = () =>
  page.evaluate(() => {
    const entries = performance.getEntriesByName('dance-of-distance:list-runs');
    return entries[entries.length - 1]?.duration ?? NaN;
  });

// Fill the game's database (the game made it on its first start) with the 1,000 runs.
await start();
await page.evaluate(
  async ({ name, rows, story }) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const tx = db.transaction(['runs', 'summaries', 'stories'], 'readwrite');
    for (const { compact, summary } of rows) {
      tx.objectStore('runs').put(compact, summary.id);
      tx.objectStore('summaries').put(summary, summary.id);
    }
    tx.objectStore('stories').put(story, story.version);
    await new Promise((done, fail) => {
      tx.oncomplete = done;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  },
  {
    name: DB_NAME,
    rows,
    story: { version: distinct[0].storyVersion, manifest: scenario.manifest, storyJson: scenario.storyJson },
  },
);

/** Bare IndexedDB: the same 1,000 summary rows read back, nothing else. */
const baselineRead = (p: Page) =>
  p.evaluate(async (name) => {
    const started = performance.now();
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const values = await new Promise<unknown[]>((done, fail) => {
      const request = db.transaction('summaries').objectStore('summaries').getAll();
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const ms = performance.now() - started;
    db.close();
    return { ms, count: values.length };
  }, DB_NAME);

/** From the click on My runs to every run card on screen and a frame painted. */
const openMyRuns = (p: Page) =>
  p.evaluate(async (count) => {
    const started = performance.now();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'My runs')!.click();
    // (Loops, not named helpers: this code runs in the page as it is written.)
    while (document.querySelectorAll('.run-card').length < count)
      await new Promise((done) => requestAnimationFrame(done));
    await new Promise((done) => requestAnimationFrame(done));
    return performance.now() - started;
  }, RUNS);

/** From Open on the newest finished run to its debrief: the run is replayed from its choices. */
const openOneRun = (p: Page) =>
  p.evaluate(async () => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('.run-card button.primary')].find(
      (b) => b.textContent === 'Open',
    )!;
    const started = performance.now();
    button.click();
    while (
      (window as unknown as { danceOfDistance: { screen: string } }).danceOfDistance.screen !== 'debrief'
    )
      await new Promise((done) => requestAnimationFrame(done));
    return performance.now() - started;
  });

const samples = {
  baseline: [] as number[],
  list: [] as number[],
  myRuns: [] as number[],
  open: [] as number[],
};
for (let s = 0; s < SAMPLES; s++) {
  await start();
  await page.waitForTimeout(1_000); // past the start-up work
  const base = await baselineRead(page);
  if (base.count !== RUNS) throw new Error(`expected ${RUNS} rows, read ${base.count}`);
  samples.baseline.push(base.ms);
  const before = await page.evaluate(
    () => performance.getEntriesByName('dance-of-distance:list-runs').length,
  );
  samples.myRuns.push(await openMyRuns(page));
  // Opening My runs shows the runs as last read, and reads them again: that read is the list.
  await page.waitForFunction(
    (n) => performance.getEntriesByName('dance-of-distance:list-runs').length > n,
    before,
  );
  samples.list.push(await listMeasure());
  samples.open.push(await openOneRun(page));
}

// The first start after the update: runs saved in localStorage by the earlier version move in.
const moving: number[] = [];
const legacy = distinct.slice(0, LEGACY);
for (let s = 0; s < Math.min(SAMPLES, 3); s++) {
  await page.evaluate(
    async ({ name, prefix, runs }) => {
      await new Promise((done) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = request.onerror = request.onblocked = done;
      });
      for (const run of runs) localStorage.setItem(prefix + run.id, JSON.stringify(run));
    },
    { name: DB_NAME, prefix: LEGACY_PREFIX, runs: legacy },
  );
  await start();
  moving.push(await listMeasure());
  const left = await page.evaluate(
    (prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length,
    LEGACY_PREFIX,
  );
  if (left !== 0) throw new Error(`${left} runs were not moved out of localStorage`);
}
await browser.close();
await server.close();
if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const stats = (xs: number[]) => {
  const s = sorted(xs);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};
const line = (label: string, xs: number[]) => {
  const { min, median, max } = stats(xs);
  console.log(
    `${label.padEnd(58)} min ${min.toFixed(1).padStart(7)}  median ${median.toFixed(1).padStart(7)}  max ${max.toFixed(1).padStart(7)} ms`,
  );
};
console.log(
  `${RUNS} runs in IndexedDB (${DISTINCT} distinct Kara and Jake playthroughs, every mode): ` +
    `full record ${(fullChars / 1024).toFixed(1)} K chars, stored compactly ${(compactChars / 1024).toFixed(2)} K + summary ${(summaryChars / 1024).toFixed(2)} K`,
);
console.log(`Chromium, ${SAMPLES} samples each:`);
line('baseline: bare IndexedDB getAll of the 1,000 summary rows', samples.baseline);
line('list: the store reads and validates the 1,000 summaries', samples.list);
line('My runs: click to 1,000 run cards painted', samples.myRuns);
line('open one run (replayed from its choices) to its debrief', samples.open);
line(`first start: ${LEGACY} runs moved from localStorage, then listed`, moving);
const total = stats(samples.list).median + stats(samples.myRuns).median;
console.log(
  `My runs with 1,000 runs: list + show = ${total.toFixed(0)} ms median (target: under 1,000 ms); ` +
    `list / bare read = ${(stats(samples.list).median / stats(samples.baseline).median).toFixed(1)}×`,
);
