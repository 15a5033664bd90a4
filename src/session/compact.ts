// Runs stored compactly. A run is seedable and deterministic: the same story, seed and choices
// give the same steps and checkpoints, byte for byte. So a stored run keeps only what a replay
// cannot re-derive (who, when, which story version, the seed, the choices, the links) and its
// steps and checkpoints, nine tenths of its size, are replayed when it is opened. A run that a
// replay would not reproduce exactly (recorded on an older story version, on a scenario this
// build lacks, or cut short by a story error) is kept whole, so nothing is lost.
//
// Snapshots are treated as opaque: whatever the session records, a replay records again.
import { hashString, storyVersionOf } from './hash.ts';
import { RUBRIC_ITEMS, type RubricItemId } from './rubric.ts';
import { runFromSession, type RunRecord } from './run.ts';
import { scoreSession } from './score.ts';
import { Session } from './session.ts';
import { validateRun } from './validate.ts';
import { COUNSELOR_FAULTS, type CounselorFault } from '../sim/moves.ts';
import type { ScenarioManifest } from '../story/manifest.ts';

export const COMPACT_FORMAT = 'dance-of-distance/compact-run';
export const COMPACT_VERSION = 1;

/** A run without what a replay re-derives. */
export type RunHead = Omit<RunRecord, 'steps' | 'checkpoints'>;

/** The story a run is replayed on: the one it was recorded on. */
export interface ReplayStory {
  manifest: ScenarioManifest;
  storyJson: string;
}

interface CompactBase {
  format: typeof COMPACT_FORMAT;
  version: typeof COMPACT_VERSION;
}

export type CompactRun =
  | (CompactBase & {
      /** Re-derived by replaying `head.choices` on the story `head.storyVersion`. */
      head: RunHead;
      /** Hash of the full record's JSON, to tell whether a later replay still reproduces it. */
      digest: string;
    })
  | (CompactBase & {
      /** Kept whole: a replay would not reproduce it. */
      whole: RunRecord;
    });

export class CompactRunError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CompactRunError';
  }
}

function headOf(record: RunRecord): RunHead {
  const head: Partial<RunRecord> = { ...record };
  delete head.steps;
  delete head.checkpoints;
  return head as RunHead;
}

/** Replay a run's choices on `story` and rebuild the full record. */
export function replayRun(head: RunHead, story: ReplayStory): RunRecord {
  const session = Session.start({ ...story, mode: head.mode, seed: head.seed });
  for (const choice of head.choices) session.choose(choice);
  const replayed = runFromSession(session, {
    id: head.id,
    parentId: head.parentId,
    branchedAt: head.branchedAt,
    createdAt: head.createdAt,
    now: head.updatedAt,
  });
  // The head's own fields win (in the record's key order), so any field a record carries beyond
  // the session's is kept as it was.
  return { ...replayed, ...head };
}

/**
 * The compact form of a run. `story` is the story the run was recorded on, if this build has it.
 * The run is replayed once here and kept whole unless the replay reproduces it exactly.
 */
export function compactRun(record: RunRecord, story: ReplayStory | undefined): CompactRun {
  if (story && storyVersionOf(story.storyJson) === record.storyVersion) {
    const json = JSON.stringify(record);
    try {
      const head = headOf(record);
      if (JSON.stringify(replayRun(head, story)) === json) {
        return { format: COMPACT_FORMAT, version: COMPACT_VERSION, head, digest: hashString(json) };
      }
    } catch {
      // The choices no longer play through (a story error): keep the recording.
    }
  }
  return wholeRun(record);
}

/** A run stored whole, with no replay (to be compacted later, or never). */
export function wholeRun(record: RunRecord): CompactRun {
  return { format: COMPACT_FORMAT, version: COMPACT_VERSION, whole: record };
}

/** Whether a compact run needs a replay (and so its story) to be opened. */
export function isReplayed(compact: CompactRun): compact is Extract<CompactRun, { head: RunHead }> {
  return 'head' in compact;
}

/** The run a compact record stands for, without replaying it: what My runs needs to list it. */
export function compactHead(compact: CompactRun): RunHead {
  return isReplayed(compact) ? compact.head : headOf(compact.whole);
}

/**
 * The full run. `story` must be the story the run was recorded on (see `compactHead(…)
 * .storyVersion`); a run kept whole needs none. `exact` is false when the replay no longer
 * reproduces the recording (the game's model changed since): the run is then as the model
 * plays it now.
 */
export function expandRun(
  compact: CompactRun,
  story: ReplayStory | undefined,
): { run: RunRecord; exact: boolean } {
  if (!isReplayed(compact)) return { run: compact.whole, exact: true };
  if (!story || storyVersionOf(story.storyJson) !== compact.head.storyVersion) {
    throw new CompactRunError(
      `this run needs version ${compact.head.storyVersion} of its story to be replayed, and it is not available`,
    );
  }
  const run = replayRun(compact.head, story);
  return { run, exact: hashString(JSON.stringify(run)) === compact.digest };
}

/** Check data read back from storage as a compact run; throws RunFormatError or CompactRunError. */
export function validateCompactRun(data: unknown): CompactRun {
  const record = data as Partial<Record<'format' | 'version' | 'head' | 'digest' | 'whole', unknown>> | null;
  if (typeof record !== 'object' || record === null || record.format !== COMPACT_FORMAT) {
    throw new CompactRunError('this is not a stored run');
  }
  if (record.version !== COMPACT_VERSION) {
    throw new CompactRunError(`this stored run is version ${JSON.stringify(record.version)}`);
  }
  if ('whole' in record) {
    validateRun(record.whole);
    return data as CompactRun;
  }
  validateHead(record.head);
  if (typeof record.digest !== 'string') throw new CompactRunError('digest must be text');
  return data as CompactRun;
}

