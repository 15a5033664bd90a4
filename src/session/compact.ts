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
import * as v from 'valibot';
import {
  checkShape,
  describe,
  flag,
  isPartnerId,
  list,
  MAX_STEPS,
  numberFrom,
  RunFormatError,
  runHeadEntries,
  shape,
  validateRun,
  validateRunHead,
  wholeNumber,
  type RunReader,
} from './validate.ts';
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

const storedEnvelope = { format: v.literal(COMPACT_FORMAT), version: v.literal(COMPACT_VERSION) };
/** A compact run as stored: its head and the digest of the record, or the record kept whole. */
const compactSchema = shape({ ...storedEnvelope, head: v.unknown(), digest: v.string('must be text') });
const wholeSchema = shape({ ...storedEnvelope, whole: v.unknown() });

/**
 * Check data read back from storage as a compact run, with the run validator (given the reader's
 * scenarios, against the run's scenario); throws RunFormatError or CompactRunError.
 */
export function validateCompactRun(data: unknown, reader?: RunReader): CompactRun {
  const record = data as Partial<Record<'format' | 'version' | 'head' | 'digest' | 'whole', unknown>> | null;
  if (typeof record !== 'object' || record === null || record.format !== COMPACT_FORMAT) {
    throw new CompactRunError('this is not a stored run');
  }
  if (record.version !== COMPACT_VERSION) {
    throw new CompactRunError(`this stored run is version ${describe(record.version)}`);
  }
  if ('whole' in record) validateRun(record.whole, reader);
  else validateHead(record.head, reader);
  checkShape('whole' in record ? wholeSchema : compactSchema, data);
  return data as CompactRun;
}

/** Check a run's head (a run with no steps or checkpoints yet) with the run validator. */
export function validateHead(head: unknown, reader?: RunReader): RunHead {
  if (typeof head !== 'object' || head === null) throw new CompactRunError('the run is missing');
  return validateRunHead(head, reader);
}

/**
 * The version of the score a summary carries. A summary whose score is of another version (or
 * that has none: saved before scores were kept) is "not yet scored" until the store rescores it
 * from the run; raise this when the rubric's scoring changes, so old summaries are scored again
 * (2: holding a break, screening a flooded couple apart, and closing the hour; 3: no alliance
 * earned by pressing on while someone is flooded).
 */
export const SUMMARY_SCORE_VERSION = 3;

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
  /** How many times the run has been saved (set by the store; absent on older summaries): a tab
   * saving a run another tab has saved since does not overwrite it. */
  revision?: number;
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

const RUBRIC_ITEM_IDS = Object.keys(RUBRIC_ITEMS) as RubricItemId[];
const percent = () => wholeNumber(0, 100);

/** A summary's score of this version (one of another version is kept as it is, and rescored). */
const summaryScoreSchema = shape({
  version: v.literal(SUMMARY_SCORE_VERSION),
  total: percent(),
  fidelity: percent(),
  items: list(
    v.pipe(
      shape({
        id: v.picklist(RUBRIC_ITEM_IDS, 'must be a rubric item, once'),
        earned: v.unknown(),
        max: v.unknown(),
      }),
      v.check(
        ({ earned, max }) => v.is(wholeNumber(), max) && v.is(wholeNumber(), earned) && earned <= max,
        'must earn a whole number from 0 to its max',
      ),
    ),
    RUBRIC_ITEM_IDS.length,
  ),
  faults: list(
    shape({
      fault: v.picklist(COUNSELOR_FAULTS, `must be one of ${COUNSELOR_FAULTS.join(', ')}`),
      choice: wholeNumber(0, MAX_STEPS),
      item: v.picklist(RUBRIC_ITEM_IDS, 'must be a rubric item'),
    }),
    MAX_STEPS,
  ),
});

/** Check a summary's score; throws RunFormatError with what is wrong. */
function validateSummaryScore(score: unknown): void {
  // A score of another version is kept as it is, to be scored again: only its version is read.
  if (typeof score !== 'object' || score === null || Array.isArray(score))
    throw new RunFormatError('score must be an object');
  const { version } = score as { version?: unknown };
  checkShape(wholeNumber(), version, 'score.version');
  if (version !== SUMMARY_SCORE_VERSION) return;
  checkShape(summaryScoreSchema, score, 'score');
  const seen = new Set<string>();
  (score as SummaryScore).items.forEach(({ id }, i) => {
    if (seen.has(id)) throw new RunFormatError(`score.items[${i}].id must be a rubric item, once`);
    seen.add(id);
  });
}

/** What a summary keeps beside the run's head: each partner's arousal curve (none before the first
 * step), whether the run is stored compactly, and a counselor run's score. */
const summarySchema = shape({
  ...runHeadEntries,
  arousal: v.pipe(
    v.record(v.string(), list(numberFrom(0, 100), MAX_STEPS), 'must be an object'),
    v.check(
      (curves) => [0, 2].includes(Object.keys(curves).length) && Object.keys(curves).every(isPartnerId),
      "must hold the two partners' curves, by their ids",
    ),
  ),
  compact: flag(),
  score: v.optional(v.unknown()),
  revision: v.optional(wholeNumber()),
});

/** Check a summary read back from storage (given the reader's scenarios, against its scenario). */
export function validateSummary(data: unknown, reader?: RunReader): RunSummary {
  const summary = (data ?? {}) as Partial<RunSummary>;
  const head = { ...summary };
  delete head.arousal;
  delete head.compact;
  delete head.score;
  delete head.revision;
  validateHead(head, reader);
  checkShape(summarySchema, data);
  if (summary.score !== undefined) validateSummaryScore(summary.score);
  return data as RunSummary;
}
