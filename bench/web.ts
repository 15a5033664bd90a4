// Web figures (not tests), the game against a bare Phaser + inkjs page built and loaded in the
// same run, in headless Chromium at 1366×900:
//
// 1. Download: gzip bytes of every file the page fetched up to its mark (below), each file
//    gzipped from the build; the goal is game ≤ 1.15 × bare.
// 2. Load: navigation start to the first choice on screen in the game, against navigation start
//    to the bare page's first rendered frame; the goal is game ≤ 1.2 × bare. Timed in the page
//    (bench/web-instrument.ts); the game's opening lines are clicked through in the page with no
//    reading time, so the figure is the game's own work.
// 3. Frames: the interval between rendered frames (frames in which the canvas was drawn; the
//    browser frames the game's 30 fps cap skips are not samples) over a few seconds of the
//    cycle animation, after a harsh first move; the bare page draws moving circles on a
//    full-window WebGL canvas every frame. The goal is a p95 interval ≤ 17 ms where the browser
//    can: its own frame cadence is printed alongside.
// 4. Memory: over BENCH_LOOPS play → title loops (Continue the same saved run and read on to its
//    choices, then Save and quit to title), sampled on the title screen each loop once the quit's
//    save has landed, after a forced garbage collection: live JS heap (Runtime.getHeapUsage;
//    V8's whole heap, compiled code included), and documents, DOM nodes and JS event listeners
//    (Memory.getDOMCounters). The goal is that each stays within 5% of the fifth loop's figure.
//    The same run each loop, so the saved data does not grow.
//
// 1–3: after a warm-up load of each page (discarded), the samples alternate game, bare, game,
// bare…; min / median / max are printed and the ratio is of the medians.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page, Request } from 'playwright-core';
import { build } from 'vite';
import { loadScenario } from '../src/cli/scenarios.ts';
import { launch } from '../test/e2e/browser.ts';
import { serveStatic } from '../test/e2e/server.ts';
import { INSTRUMENT, SETTINGS } from './web-instrument.ts';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 5);
const FRAME_SAMPLES = Number(process.env.BENCH_FRAME_SAMPLES ?? 3);
const FRAME_SECONDS = Number(process.env.BENCH_FRAME_SECONDS ?? 3);
const LOOPS = Number(process.env.BENCH_LOOPS ?? 50);
const VIEWPORT = { width: 1366, height: 900 };
const GAME_QUERY = '?play=kara-and-jake/pursuer&seed=1';

const OUT = resolve('.bench');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(resolve(OUT, 'bare-src'), { recursive: true });

// ---- the bare page -----------------------------------------------------------------------------
// Phaser (WebGL, resized to the window like the game, no frame cap) drawing a ring, four nodes
// and two lights chasing round it every frame, like the game's circle; and inkjs running the same
// compiled story to its first choices, shown as buttons.
writeFileSync(resolve(OUT, 'bare-src/story.json'), loadScenario('kara-and-jake').storyJson);
writeFileSync(
  resolve(OUT, 'bare-src/index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare</title>
<style>html,body{margin:0;min-height:100%}#game{position:fixed;inset:0;z-index:0}#game canvas{display:block}#ui{position:relative;z-index:1;color:#f6efe6;font-family:system-ui,sans-serif}</style>
</head><body><div id="game"></div><div id="ui"></div><script type="module" src="./main.js"></script></body></html>`,
);
writeFileSync(
  resolve(OUT, 'bare-src/main.js'),
  `import * as Phaser from 'phaser';
import { Story } from 'inkjs';
import json from './story.json?raw';

class Circle extends Phaser.Scene {
  create() {
    this.g = this.add.graphics();
    this.orbit = 0;
  }
  update(_time, delta) {
    const { width, height } = this.scale;
    const cx = width / 2;
    const cy = height / 2;
    const r = Math.min(width, height) * 0.25;
    this.orbit += (delta / 1000) * 2;
    const g = this.g.clear();
    g.lineStyle(2, 0x9aa6c4, 0.35).strokeCircle(cx, cy, r);
    g.lineStyle(4, 0xef7f5e, 0.85).strokeCircle(cx, cy, r * 0.7);
    for (let i = 0; i < 4; i++) {
      const a = (i * Math.PI) / 2 - Math.PI / 2;
      g.fillStyle(0x243152, 1).fillCircle(cx + Math.cos(a) * r, cy + Math.sin(a) * r, r * 0.15);
      g.lineStyle(2, 0x9aa6c4, 0.6).strokeCircle(cx + Math.cos(a) * r, cy + Math.sin(a) * r, r * 0.15);
    }
    [0, Math.PI * 0.6].forEach((offset, i) => {
      const a = this.orbit + offset;
      const x = cx + Math.cos(a) * r * 0.7;
      const y = cy + Math.sin(a) * r * 0.7;
      const colour = i ? 0xf5a35c : 0x6fc3f2;
      g.fillStyle(colour, 0.25).fillCircle(x, y, r * 0.14);
      g.fillStyle(colour, 1).fillCircle(x, y, r * 0.08);
    });
  }
}

new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'game',
  backgroundColor: 0x141a2e,
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  scene: Circle,
  banner: false,
  audio: { noAudio: true },
});

