// A run as it is saved, exported and imported: versioned and validated, so a record that is not
// ours, or is damaged, is refused with a reason rather than half-loaded.
import { Session, type Checkpoint, type Step } from './session.ts';
import type { ScenarioManifest } from '../story/manifest.ts';
import { hashString } from './hash.ts';

export const RUN_FORMAT = 'dance-of-distance/run';
export const RUN_VERSION = 1;

export interface RunRecord {
  format: typeof RUN_FORMAT;
  version: typeof RUN_VERSION;
  id: string;
  /** The run this one branched from, and at which choice point (0-based). */
  parentId: string | null;
  branchedAt: number | null;
  scenario: string;
  mode: string;
  seed: number;
  /** Hash of the compiled story the run was played on. */
  storyVersion: string;
  createdAt: string;
  updatedAt: string;
  /** The choices taken, from 1, in order. */
  choices: number[];
  steps: Step[];
  checkpoints: Checkpoint[];
  ending: string | null;
  finished: boolean;
}

export interface RunMeta {
  id: string;
  parentId?: string | null;
  branchedAt?: number | null;
  createdAt: string;
  now: string;
}

export function runFromSession(session: Session, meta: RunMeta): RunRecord {
  return {
    format: RUN_FORMAT,
    version: RUN_VERSION,
    id: meta.id,
    parentId: meta.parentId ?? null,
    branchedAt: meta.branchedAt ?? null,
    scenario: session.manifest.id,
    mode: session.mode.id,
    seed: session.seed,
    storyVersion: session.storyVersion,
    createdAt: meta.createdAt,
    updatedAt: meta.now,
    choices: session.steps.filter((s) => s.kind === 'choice').map((s) => s.chosen!),
    steps: session.steps,
    checkpoints: session.checkpoints,
    ending: session.ending,
    finished: session.ended,
  };
}

/**
 * Resume a saved run. On its own story version it is restored from its last checkpoint and the
 * choices after it, without replaying from the start; on a changed story its choices are
 * replayed on the story as it is now (and throw if they no longer fit).
 */
export function sessionFromRun(
  record: RunRecord,
  scenario: { manifest: ScenarioManifest; storyJson: string },
): Session {
  const options = { ...scenario, mode: record.mode, seed: record.seed };
  if (hashString(scenario.storyJson) !== record.storyVersion) {
    const session = Session.start(options);
    for (const choice of record.choices) session.choose(choice);
    return session;
  }
  const last = record.checkpoints.length - 1;
  if (last < 0) return Session.start(options);
  const session = Session.resume(options, record.checkpoints[last], record.steps);
  session.checkpoints.splice(0, session.checkpoints.length, ...record.checkpoints);
  const choicesBefore = record.steps
    .slice(0, record.checkpoints[last].stepCount)
    .filter((s) => s.kind === 'choice').length;
  for (const choice of record.choices.slice(choicesBefore)) session.choose(choice);
  return session;
}
