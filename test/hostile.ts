// The hostile corpus (issue 13): run files crafted as a hostile user would, for the CLI's and the
// browser's readers alike. The small ones are files in test/fixtures/hostile/ (written by its
// make.ts, each listed in cases.json with its outcome); the big ones, and the one that depends on
// the story as it is now, are made here.
import { readFileSync } from 'node:fs';
import { loadScenario } from '../src/cli/scenarios.ts';
import { runFromSession, type RunRecord } from '../src/session/run.ts';
import { Session } from '../src/session/session.ts';

export const HOSTILE_DIR = new URL('./fixtures/hostile/', import.meta.url);
const WHEN = '2026-11-30T09:00:00.000Z';

/** One hostile file and what every reader must make of it: refused with a reason matching
 * `refused` (a regular expression), or accepted as the run `accepted`. */
export interface HostileCase {
  file: string;
  refused?: string;
  accepted?: string;
}

export interface HostileFile extends HostileCase {
  content: Buffer;
}

/** A short real run of Kara and Jake as the pursuer (seed 1), through JSON as a file holds it. */
export function baseRun(choices: number[] = []): RunRecord {
  const session = Session.start({ ...loadScenario('kara-and-jake'), mode: 'pursuer', seed: 1 });
  for (const choice of choices) session.choose(choice);
  return JSON.parse(
    JSON.stringify(runFromSession(session, { id: 'hostile-run', createdAt: WHEN, now: WHEN })),
  );
}

/** Every hostile file: those of the corpus, then the ones made here. */
export function hostileFiles(): HostileFile[] {
  const cases = JSON.parse(readFileSync(new URL('cases.json', HOSTILE_DIR), 'utf8')) as HostileCase[];
  const files: HostileFile[] = cases.map((c) => ({
    ...c,
    content: readFileSync(new URL(c.file, HOSTILE_DIR)),
  }));
  const depth = 100_000;
  files.push({
    file: 'nesting-100000-deep.json',
    content: Buffer.from(
      `{"format":"dance-of-distance/run","version":1,"id":${'['.repeat(depth)}${']'.repeat(depth)}}`,
    ),
    refused: 'the file nests deeper than 32 levels, which no run does',
  });
  const run = baseRun([2]);
  files.push({
    file: 'format-9-megabytes.json',
    content: Buffer.from(JSON.stringify({ ...run, format: 'x'.repeat(9 * 1024 * 1024) })),
    refused: 'this is not a Dance of Distance run \\(format is "x{40}…"\\)',
  });
  files.push({
    file: 'step-text-9-megabytes.json',
    content: Buffer.from(
      JSON.stringify({
        ...run,
        steps: run.steps.map((s, i) => (i === 1 ? { ...s, text: 'y'.repeat(9e6) } : s)),
      }),
    ),
    refused: 'steps\\[1\\]\\.text is longer than 5000 characters',
  });
  // A checkpoint whose story state is another choice point's: in range, and still not this run.
  const twoChoices = baseRun([2, 1]);
  const swapped = structuredClone(twoChoices);
  swapped.checkpoints[1].ink = twoChoices.checkpoints[0].ink;
  files.push({
    file: 'checkpoint-story-state-swapped.json',
    content: Buffer.from(JSON.stringify(swapped)),
    refused: 'checkpoints\\[1\\]\\.ink does not offer the choices the run recorded there',
  });
  return files;
}
