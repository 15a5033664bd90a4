// A small local Vite plugin (no such plugin is on our registry). `import stories from
// 'virtual:stories'` gives every scenario's manifest and story version, and a `load()` that
// fetches its compiled story JSON as a chunk of its own (`virtual:story/<id>`), so the game
// downloads a story only when it is played. Stories are compiled at build time by the same
// compileInk the tests and CLIs use. A compile error names file and line, shows in Vite's overlay
// in dev, and fails `vite build`. Editing an .ink or scenario.json reloads.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { storyVersionOf } from '../session/hash.ts';
import { compileInk } from './compile.ts';
import { ManifestError, validateManifest, type ScenarioManifest } from './manifest.ts';

const INDEX_ID = 'virtual:stories';
const STORY_PREFIX = 'virtual:story/';

interface Compiled {
  manifest: ScenarioManifest;
  storyJson: string;
}

export function inkStories(options: { storiesDir: string }): Plugin {
  const storiesDir = resolve(options.storiesDir);
  /** Each scenario compiled once per build (or per edit in dev), for the index and its chunk. */
  let compiled: Map<string, Compiled> | null = null;

  function compileAll(context: Rollup.PluginContext): Map<string, Compiled> {
    if (compiled) return compiled;
    const scenarios = new Map<string, Compiled>();
    const ids = readdirSync(storiesDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(storiesDir, e.name, 'scenario.json')))
      .map((e) => e.name)
      .sort();
    for (const scenarioId of ids) {
      const folder = join(storiesDir, scenarioId);
      const manifestFile = join(folder, 'scenario.json');
      context.addWatchFile(manifestFile);
      let manifest: ScenarioManifest;
      try {
        manifest = validateManifest(JSON.parse(readFileSync(manifestFile, 'utf8')), manifestFile);
      } catch (error) {
        const message = error instanceof ManifestError ? error.problems.join('; ') : (error as Error).message;
        context.error({ id: manifestFile, message: `${manifestFile}: ${message}` });
      }
      const files: Record<string, string> = {};
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.ink'))) {
        const path = join(folder, name);
        context.addWatchFile(path);
        files[name] = readFileSync(path, 'utf8');
      }
      const result = compileInk(files, manifest.root);
      if (!result.json) {
        const first = result.errors[0];
        const file = join(folder, first.file);
        context.error({
          id: file,
          message: result.errors.map((d) => `${join(folder, d.file)}:${d.line}: ${d.message}`).join('\n'),
          loc: { file, line: first.line, column: 0 },
        });
      }
      scenarios.set(manifest.id, { manifest, storyJson: result.json });
    }
    compiled = scenarios;
    return scenarios;
  }

  return {
    name: 'dance-of-distance:ink-stories',
    buildStart() {
      compiled = null;
    },
    resolveId(id) {
      return id === INDEX_ID || id.startsWith(STORY_PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${INDEX_ID}`) {
        const entries = [...compileAll(this).values()].map(
          ({ manifest, storyJson }) =>
            `{ manifest: ${JSON.stringify(manifest)}, storyVersion: ${JSON.stringify(storyVersionOf(storyJson))}, ` +
            `load: () => import(${JSON.stringify(STORY_PREFIX + manifest.id)}).then((m) => m.default) }`,
        );
        return `export default [\n${entries.join(',\n')}\n];`;
      }
      if (id.startsWith(`\0${STORY_PREFIX}`)) {
        const scenario = compileAll(this).get(id.slice(STORY_PREFIX.length + 1));
        if (!scenario) return null;
        return `export default ${JSON.stringify(scenario.storyJson)};`;
      }
      return null;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(storiesDir)) return;
      compiled = null;
      for (const module of server.moduleGraph.idToModuleMap.values())
        if (module.id?.startsWith(`\0${INDEX_ID}`) || module.id?.startsWith(`\0${STORY_PREFIX}`))
          server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
