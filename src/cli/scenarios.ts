// Reads scenarios from `stories/` on disk, for the command-line tools and tests (Node only).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateManifest, type ScenarioManifest } from '../story/manifest.ts';
import { compileInk, InkCompileError } from '../story/compile.ts';

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
  const result = compileInk(files, manifest.root);
  const diagnostics = result.errors.map((d) => ({ ...d, file: `stories/${id}/${d.file}` }));
  if (!result.json) throw new InkCompileError(diagnostics);
  const scenario = { manifest, storyJson: result.json };
  compiled.set(key, scenario);
  return scenario;
}
