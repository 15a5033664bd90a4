// Web figures (not tests): initial download in gzip bytes and time to the first choice, each
// against a bare Phaser + inkjs page built and loaded in the same run, and the median and
// 95th-percentile frame time over ten seconds of the cycle animation.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { loadScenario } from '../src/cli/scenarios.ts';
import { launch } from '../test/e2e/browser.ts';
import { serveStatic } from '../test/e2e/server.ts';

const OUT = resolve('.bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(resolve(OUT, 'bare-src'), { recursive: true });

// The baseline: Phaser (WebGL) and inkjs, the same compiled story, its first choices as buttons.
writeFileSync(resolve(OUT, 'bare-src/story.json'), loadScenario('kara-and-jake').storyJson);
writeFileSync(
  resolve(OUT, 'bare-src/index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare</title></head><body><div id="game"></div><div id="ui"></div><script type="module" src="./main.js"></script></body></html>`,
);
writeFileSync(
  resolve(OUT, 'bare-src/main.js'),
  `import * as Phaser from 'phaser';
import { Story } from 'inkjs';
import json from './story.json?raw';
new Phaser.Game({ type: Phaser.WEBGL, parent: 'game', width: 800, height: 400, scene: { create() { this.add.text(20, 20, 'bare'); } } });
const story = new Story(json);
story.allowExternalFunctionFallbacks = true;
story.ChoosePathString('kara_start');
const ui = document.getElementById('ui');
while (story.canContinue) { const p = document.createElement('p'); p.textContent = story.Continue(); ui.append(p); }
for (const c of story.currentChoices) { const b = document.createElement('button'); b.className = 'choice'; b.textContent = c.text; ui.append(b); }
`,
);

const quiet = { logLevel: 'silent' as const };
await build({
  ...quiet,
  root: resolve(OUT, 'bare-src'),
  base: './',
  build: { outDir: resolve(OUT, 'bare'), emptyOutDir: true },
});
await build({ ...quiet, base: './', build: { outDir: resolve(OUT, 'game'), emptyOutDir: true } });

const browser = await launch();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

async function measure(root: string, query: string) {
  const server = await serveStatic(root);
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.addInitScript(() =>
      localStorage.setItem(
        'dance-of-distance.settings.v1',
        JSON.stringify({ textSpeed: 'instant', sound: false }),
      ),
    );
    const page = await context.newPage();
    const files = new Set<string>();
    page.on('request', (request) => files.add(new URL(request.url()).pathname));
    await page.goto(server.url + query);
    // The game reveals its opening lines one at a time: press Enter through them as fast as the
    // page accepts keys (the bare page shows its choices at once).
    while (!(await page.locator('button.choice').count())) await page.keyboard.press('Enter');
    times.push(await page.evaluate(() => performance.now()));
    if (run === 0) {
      for (const path of files) {
        try {
          bytes += gzipSync(readFileSync(resolve(root, `.${path === '/' ? '/index.html' : path}`))).length;
        } catch {
          // a request with no file behind it (none expected)
        }
      }
    }
    await context.close();
  }
  await server.close();
  return { bytes, ms: median(times) };
}

async function frames(root: string) {
  const server = await serveStatic(root);
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addInitScript(() => {
    localStorage.setItem(
      'dance-of-distance.settings.v1',
      JSON.stringify({ textSpeed: 'instant', sound: false }),
    );
    const w = window as unknown as { frameLog: { at: number; work: number }[] };
    w.frameLog = [];
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) =>
      raf((time) => {
        const start = performance.now();
        callback(time);
        w.frameLog.push({ at: time, work: performance.now() - start });
      });
  });
  const page = await context.newPage();
  await page.goto(`${server.url}?play=kara-and-jake/pursuer&seed=1`);
  const toChoices = async () => {
    while (!(await page.locator('button.choice').count())) await page.keyboard.press('Enter');
  };
  await toChoices();
  await page.keyboard.press('1'); // the harsh opening: the circle heats and turns faster
  await toChoices();
  await page.evaluate(() => ((window as unknown as { frameLog: unknown[] }).frameLog.length = 0));
  await page.waitForTimeout(10_000);
  const log = await page.evaluate(
    () => (window as unknown as { frameLog: { at: number; work: number }[] }).frameLog,
  );
  await context.close();
  await server.close();
  const intervals = log.slice(1).map((f, i) => f.at - log[i].at);
  const work = log.map((f) => f.work);
  return {
    count: log.length,
    intervalMedian: median(intervals),
    intervalP95: percentile(intervals, 0.95),
    workMedian: median(work),
    workP95: percentile(work, 0.95),
  };
}

const bare = await measure(resolve(OUT, 'bare'), '');
const game = await measure(resolve(OUT, 'game'), '?play=kara-and-jake/pursuer&seed=1');
const animation = await frames(resolve(OUT, 'game'));
await browser.close();

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `initial download (gzip): game ${kb(game.bytes)}, bare Phaser+inkjs ${kb(bare.bytes)}, ratio ${(game.bytes / bare.bytes).toFixed(2)}`,
);
console.log(
  `time to first choice (median of ${RUNS}): game ${game.ms.toFixed(0)} ms, bare ${bare.ms.toFixed(0)} ms, ratio ${(game.ms / bare.ms).toFixed(2)}`,
);
console.log(
  `cycle animation, 10 s, ${animation.count} frames: interval median ${animation.intervalMedian.toFixed(1)} ms, p95 ${animation.intervalP95.toFixed(1)} ms; work per frame median ${animation.workMedian.toFixed(2)} ms, p95 ${animation.workP95.toFixed(2)} ms`,
);
