// The scenarios bundled at build time by the ink Vite plugin.
import stories from 'virtual:stories';
import type { ScenarioManifest } from '../story/manifest.ts';

export interface BundledScenario {
  manifest: ScenarioManifest;
  storyJson: string;
}

export const SCENARIOS: BundledScenario[] = stories as BundledScenario[];

export function scenarioById(id: string): BundledScenario | undefined {
  return SCENARIOS.find((s) => s.manifest.id === id);
}
