// bench:suite — will `npm test` stay fast with ten scenarios? The story tests cost most of the unit
// stage, and they are one walk per mode (`check`'s own sample) with every path's properties checked.
// This makes BENCH_SCENARIOS copies of Kara and Jake (each with its own sources, so each compiles
// and walks like a new story), does the story tests' work for all of them on two processes (the
// test suite's two workers), and compares that with the same work for the one shipped scenario,
// measured in the same run. The rest of the unit stage is timed too, so the sum estimates the unit
// stage with ten scenarios (goal < 90 s).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkScenario } from '../src/cli/check.ts';
import { STORIES_DIR } from '../src/cli/scenarios.ts';
import { pathProblems, timeFacts } from '../test/stories/path-properties.ts';

const WORKERS = 2;

// A worker: walk the scenarios it is given, as the story tests do, and print what it found.
if (process.argv[2] === '--walk') {
  const [dir, ...ids] = process.argv.slice(3);
  let paths = 0;
  let problems = 0;
  for (const id of ids) {
    const report = checkScenario(id, {
      storiesDir: dir,
      onPath: (session) => {
        problems += pathProblems(session).length;
        timeFacts(session);
      },
    });
    paths += report.results.reduce((n, r) => n + r.paths, 0);
    problems += report.problems.length;
  }
  process.stdout.write(JSON.stringify({ paths, problems }));
  process.exit(0);
}

const scenarios = Number(process.env.BENCH_SCENARIOS ?? 10);
const stories = mkdtempSync(join(tmpdir(), 'dance-suite-'));

/** Copy Kara and Jake as scenario `id`, with a comment that makes its sources (and compile) its own. */
function copyAs(id: string): void {
  const folder = join(stories, id);
  cpSync(join(STORIES_DIR, 'kara-and-jake'), folder, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(folder, 'scenario.json'), 'utf8')) as { id: string };
  manifest.id = id;
  writeFileSync(join(folder, 'scenario.json'), JSON.stringify(manifest));
  const main = join(folder, 'main.ink');
  writeFileSync(main, `// ${id} ${process.pid} ${Date.now()}\n${readFileSync(main, 'utf8')}`);
}

/** The story tests' work for `ids`, split over the workers; wall-clock seconds. */
async function walkAll(ids: string[]): Promise<{ seconds: number; paths: number; problems: number }> {
  const started = performance.now();
  const shares = Array.from({ length: WORKERS }, (_, w) => ids.filter((_, i) => i % WORKERS === w));
  const outputs = await Promise.all(
    shares
      .filter((share) => share.length)
      .map(
        (share) =>
          new Promise<{ paths: number; problems: number }>((resolve, reject) => {
            const child = spawn(
              process.execPath,
              ['--import', 'tsx', new URL(import.meta.url).pathname, '--walk', stories, ...share],
              { stdio: ['ignore', 'pipe', 'inherit'] },
            );
            let out = '';
            child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
            child.on('exit', (code) =>
              code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`a worker failed (${code})`)),
            );
          }),
      ),
  );
  return {
    seconds: (performance.now() - started) / 1000,
    paths: outputs.reduce((n, o) => n + o.paths, 0),
    problems: outputs.reduce((n, o) => n + o.problems, 0),
  };
}

try {
  const ids = Array.from({ length: scenarios }, (_, i) => `copy-${i + 1}`);
  ids.forEach(copyAs);
  copyAs('baseline');
  const one = await walkAll(['baseline']);
  const many = await walkAll(ids);
  console.log(`story tests' walks, ${WORKERS} processes:`);
  console.log(`  1 scenario:   ${one.seconds.toFixed(1)} s, ${one.paths} paths, ${one.problems} problems`);
  console.log(
    `  ${scenarios} scenarios: ${many.seconds.toFixed(1)} s, ${many.paths} paths, ${many.problems} problems`,
  );
  console.log(`  ratio ${(many.seconds / one.seconds).toFixed(2)} for ${scenarios}× the content`);
  // The rest of the unit stage, as `npm test` runs it.
  const started = performance.now();
  const rest = spawnSync('npx', ['vitest', 'run', '--exclude', 'test/stories/**'], { encoding: 'utf8' });
  const restSeconds = (performance.now() - started) / 1000;
  if (rest.status !== 0) console.log(`  (the rest of the unit stage failed: ${rest.stdout.slice(-300)})`);
  console.log(`rest of the unit stage: ${restSeconds.toFixed(1)} s`);
  const estimate = restSeconds + many.seconds;
  console.log(
    `unit stage with ${scenarios} scenarios, estimated: ${estimate.toFixed(1)} s (goal < 90 s${estimate < 90 ? '' : ', goal not met'})`,
  );
} finally {
  rmSync(stories, { recursive: true, force: true });
}