/** Check a run's head with the run validator (a head is a run with no steps yet). */
export function validateHead(head: unknown): RunHead {
  if (typeof head !== 'object' || head === null) throw new CompactRunError('the run is missing');
  return headOf(validateRun({ ...head, steps: [], checkpoints: [] }));
}

/**
 * The version of the score a summary carries. A summary whose score is of another version (or
 * that has none: saved before scores were kept) is "not yet scored" until the store rescores it
 * from the run; raise this when the rubric's scoring changes, so old summaries are scored again.
 */
export const SUMMARY_SCORE_VERSION = 1;

/** A counselor run's score, small enough to keep in its summary: My runs' progress view reads it. */
export interface SummaryScore {
  version: number;
  total: number;
  fidelity: number;
  /** Each rubric item, in the rubric's order. */
  items: { id: RubricItemId; earned: number; max: number }[];
  /** Each fault, with the choice point (0-based) it was made at and the item it cost. */
  faults: { fault: CounselorFault; choice: number; item: RubricItemId }[];
}

/** What My runs shows of a run: its head and a small curve, so listing needs no replay. */
export interface RunSummary extends RunHead {
  /** Each partner's arousal at every step (one decimal), for the run's small curve. */
  arousal: Record<string, number[]>;
  /** Whether the run is stored compactly (replayed when opened) rather than whole. */
  compact: boolean;
  /** A counselor run's score (absent for other modes, and on summaries saved before scores were kept). */
  score?: SummaryScore;
}

/** The compact score of a run's steps. */
export function summaryScoreOf(record: Pick<RunRecord, 'steps'>): SummaryScore {
  const score = scoreSession(record.steps);
  return {
    version: SUMMARY_SCORE_VERSION,
    total: score.total,
    fidelity: score.fidelity,
    items: score.items.map(({ id, earned, max }) => ({ id, earned, max })),
    faults: score.items.flatMap((item) =>
      item.turns.flatMap((t) => (t.fault ? [{ fault: t.fault, choice: t.choice, item: item.id }] : [])),
    ),
  };
}

/** Whether a summary still needs a score (a counselor run whose summary has none of this version). */
export function needsScore(summary: RunSummary): boolean {
  return summary.mode === 'counselor' && summary.score?.version !== SUMMARY_SCORE_VERSION;
}

export function summaryOf(record: RunRecord, compact: boolean): RunSummary {
  const arousal: Record<string, number[]> = {};
  for (const id of Object.keys(record.steps[0]?.snapshot.partners ?? {})) {
    arousal[id] = record.steps.map((s) => Math.round((s.snapshot.partners[id]?.arousal ?? 0) * 10) / 10);
  }
  return {
    ...headOf(record),
    arousal,
    compact,
    ...(record.mode === 'counselor' ? { score: summaryScoreOf(record) } : {}),
  };
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isPercent = (value: unknown) => isCount(value) && value <= 100;

/** Check a summary's score; throws CompactRunError with what is wrong. */
function validateSummaryScore(data: unknown): void {
  const score = data as Partial<Record<keyof SummaryScore, unknown>> | null;
  if (typeof score !== 'object' || score === null || Array.isArray(score))
    throw new CompactRunError('score must be an object');
  // A score of another version is kept as it is, to be scored again: only its version is read.
  if (!isCount(score.version)) throw new CompactRunError('score.version must be a whole number');
  if (score.version !== SUMMARY_SCORE_VERSION) return;
  if (!isPercent(score.total)) throw new CompactRunError('score.total must be a whole number from 0 to 100');
  if (!isPercent(score.fidelity))
    throw new CompactRunError('score.fidelity must be a whole number from 0 to 100');
  if (!Array.isArray(score.items)) throw new CompactRunError('score.items must be a list');
  const seen = new Set<string>();
  score.items.forEach((item: unknown, i) => {
    const { id, earned, max } = (item ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || !Object.hasOwn(RUBRIC_ITEMS, id) || seen.has(id))
      throw new CompactRunError(`score.items[${i}].id must be a rubric item, once`);
    seen.add(id);
    if (!isCount(max) || !isCount(earned) || earned > max)
      throw new CompactRunError(`score.items[${i}] must earn a whole number from 0 to its max`);
  });
  if (!Array.isArray(score.faults)) throw new CompactRunError('score.faults must be a list');
  score.faults.forEach((entry: unknown, i) => {
    const { fault, choice, item } = (entry ?? {}) as Record<string, unknown>;
    if (!(COUNSELOR_FAULTS as readonly unknown[]).includes(fault))
      throw new CompactRunError(`score.faults[${i}].fault must be one of ${COUNSELOR_FAULTS.join(', ')}`);
    if (!isCount(choice)) throw new CompactRunError(`score.faults[${i}].choice must be a choice point`);
    if (typeof item !== 'string' || !Object.hasOwn(RUBRIC_ITEMS, item))
      throw new CompactRunError(`score.faults[${i}].item must be a rubric item`);
  });
}

/** Check a summary read back from storage. */
export function validateSummary(data: unknown): RunSummary {
  const { arousal, compact, score, ...head } = (data ?? {}) as Partial<RunSummary>;
  validateHead(head);
  if (typeof compact !== 'boolean') throw new CompactRunError('compact must be true or false');
  if (typeof arousal !== 'object' || arousal === null) throw new CompactRunError('arousal must be an object');
  for (const [id, values] of Object.entries(arousal)) {
    if (!Array.isArray(values) || !values.every((v) => typeof v === 'number'))
      throw new CompactRunError(`arousal.${id} must be a list of numbers`);
  }
  if (score !== undefined) validateSummaryScore(score);
  return data as RunSummary;
}
