// A run as it is saved, exported and imported: versioned and validated, so a record that is not
// ours, or is damaged, is refused with a reason rather than half-loaded.
import { Session, SessionError, type Checkpoint, type ChoiceNote, type Step } from './session.ts';
import type { ScenarioManifest } from '../story/manifest.ts';
import { storyVersionOf } from './hash.ts';

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
  /** The hints shown before choosing, by choice point; absent when none. Last in the record, so a
   * run without them is byte for byte what it was before they existed. */
  hints?: ChoiceNote[];
  /** What the player drafted before seeing the options; absent when none. */
  drafts?: ChoiceNote[];
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
    ...(session.hints.length ? { hints: session.hints.map((h) => ({ ...h })) } : {}),
    ...(session.drafts.length ? { drafts: session.drafts.map((d) => ({ ...d })) } : {}),
  };
}

/** Whether a run was recorded on the story as it is now; its checkpoints only fit that story. */
export function isCurrentStory(record: RunRecord, scenario: { storyJson: string }): boolean {
  return storyVersionOf(scenario.storyJson) === record.storyVersion;
}

/**
 * A session at choice point `k` (0-based) of a run. On the run's own story version this restores
 * the checkpoint; on a changed story it replays the first `k` choices on the story as it is now.
 */
export function sessionAt(
  record: RunRecord,
  k: number,
  scenario: { manifest: ScenarioManifest; storyJson: string },
): Session {
  const options = { ...scenario, mode: record.mode, seed: record.seed };
  if (k < 0 || k >= record.checkpoints.length) {
    throw new SessionError(`this run has no choice point ${k + 1} (it has ${record.checkpoints.length})`);
  }
  let session: Session;
  if (!isCurrentStory(record, scenario)) {
    session = Session.start(options);
    for (const choice of record.choices.slice(0, k)) session.choose(choice);
  } else {
    session = Session.resume(options, record.checkpoints.slice(0, k + 1), record.steps);
  }
  // Going back to choice k is a new attempt at it: what was noted there belongs to the old one.
  session.restoreNotes(record, k);
  return session;
}

/**
 * Resume a saved run where it stopped: from its last checkpoint plus the choices after it, with no
 * replay from the start (on a changed story, its choices are replayed and throw if they no longer
 * fit).
 */
export function sessionFromRun(
  record: RunRecord,
  scenario: { manifest: ScenarioManifest; storyJson: string },
): Session {
  const last = record.checkpoints.length - 1;
  if (last < 0) return Session.start({ ...scenario, mode: record.mode, seed: record.seed });
  const session = sessionAt(record, last, scenario);
  for (const choice of record.choices.slice(last)) session.choose(choice);
  session.restoreNotes(record);
  return session;
}

/** What tells one run from another, held by a full record and by a stored summary alike. */
export type RunIdentity = Pick<
  RunRecord,
  'id' | 'scenario' | 'mode' | 'seed' | 'createdAt' | 'updatedAt' | 'choices'
>;

/** Whether a stored run and an imported one are the same run: same id, same play and the same
 * last save (a run that went on after it was exported is a different run, kept as a copy). */
export function isSameRun(stored: RunIdentity, imported: RunIdentity): boolean {
  return (
    stored.id === imported.id &&
    stored.scenario === imported.scenario &&
    stored.mode === imported.mode &&
    stored.seed === imported.seed &&
    stored.createdAt === imported.createdAt &&
    stored.updatedAt === imported.updatedAt &&
    stored.choices.join(',') === imported.choices.join(',')
  );
}
