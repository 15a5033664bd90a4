// The scenarios bundled at build time by the ink Vite plugin: every manifest at once (the select
// screen, My runs and the validator need no more), each story's compiled JSON fetched as its own
// chunk the first time that scenario is played, opened, compared or imported.
import stories from 'virtual:stories';
import type { ScenarioManifest } from '../story/manifest.ts';

/** A scenario with its story loaded: what a session, a replay or a check of a run needs. */
export interface BundledScenario {
  manifest: ScenarioManifest;
  storyJson: string;
}

/** A scenario as the build lists it, before its story is loaded. */
export interface ScenarioEntry {
  manifest: ScenarioManifest;
  /** The version of the story this build has (the hash runs record), known without loading it. */
  storyVersion: string;
}

const BUNDLED = stories as (ScenarioEntry & { load: () => Promise<string> })[];

export const SCENARIOS: readonly ScenarioEntry[] = BUNDLED.map(({ manifest, storyVersion }) => ({
  manifest,
  storyVersion,
}));

/** A scenario this build has, by id; its story may not be loaded yet (see loadScenario). */
export function scenarioEntry(id: string): ScenarioEntry | undefined {
  return SCENARIOS.find((s) => s.manifest.id === id);
}

const loaded = new Map<string, Promise<BundledScenario>>();

/** A scenario with its story, loading the story the first time; undefined for an unknown id. A
 * failed fetch (the network dropped) is not remembered, so the next try fetches again. */
export function loadScenario(id: string): Promise<BundledScenario | undefined> {
  const entry = BUNDLED.find((s) => s.manifest.id === id);
  if (!entry) return Promise.resolve(undefined);
  let story = loaded.get(id);
  if (!story) {
    story = entry.load().then((storyJson) => ({ manifest: entry.manifest, storyJson }));
    story.catch(() => loaded.delete(id));
    loaded.set(id, story);
  }
  return story;
}
