// npm run explore -- --scenario ID|all [--as pursuer|distancer|counselor] [--every-path] [--max-paths N]
//                    [--json] [--stories DIR]   (scenarios from another folder than stories/)
// Without --every-path each mode is sampled, guided by coverage, as `npm run check` does.
import { explore, type ExploreResult } from '../session/explore.ts';
import { InkCompileError } from '../story/compile.ts';
import { MODE_IDS } from '../story/manifest.ts';
import { parseArgs, runCli } from './args.ts';
import { resolve } from 'node:path';
import { loadInkFiles, loadScenario, scenarioIds, STORIES_DIR, UsageError } from './scenarios.ts';

export function exploreAll(argv: string[]): { results: ExploreResult[]; milliseconds: number } {
  const { values, flags } = parseArgs(argv, {
    values: ['scenario', 'as', 'max-paths', 'stories'],
    flags: ['json', 'every-path'],
  });
  const everyPath = flags.has('every-path');
  const dir = values.stories === undefined ? STORIES_DIR : resolve(values.stories);
  if (!values.scenario) throw new UsageError('--scenario ID|all is required');
  if (values.as && !MODE_IDS.includes(values.as as never)) {
    throw new UsageError(`unknown mode '${values.as}' (modes: ${MODE_IDS.join(', ')})`);
  }
  const maxPaths = values['max-paths'] === undefined ? undefined : Number(values['max-paths']);
  if (maxPaths !== undefined && !(Number.isInteger(maxPaths) && maxPaths > 0)) {
    throw new UsageError(`--max-paths '${values['max-paths']}' must be a whole number above 0`);
  }
  const ids = values.scenario === 'all' ? scenarioIds(dir) : [values.scenario];
  const started = performance.now();
  const results: ExploreResult[] = [];
  for (const id of ids) {
    const { manifest, storyJson } = loadScenario(id, dir);
    const modes = manifest.modes.map((m) => m.id).filter((m) => !values.as || m === values.as);
    if (values.as && modes.length === 0) throw new UsageError(`scenario '${id}' has no mode '${values.as}'`);
    const files = loadInkFiles(id, dir);
    for (const mode of modes) {
      results.push(
        explore({
          manifest,
          storyJson,
          files,
          mode,
          everyPath,
          maxPaths,
        }),
      );
    }
  }
  return { results, milliseconds: Math.round(performance.now() - started) };
}

export function describe(result: ExploreResult): string {
  const walked = result.complete
    ? `every path (${result.paths})`
    : result.method === 'every path'
      ? `${result.paths} paths (stopped at the limit)`
      : `a sample of ${result.paths} paths`;
  const lines = [
    `${result.scenario} as ${result.mode}: ${walked} in ${(result.milliseconds / 1000).toFixed(1)} s; choice points per path ${result.choicePoints.min}–${result.choicePoints.max} (mean ${result.choicePoints.mean})`,
  ];
  for (const [id, ending] of Object.entries(result.endings)) {
    lines.push(`  ending ${id}: ${ending.count} paths; shortest --choices ${ending.shortest.join(',')}`);
  }
  for (const id of result.unreachedEndings) lines.push(`  ending ${id}: NOT REACHED`);
  lines.push(
    `  dead ends: ${result.deadEnds.count}${result.complete || result.deadEnds.count ? '' : ' found'}`,
  );
  for (const d of result.deadEnds.examples) lines.push(`    --choices ${d.choices.join(',')}: ${d.message}`);
  if (result.unreachableKnots === null) {
    lines.push(
      `  unreachable knots: not known (${result.unvisitedKnots.length} not visited, and not every path was walked)`,
    );
    for (const k of result.unvisitedKnots)
      lines.push(`    ${k.file}:${k.line}: knot '${k.name}' was not visited`);
  } else {
    lines.push(
      `  unreachable knots: ${result.unreachableKnots.length}${result.complete ? '' : ' (every knot was visited)'}`,
    );
    for (const k of result.unreachableKnots)
      lines.push(`    ${k.file}:${k.line}: knot '${k.name}' is never reached`);
  }
  lines.push(`  choices taken: ${result.coverage.taken} of ${result.coverage.choices}`);
  for (const c of result.coverage.untaken)
    lines.push(
      `    ${c.file ? `${c.file}:${c.line}: ` : ''}in '${c.knot}' (${c.id}): ${c.text ? `offered, never taken: "${c.text}"` : 'never offered'}`,
    );
  if (result.errors.count) {
    lines.push(`  errors: ${result.errors.count}`);
    for (const e of result.errors.examples) lines.push(`    --choices ${e.choices.join(',')}: ${e.message}`);
  }
  for (const w of result.warnings) lines.push(`  ink warning: ${w}`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/src\//, '/src/'))) {
  runCli(() => {
    const argv = process.argv.slice(2);
    const { results, milliseconds } = exploreAll(argv);
    if (argv.includes('--json')) {
      process.stdout.write(`${JSON.stringify({ results, milliseconds }, null, 2)}\n`);
      return;
    }
    process.stdout.write(`${results.map(describe).join('\n\n')}\n\n`);
    const paths = results.reduce((n, r) => n + r.paths, 0);
    process.stdout.write(`walked ${paths} paths in ${(milliseconds / 1000).toFixed(1)} s\n`);
  }, [InkCompileError]);
}