const story = new Story(json);
story.allowExternalFunctionFallbacks = true;
story.ChoosePathString('kara_start');
const ui = document.getElementById('ui');
while (story.canContinue) {
  const p = document.createElement('p');
  p.textContent = story.Continue();
  ui.append(p);
}
for (const c of story.currentChoices) {
  const b = document.createElement('button');
  b.className = 'choice';
  b.textContent = c.text;
  ui.append(b);
}
`,
);

const quiet = { logLevel: 'silent' as const };
await build({
  ...quiet,
  configFile: false,
  root: resolve(OUT, 'bare-src'),
  base: './',
  build: { outDir: resolve(OUT, 'bare'), emptyOutDir: true, target: 'es2022' },
});
await build({ ...quiet, base: './', build: { outDir: resolve(OUT, 'game'), emptyOutDir: true } });

// ---- pages -------------------------------------------------------------------------------------
type Side = 'game' | 'bare';
const SIDES: Side[] = ['game', 'bare'];
const ROOTS: Record<Side, string> = { game: resolve(OUT, 'game'), bare: resolve(OUT, 'bare') };
const servers = { game: await serveStatic(ROOTS.game), bare: await serveStatic(ROOTS.bare) };
const URLS: Record<Side, string> = { game: servers.game.url + GAME_QUERY, bare: servers.bare.url };
/** What each side's load is timed to. */
const MARK: Record<Side, string> = { game: 'choiceShown', bare: 'frameShown' };

const browser: Browser = await launch();

async function open(side: Side, instrument = true) {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'no-preference' });
  await context.addInitScript({ content: SETTINGS + (instrument ? INSTRUMENT : '') });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Every request, the workers' included (the resource timing of the document leaves those out).
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(URLS[side]);
  return { context, page, errors, requests };
}

/** Evaluate an expression in the page (a string, so nothing of the runner's is carried in). */
const inPage = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

/** Wait in the page for one of the instrument's marks (a promise there; no polling). */
const untilMark = (page: Page, side: Side) =>
  inPage<number>(
    page,
    `Promise.race([window.__bench.${MARK[side]}, new Promise((_, fail) => setTimeout(() => fail(new Error('no ${MARK[side]} within 60 s')), 60000))])`,
  );

interface LoadSample {
  ms: number;
  firstLine: number | null;
  choiceAttached: number | null;
  advances: number;
  files: string[];
}

async function loadSample(side: Side): Promise<LoadSample> {
  const { context, page, errors, requests } = await open(side);
  const ms = await untilMark(page, side);
  const sample = await inPage<Omit<LoadSample, 'files'>>(
    page,
    `(() => {
      const b = window.__bench;
      return { ms: ${ms}, firstLine: b.firstLineAttached, choiceAttached: b.choiceAttached, advances: b.advances };
    })()`,
  );
  // The files requested up to the mark (the mark is taken; waiting now changes no figure).
  await page.waitForLoadState('networkidle');
  const markAt = (await inPage<number>(page, 'performance.timeOrigin')) + ms;
  const files = requests.filter((r) => r.timing().startTime <= markAt).map((r) => r.url());
  await context.close();
  if (errors.length) throw new Error(`${side}: ${errors.join('; ')}`);
  return { ...sample, files };
}

interface FrameSample {
  /** Intervals between rendered frames, ms. */
  intervals: number[];
  /** Script time of each rendered frame's rAF callbacks, ms. */
  work: number[];
  /** Intervals between all the browser's frames, ms. */
  browser: number[];
  renderer: string;
}

const diffs = (xs: number[]) => xs.slice(1).map((x, i) => x - xs[i]);

async function frameSample(side: Side): Promise<FrameSample> {
  const { context, page, errors } = await open(side);
  await untilMark(page, side);
  if (side === 'game') {
    // The harsh opening: the circle heats and turns faster. The instrument clicks through the
    // lines that follow; then the page waits at the next choice.
    const before = await inPage<string>(page, `document.querySelector('button.choice').textContent`);
    await page.keyboard.press('1');
    await page.waitForFunction(
      `(() => { const c = document.querySelector('button.choice'); return !!c && c.textContent !== ${JSON.stringify(before)}; })()`,
    );
  }
  await page.waitForTimeout(500);
  await inPage(
    page,
    `(() => { const b = window.__bench; b.frames = []; b.ticks = []; b.recording = true; })()`,
  );
  await page.waitForTimeout(FRAME_SECONDS * 1000);
  const { frames, ticks, renderer } = await inPage<{
    frames: [number, number][];
    ticks: number[];
    renderer: string;
  }>(
    page,
    `(() => { const b = window.__bench; b.recording = false;
      const g = window.danceOfDistance;
      return { frames: b.frames, ticks: b.ticks, renderer: g ? g.renderer + ', screen ' + g.screen : 'webgl' }; })()`,
  );
  await context.close();
  if (errors.length) throw new Error(`${side}: ${errors.join('; ')}`);
  return {
    intervals: diffs(frames.map(([time]) => time)),
    work: frames.map(([, work]) => work),
    browser: diffs(ticks),
    renderer,
  };
}

/** `count` samples of each side, alternating game, bare, game, bare… */
async function interleaved<T>(count: number, sample: (side: Side) => Promise<T>): Promise<Record<Side, T[]>> {
  const results: Record<Side, T[]> = { game: [], bare: [] };
  for (let i = 0; i < count; i++) for (const side of SIDES) results[side].push(await sample(side));
  return results;
}

// ---- memory over play → title loops ------------------------------------------------------------
interface MemorySample {
  heap: number;
  documents: number;
  nodes: number;
  listeners: number;
}

async function memorySample(cdp: CDPSession): Promise<MemorySample> {
  // A full collection: V8 collects all it can (several rounds) before it answers.
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, documents, nodes, listeners: jsEventListeners };
}

/** In-page helpers for the loops: wait on the DOM with a MutationObserver, find a button by its
 * text. Each loop step is one evaluate, so the loops cost no round trips per click. */
const DRIVER = String.raw`
  const until = (test, what) => new Promise((done, fail) => {
    const check = () => { const found = test(); if (found) { observer.disconnect(); clearTimeout(timer); done(found); } };
    const observer = new MutationObserver(check);
    const timer = setTimeout(() => { observer.disconnect(); fail(new Error('no ' + what + ' within 30 s')); }, 30000);
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    check();
  });
  const button = (pattern) => () => [...document.querySelectorAll('button')].find((b) => pattern.test(b.textContent) && !b.closest('[hidden]'));
  const frames = (n) => new Promise((done) => { const step = () => (n-- > 0 ? requestAnimationFrame(step) : done()); step(); });
  const toChoices = async () => {
    for (let i = 0; i < 200; i++) {
      const next = await until(() => document.querySelector('button.choice') || document.querySelector('button.continue:not([hidden])'), 'choice or Continue');
      if (next.matches('button.choice')) return;
      next.click();
    }
    throw new Error('no choices after 200 clicks of Continue');
  };
  // Whether the game's run store holds a run saved at or after \`since\` (an ISO time).
  const savedSince = (since) => new Promise((done) => {
    const open = indexedDB.open('dance-of-distance');
    open.onerror = () => done(false);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('summaries')) return db.close(), done(false);
      const all = db.transaction('summaries').objectStore('summaries').getAll();
      all.onsuccess = () => (db.close(), done(all.result.some((s) => s.updatedAt >= since)));
      all.onerror = () => (db.close(), done(false));
    };
  });
  const untilSaved = async (since) => {
    for (let i = 0; i < 600; i++) {
      if (await savedSince(since)) return;
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error('the run was not saved within 30 s');
  };
`;
const driver = (page: Page, steps: string) => inPage(page, `(async () => { ${DRIVER} ${steps} })()`);

async function memoryLoops(): Promise<MemorySample[]> {
  // Without the instrument: nothing of the bench's own grows in the page.
  const { context, page, errors } = await open('game', false);
  const cdp = await context.newCDPSession(page);
  // The run's first save must be done before the first quit: the title is built once, as the
  // saved runs are when it opens, and shows no Continue for a run whose save lands later.
  await driver(page, `await toChoices(); await untilSaved('');`);
  const samples: MemorySample[] = [];
  for (let loop = 0; loop < LOOPS; loop++) {
    // Play → title: Pause, then Save and quit to title. The sample waits for that save to land
    // (a save in flight holds storage listeners and objects), and for a few frames, in which the
    // title's backdrop scene takes over from the play scene.
    await driver(
      page,
      `const since = new Date().toISOString();
       (await until(button(/^Pause/), 'Pause')).click();
       (await until(button(/^Save and quit to title$/), 'Save and quit')).click();
       await until(button(/^Continue: /), 'Continue on the title');
       await untilSaved(since);
       await frames(2);`,
    );
    samples.push(await memorySample(cdp));
    // Title → play: Continue the saved run, and read on to its choices.
    await driver(
      page,
      `(await until(button(/^Continue: /), 'Continue')).click();
       await until(() => window.danceOfDistance.screen === 'play', 'the play screen');
       await toChoices();
       await frames(2);`,
    );
  }
  await context.close();
  if (errors.length) throw new Error(`memory loops: ${errors.join('; ')}`);
  return samples;
}

// ---- run ---------------------------------------------------------------------------------------
const seconds: string[] = [];
const timed = async <T>(label: string, body: () => Promise<T>): Promise<T> => {
  const start = Date.now();
  const result = await body();
  seconds.push(`${label} ${((Date.now() - start) / 1000).toFixed(0)} s`);
  return result;
};
// Warm-up: one load of each page, discarded. Every sample opens a fresh browser context (its own
// cache and storage), so what is warmed is the browser itself: processes, GL, fonts.
await timed('warm-up', async () => {
  for (const side of SIDES) await loadSample(side);
});
const loads = await timed('loads', () => interleaved(SAMPLES, loadSample));
const frames = await timed('frames', () => interleaved(FRAME_SAMPLES, frameSample));
const memory = LOOPS > 0 ? await timed('memory loops', memoryLoops) : [];
const version = browser.version();
await browser.close();
await Promise.all(SIDES.map((side) => servers[side].close()));

// ---- figures -----------------------------------------------------------------------------------
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => {
  const s = sorted(xs);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs: number[], p: number) => sorted(xs)[Math.max(0, Math.ceil(xs.length * p) - 1)];
const spread = (xs: number[], digits = 0) => {
  const s = sorted(xs);
  return `${s[0].toFixed(digits)} / ${median(s).toFixed(digits)} / ${s[s.length - 1].toFixed(digits)}`;
};
const verdict = (met: boolean) => (met ? 'goal met' : 'goal not met');
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

function download(side: Side, urls: string[]) {
  const origin = new URL(servers[side].url).origin;
  const byKind = new Map<string, number>();
  const paths = new Set<string>();
  for (const url of urls) {
    if (!url.startsWith(origin)) continue; // data: and blob: URLs are inside files already counted
    const path = new URL(url).pathname;
    paths.add(path.endsWith('/') ? `${path}index.html` : path);
  }
  let total = 0;
  for (const path of paths) {
    const bytes = gzipSync(readFileSync(resolve(ROOTS[side], `.${path}`))).length;
    const kind = extname(path).slice(1) || 'other';
    byKind.set(kind, (byKind.get(kind) ?? 0) + bytes);
    total += bytes;
  }
  const parts = [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, bytes]) => `${kind} ${kib(bytes)}`);
  return { total, files: paths.size, parts: parts.join(', ') };
}

console.log(
  `Chromium ${version}, ${VIEWPORT.width}×${VIEWPORT.height}; warm-up then ${SAMPLES} load and ${FRAME_SAMPLES} frame samples of each, interleaved; min / median / max`,
);

const bytes = { game: download('game', loads.game[0].files), bare: download('bare', loads.bare[0].files) };
const bytesRatio = bytes.game.total / bytes.bare.total;
console.log('\ndownload, gzip bytes of the files fetched up to the mark (first sample):');
for (const side of SIDES) {
  console.log(`  ${side}  ${kib(bytes[side].total)} in ${bytes[side].files} files (${bytes[side].parts})`);
  const totals = [...new Set(loads[side].map((sample) => download(side, sample.files).total))];
  if (totals.length > 1) console.log(`    (the samples differ: ${totals.map(kib).join(', ')})`);
}
console.log(`  ratio ${bytesRatio.toFixed(2)} (goal ≤ 1.15): ${verdict(bytesRatio <= 1.15)}`);

const ms = { game: loads.game.map((s) => s.ms), bare: loads.bare.map((s) => s.ms) };
const loadRatio = median(ms.game) / median(ms.bare);
const at = (xs: (number | null)[]) => spread(xs.map((x) => x ?? NaN));
console.log('\nload, ms from navigation start, timed in the page:');
console.log(`  game, first choice on screen    ${spread(ms.game)}`);
console.log(
  `    (its first line attached at ${at(loads.game.map((s) => s.firstLine))}, its first choice at ${at(
    loads.game.map((s) => s.choiceAttached),
  )}, after ${loads.game[0].advances} clicks of Continue)`,
);
console.log(`  bare, first rendered frame      ${spread(ms.bare)}`);
console.log(`    (its ink choices attached at ${at(loads.bare.map((s) => s.choiceAttached))})`);
console.log(`  ratio of medians ${loadRatio.toFixed(2)} (goal ≤ 1.2): ${verdict(loadRatio <= 1.2)}`);

console.log(`\nframes, ${FRAME_SECONDS} s a sample; figures of each sample, ms:`);
const row = (label: string, samples: FrameSample[], pick: (s: FrameSample) => number[], digits: number) =>
  console.log(
    `    ${label.padEnd(38)} median ${spread(
      samples.map((s) => median(pick(s))),
      digits,
    )}, p95 ${spread(
      samples.map((s) => percentile(pick(s), 0.95)),
      digits,
    )}`,
  );
for (const side of SIDES) {
  const samples = frames[side];
  console.log(
    `  ${side} (${samples[0].renderer}): ${spread(samples.map((s) => s.intervals.length + 1))} rendered frames a sample`,
  );
  row('interval between rendered frames', samples, (s) => s.intervals, 1);
  row('script time in a rendered frame', samples, (s) => s.work, 2);
  row("interval between the browser's frames", samples, (s) => s.browser, 1);
}
const p95 = (side: Side) => median(frames[side].map((s) => percentile(s.intervals, 0.95)));
console.log(
  `  p95 interval between rendered frames, median of samples: game ${p95('game').toFixed(1)} ms, bare ${p95(
    'bare',
  ).toFixed(1)} ms, ratio ${(p95('game') / p95('bare')).toFixed(2)}`,
);
console.log(
  `  game (goal ≤ 17 ms): ${verdict(p95('game') <= 17)}${
    p95('bare') > 17 ? ` (nor does this browser reach 17 ms on the bare page)` : ''
  }`,
);

if (memory.length) {
  console.log(`\nmemory after GC on the title screen, ${memory.length} play → title loops:`);
  const from = Math.min(4, memory.length - 1);
  const metrics: [keyof MemorySample, string, (n: number) => string][] = [
    ['heap', 'JS heap', (n) => `${(n / 1024 / 1024).toFixed(2)} MiB`],
    ['documents', 'documents', String],
    ['nodes', 'DOM nodes', String],
    ['listeners', 'listeners', String],
  ];
  const marks = [0, 4, 9, 19, 29, 39, memory.length - 1].filter(
    (i, k, all) => i < memory.length && all.indexOf(i) === k,
  );
  for (const [key, label, show] of metrics) {
    const base = memory[from][key];
    const later = memory.slice(from).map((sample) => sample[key]);
    const drift = Math.max(...later.map((x) => Math.abs(x / base - 1)));
    const at = marks.map((i) => `${i + 1}: ${show(memory[i][key])}`).join(', ');
    console.log(`  ${label.padEnd(10)} loop ${at}`);
    console.log(
      `             from loop ${from + 1} on: ${show(Math.min(...later))} to ${show(Math.max(...later))}, at most ${(drift * 100).toFixed(1)}% off loop ${from + 1} (goal ≤ 5%): ${verdict(drift <= 0.05)}`,
    );
  }
}
console.log(`\n(measuring took: ${seconds.join(', ')})`);
