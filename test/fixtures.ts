import { fileURLToPath } from 'node:url';
import { loadInkFiles, loadScenario } from '../src/cli/scenarios.ts';

export const FIXTURE_STORIES = fileURLToPath(new URL('./fixtures/stories', import.meta.url));

export const fixture = (id: string) => ({
  ...loadScenario(id, FIXTURE_STORIES),
  files: loadInkFiles(id, FIXTURE_STORIES),
});
