// Reads scenarios from `stories/` on disk, for the command-line tools and tests (Node only).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateManifest, type ScenarioManifest } from '../story/manifest.ts';
import { compileInk, InkCompileError, type CompileResult } from '../story/compile.ts';

export const STORIES_DIR = resolve(fileURLToPath(new URL('../../stories', import.meta.url)));

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function scenarioIds(dir = STORIES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'scenario.json')))
    .map((entry) => entry.name)
    .sort();
}

/** A scenario id is a name (a folder of stories/), never a path. */
const SCENARIO_ID = /^[a-z][a-z0-9_-]*$/;

function checkScenarioId(id: string): void {
  if (!SCENARIO_ID.test(id)) {
    throw new UsageError(
      `'${id.slice(0, 40)}' is not a scenario id: ids are names in lower case, digits, hyphens and underscores, like kara-and-jake`,
    );
  }
}

export function loadManifest(id: string, dir = STORIES_DIR): ScenarioManifest {
  checkScenarioId(id);
  const file = join(dir, id, 'scenario.json');
  if (!existsSync(file)) {
    throw new UsageError(`unknown scenario '${id}' (known: ${scenarioIds(dir).join(', ') || 'none'})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  return validateManifest(data, `stories/${id}/scenario.json`);
}

/** All `.ink` files of a scenario, by file name. */
export function loadInkFiles(id: string, dir = STORIES_DIR): Record<string, string> {
  checkScenarioId(id);
  const folder = join(dir, id);
  const files: Record<string, string> = {};
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.ink'))
    .sort()) {
    files[name] = readFileSync(join(folder, name), 'utf8');
  }
  return files;
}

export interface CompiledScenario {
  manifest: ScenarioManifest;
  storyJson: string;
}

const compiled = new Map<string, CompiledScenario>();

/** Load a scenario's manifest and compile its ink (once per process). Compile errors throw an
 * InkCompileError whose message lists file:line for each. */
export function loadScenario(id: string, dir = STORIES_DIR): CompiledScenario {
  const key = `${dir}\u0000${id}`;
  const cached = compiled.get(key);
  if (cached) return cached;
  const manifest = loadManifest(id, dir);
  const files = loadInkFiles(id, dir);
  const result = compileCached(files, manifest.root);
  const diagnostics = result.errors.map((d) => ({ ...d, file: `stories/${id}/${d.file}` }));
  if (!result.json) throw new InkCompileError(diagnostics);
  const scenario = { manifest, storyJson: result.json };
  compiled.set(key, scenario);
  return scenario;
}

/** Where compiled stories are kept between runs, by the hash of their sources and the compiler. */
export const COMPILE_CACHE_DIR = resolve(
  fileURLToPath(new URL('../../node_modules/.cache/dance-of-distance/ink', import.meta.url)),
);
const INKJS_VERSION = (
  JSON.parse(readFileSync(new URL('../../node_modules/inkjs/package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
const compiledBySource = new Map<string, CompileResult>();

/** Forget what this process compiled (the disk cache stays), as a new process would. */
export function forgetCompiledInMemory(): void {
  compiledBySource.clear();
}

/**
 * compileInk, once per set of sources: inkjs's compiler takes a second or two for a scenario, and
 * every test file, `check` and `explore` would otherwise pay it again. Results (errors included)
 * are kept in memory and on disk under node_modules/.cache, keyed by the sources and inkjs's
 * version, so a changed file or compiler is always compiled afresh.
 */
export function compileCached(files: Record<string, string>, rootFile: string): CompileResult {
  const names = Object.keys(files).sort();
  const key = createHash('sha256')
    .update(JSON.stringify([INKJS_VERSION, rootFile, names.map((n) => [n, files[n]])]))
    .digest('hex');
  const known = compiledBySource.get(key);
  if (known) return known;
  const file = join(COMPILE_CACHE_DIR, `${key}.json`);
  let result: CompileResult | null = null;
  try {
    result = JSON.parse(readFileSync(file, 'utf8')) as CompileResult;
  } catch {
    // Not compiled yet (or a damaged entry): compile, and keep it for next time.
  }
  if (!result) {
    result = compileInk(files, rootFile);
    try {
      mkdirSync(COMPILE_CACHE_DIR, { recursive: true });
      // Written whole, then renamed, so a test worker never reads half an entry.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(result));
      renameSync(temporary, file);
    } catch {
      // A read-only checkout still works; it compiles each time.
    }
  }
  compiledBySource.set(key, result);
  return result;
}
