// A small local Vite plugin (no such plugin is on our registry): `import stories from
// 'virtual:stories'` gives every scenario's manifest and compiled story JSON, compiled at build
// time by the same compileInk the tests and CLIs use. A compile error names file and line, shows
// in Vite's overlay in dev, and fails `vite build`. Editing an .ink or scenario.json reloads.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileInk } from './compile.ts';
import { ManifestError, validateManifest } from './manifest.ts';

const VIRTUAL_ID = 'virtual:stories';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function inkStories(options: { storiesDir: string }): Plugin {
  const storiesDir = resolve(options.storiesDir);
  return {
    name: 'dance-of-distance:ink-stories',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const scenarios: { manifest: unknown; storyJson: string }[] = [];
      const ids = readdirSync(storiesDir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(join(storiesDir, e.name, 'scenario.json')))
        .map((e) => e.name)
        .sort();
      for (const scenarioId of ids) {
        const folder = join(storiesDir, scenarioId);
        const manifestFile = join(folder, 'scenario.json');
        this.addWatchFile(manifestFile);
        let manifest;
        try {
          manifest = validateManifest(JSON.parse(readFileSync(manifestFile, 'utf8')), manifestFile);
        } catch (error) {
          const message =
            error instanceof ManifestError ? error.problems.join('; ') : (error as Error).message;
          this.error({ id: manifestFile, message: `${manifestFile}: ${message}` });
        }
        const files: Record<string, string> = {};
        for (const name of readdirSync(folder).filter((n) => n.endsWith('.ink'))) {
          const path = join(folder, name);
          this.addWatchFile(path);
          files[name] = readFileSync(path, 'utf8');
        }
        const result = compileInk(files, manifest.root);
        if (!result.json) {
          const first = result.errors[0];
          const file = join(folder, first.file);
          this.error({
            id: file,
            message: result.errors.map((d) => `${join(folder, d.file)}:${d.line}: ${d.message}`).join('\n'),
            loc: { file, line: first.line, column: 0 },
          });
        }
        scenarios.push({ manifest, storyJson: result.json });
      }
      return `export default ${JSON.stringify(scenarios)};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(storiesDir)) return;
      const module = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
