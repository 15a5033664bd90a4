// npm run check [-- --scenario ID] [--stories DIR] [--every-path] — compile and lint every story, and walk
// each mode: a sample guided by coverage (see session/explore.ts), or every path. Prints
// file:line for each problem and exits non-zero if there is any.
import { explore, type ExploreOptions, type ExploreResult } from '../session/explore.ts';
import { formatDiagnostic } from '../story/compile.ts';
import { lintInk } from '../story/lint.ts';
import { ManifestError } from '../story/manifest.ts';
import { parseArgs, runCli } from './args.ts';
import { resolve } from 'node:path';
import {
  compileCached,
  loadInkFiles,
  loadManifest,
  scenarioIds,
  STORIES_DIR,
  UsageError,
} from './scenarios.ts';

/** Paths walked per mode with --every-path before a story counts as too branchy to verify. */
export const CHECK_MAX_PATHS = 50_000;

export interface CheckOptions {
  storiesDir?: string;
  /** Walk only these modes (all when absent); compiling and linting are the same. */
  modes?: readonly string[];
  /** Called at the end of every path walked, so a test can check properties of whole paths in
   * the same walk as the check (one exploration per scenario). */
  onPath?: ExploreOptions['onPath'];
  /** Walk every path (otherwise a sample). */
  everyPath?: boolean;
}

export interface CheckReport {
  problems: string[];
  notes: string[];
  /** The walk of each mode, when the story compiled and linted clean. */
  results: ExploreResult[];
}

export function checkScenario(id: string, options: CheckOptions = {}): CheckReport {
  const { storiesDir } = options;
  const results: ExploreResult[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  let manifest;
  try {
    manifest = loadManifest(id, storiesDir);
  } catch (error) {
    if (error instanceof ManifestError)
      return { problems: error.problems.map((p) => `${error.file}: ${p}`), notes, results };
    throw error;
  }
  const files = loadInkFiles(id, storiesDir);
  const where = (file: string) => `stories/${id}/${file}`;
  const compiled = compileCached(files, manifest.root);
  for (const d of compiled.errors) problems.push(formatDiagnostic({ ...d, file: where(d.file) }));
  for (const d of compiled.warnings) notes.push(formatDiagnostic({ ...d, file: where(d.file) }));
  for (const p of lintInk(files, manifest)) problems.push(`${where(p.file)}:${p.line}: ${p.message}`);
  if (!compiled.json || problems.length) return { problems, notes, results };
  for (const mode of manifest.modes.filter((m) => !options.modes || options.modes.includes(m.id))) {
    const result = explore({
      manifest,
      storyJson: compiled.json,
      files,
      mode: mode.id,
      everyPath: options.everyPath,
      maxPaths: options.everyPath ? CHECK_MAX_PATHS : undefined,
      onPath: options.onPath,
    });
    results.push(result);
    const label = `${where(manifest.root)}: as ${mode.id}`;
    const walked = result.complete ? `every path (${result.paths})` : `a sample of ${result.paths} paths`;
    notes.push(
      `${label}: ${walked}, ${Object.keys(result.endings).length} endings, choices taken ${result.coverage.taken} of ${result.coverage.choices}, ${result.milliseconds} ms`,
    );
    for (const c of result.coverage.untaken)
      notes.push(
        `${c.file ? `${where(c.file)}:${c.line}: ` : ''}a choice in '${c.knot}' (${c.id}) ${c.text ? `was offered but never taken: "${c.text}"` : 'was never offered'} as ${mode.id}`,
      );
    if (options.everyPath && result.truncated)
      problems.push(
        `${label}: more than ${CHECK_MAX_PATHS} paths; rejoin branches so every path can be checked`,
      );
    for (const e of result.errors.examples)
      problems.push(`${label}: --choices ${e.choices.join(',')}: ${e.message}`);
    for (const d of result.deadEnds.examples)
      problems.push(`${label}: dead end at --choices ${d.choices.join(',')}: ${d.message}`);
    const never = result.complete ? 'is never reached' : `was not reached in ${result.paths} sampled paths`;
    for (const ending of result.unreachedEndings) problems.push(`${label}: ending '${ending}' ${never}`);
    for (const k of result.unvisitedKnots)
      problems.push(`${where(k.file)}:${k.line}: knot '${k.name}' ${never} as ${mode.id}`);
    for (const w of result.warnings) problems.push(`${label}: ink warning: ${w}`);
  }
  return { problems, notes, results };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/src\//, '/src/'))) {
  runCli(() => {
    const { values, flags } = parseArgs(process.argv.slice(2), {
      values: ['scenario', 'stories'],
      flags: ['every-path'],
    });
    const dir = values.stories === undefined ? STORIES_DIR : resolve(values.stories);
    const ids = values.scenario ? [values.scenario] : scenarioIds(dir);
    if (ids.length === 0) throw new UsageError('no scenarios in stories/');
    let failed = 0;
    for (const id of ids) {
      const { problems, notes } = checkScenario(id, { storiesDir: dir, everyPath: flags.has('every-path') });
      notes.forEach((n) => process.stdout.write(`  ${n}\n`));
      problems.forEach((p) => process.stderr.write(`${p}\n`));
      process.stdout.write(`${id}: ${problems.length ? `${problems.length} problem(s)` : 'ok'}\n`);
      if (problems.length) failed += 1;
    }
    if (failed) process.exit(1);
  }, []);
}
