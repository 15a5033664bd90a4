// Validation of runs read back from storage or from an imported file. A record that is not ours,
// is of another version, or is damaged is refused with a reason a person can act on.
import { CYCLE_STAGES } from '../sim/couple.ts';
import { isMoveType } from '../sim/moves.ts';
import { MODE_IDS } from '../story/manifest.ts';
import { RUN_FORMAT, RUN_VERSION, type RunRecord } from './run.ts';
import { MAX_DRAFT_LENGTH } from './session.ts';

export const RUNS_FORMAT = 'dance-of-distance/runs';
/** Largest file an import reads (a long run is about 100 KB). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const MAX_TEXT = 5_000;
const MAX_STEPS = 5_000;

export class RunFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunFormatError';
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const STATES = ['calm', 'activated', 'escalated', 'flooded', 'cooling'];
const STANCES = [
  'reaching',
  'protesting',
  'attacking',
  'cold',
  'present',
  'deflecting',
  'defending',
  'stonewalling',
];

function fail(path: string, problem: string): never {
  throw new RunFormatError(`${path} ${problem}`);
}

function text(value: unknown, path: string, max = MAX_TEXT): string {
  if (typeof value !== 'string') fail(path, 'must be text');
  if (value.length > max) fail(path, `is longer than ${max} characters`);
  return value;
}

function number(value: unknown, path: string, low = -Infinity, high = Infinity): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < low || value > high) {
    fail(path, `must be a number${Number.isFinite(low) ? ` from ${low} to ${high}` : ''}`);
  }
  return value;
}

function integer(value: unknown, path: string, low = 0): number {
  if (!Number.isInteger(value) || (value as number) < low) fail(path, `must be a whole number from ${low}`);
  return value as number;
}

function checkSnapshot(value: unknown, path: string): void {
  if (!isObject(value)) fail(path, 'must be an object');
  number(value.minutes, `${path}.minutes`, 0);
  if (!isObject(value.partners) || Object.keys(value.partners).length !== 2)
    fail(`${path}.partners`, 'must hold two partners');
  for (const [id, p] of Object.entries(value.partners)) {
    const at = `${path}.partners.${id}`;
    if (!isObject(p)) fail(at, 'must be an object');
    if (!STATES.includes(p.state as string)) fail(`${at}.state`, 'is not a state of the model');
    if (!STANCES.includes(p.stance as string)) fail(`${at}.stance`, 'is not a stance of the model');
    if (p.role !== 'pursuer' && p.role !== 'distancer') fail(`${at}.role`, 'must be pursuer or distancer');
    number(p.arousal, `${at}.arousal`, 0, 100);
    number(p.heartRate, `${at}.heartRate`, 0, 250);
    number(p.trust, `${at}.trust`, 0, 100);
    integer(p.positiveMoves, `${at}.positiveMoves`);
    integer(p.negativeMoves, `${at}.negativeMoves`);
    if (!isObject(p.horsemen)) fail(`${at}.horsemen`, 'must be an object');
  }
  const cycle = value.cycle;
  if (!isObject(cycle)) fail(`${path}.cycle`, 'must be an object');
  if (!CYCLE_STAGES.includes(cycle.stage as never))
    fail(`${path}.cycle.stage`, 'is not a stage of the circle');
  number(cycle.intensity, `${path}.cycle.intensity`, 0, 100);
  if (!['tightening', 'easing', 'steady'].includes(cycle.trend as string))
    fail(`${path}.cycle.trend`, 'is not a trend');
  number(cycle.ratio, `${path}.cycle.ratio`, 0);
}

function checkMove(value: unknown, path: string): void {
  if (value === null) return;
  if (!isObject(value)) fail(path, 'must be a move or null');
  text(value.by, `${path}.by`, 100);
  if (typeof value.type !== 'string' || !isMoveType(value.type)) fail(`${path}.type`, 'is not a known move');
  if (value.minutes !== undefined) number(value.minutes, `${path}.minutes`, 0, 1440);
  if (value.to !== undefined) text(value.to, `${path}.to`, 100);
}

/** Check parsed JSON as one run; returns it typed, or throws RunFormatError with the reason. */
export function validateRun(data: unknown): RunRecord {
  if (!isObject(data)) throw new RunFormatError('this is not a run: expected a JSON object');
  if (data.format !== RUN_FORMAT) {
    throw new RunFormatError(
      `this is not a Dance of Distance run (format is ${JSON.stringify(data.format ?? null)})`,
    );
  }
  if (data.version !== RUN_VERSION) {
    throw new RunFormatError(
      `this run is format version ${JSON.stringify(data.version)}; this game reads version ${RUN_VERSION}`,
    );
  }
  const id = text(data.id, 'id', 100);
  if (!/^[\w-]+$/.test(id)) fail('id', 'may hold only letters, digits, - and _');
  if (data.parentId !== null) text(data.parentId, 'parentId', 100);
  if (data.branchedAt !== null) integer(data.branchedAt, 'branchedAt');
  text(data.scenario, 'scenario', 100);
  if (!MODE_IDS.includes(data.mode as never)) fail('mode', `must be one of ${MODE_IDS.join(', ')}`);
  integer(data.seed, 'seed');
  text(data.storyVersion, 'storyVersion', 100);
  for (const key of ['createdAt', 'updatedAt']) {
    if (Number.isNaN(Date.parse(text(data[key], key, 40)))) fail(key, 'must be a date');
  }
  if (!Array.isArray(data.choices)) fail('choices', 'must be a list');
  data.choices.forEach((c, i) => integer(c, `choices[${i}]`, 1));
  if (!Array.isArray(data.steps)) fail('steps', 'must be a list');
  if (data.steps.length > MAX_STEPS) fail('steps', `has more than ${MAX_STEPS} steps`);
  data.steps.forEach((step: unknown, i: number) => {
    const at = `steps[${i}]`;
    if (!isObject(step)) fail(at, 'must be an object');
    if (step.kind !== 'line' && step.kind !== 'choice') fail(`${at}.kind`, 'must be line or choice');
    if (step.speaker !== null) text(step.speaker, `${at}.speaker`, 100);
    text(step.text, `${at}.text`);
    if (!Array.isArray(step.tags)) fail(`${at}.tags`, 'must be a list');
    step.tags.forEach((t, k) => text(t, `${at}.tags[${k}]`, 200));
    if (typeof step.coach !== 'boolean') fail(`${at}.coach`, 'must be true or false');
    checkMove(step.move, `${at}.move`);
    if (step.kind === 'choice') {
      integer(step.chosen, `${at}.chosen`, 1);
      if (!Array.isArray(step.choices)) fail(`${at}.choices`, 'must be a list');
      step.choices.forEach((c: unknown, k: number) => {
        if (!isObject(c)) fail(`${at}.choices[${k}]`, 'must be an object');
        text(c.text, `${at}.choices[${k}].text`);
      });
    }
    if (step.ending !== undefined) text(step.ending, `${at}.ending`, 100);
    checkSnapshot(step.snapshot, `${at}.snapshot`);
  });
  if (!Array.isArray(data.checkpoints)) fail('checkpoints', 'must be a list');
  data.checkpoints.forEach((c: unknown, i: number) => {
    const at = `checkpoints[${i}]`;
    if (!isObject(c)) fail(at, 'must be an object');
    const stepCount = integer(c.stepCount, `${at}.stepCount`);
    if (stepCount > (data.steps as unknown[]).length) fail(`${at}.stepCount`, 'points past the last step');
    text(c.ink, `${at}.ink`, 1_000_000);
    if (!isObject(c.sim) || !isObject(c.sim.partners) || c.sim.couple === undefined)
      fail(`${at}.sim`, 'is not a saved model');
    number(c.sim.minutes, `${at}.sim.minutes`, 0);
  });
  if (data.ending !== null) text(data.ending, 'ending', 100);
  if (typeof data.finished !== 'boolean') fail('finished', 'must be true or false');
  const choicePoints = Math.max(data.checkpoints.length, data.choices.length + 1);
  for (const key of ['hints', 'drafts'] as const) {
    const notes = data[key];
    if (notes === undefined) continue;
    if (!Array.isArray(notes) || notes.length > choicePoints)
      fail(key, 'must be a list, one per choice point at most');
    const seen = new Set<number>();
    notes.forEach((note: unknown, i: number) => {
      if (!isObject(note)) fail(`${key}[${i}]`, 'must be an object');
      const choice = integer(note.choice, `${key}[${i}].choice`);
      if (choice >= choicePoints) fail(`${key}[${i}].choice`, 'is past the last choice point');
      if (seen.has(choice)) fail(`${key}[${i}].choice`, 'is noted twice');
      seen.add(choice);
      text(note.text, `${key}[${i}].text`, MAX_DRAFT_LENGTH);
    });
  }
  return data as unknown as RunRecord;
}

export interface ImportResult {
  runs: RunRecord[];
  /** Why each refused run was refused (a whole refused file gives one entry). */
  refused: string[];
}

/** Read an exported file: one run, or a bundle of runs. A foreign or broken file is refused. */
export function readRunsFile(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return {
      runs: [],
      refused: [
        `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, far more than any set of runs`,
      ],
    };
  }
  let data: unknown;
  try {
    // A byte-order mark is not content: the browser's File.text() drops it, and so do we.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      runs: [],
      refused: [`the file is not valid JSON (${(error as Error).message}); it may be truncated`],
    };
  }
  if (isObject(data) && data.format === RUNS_FORMAT) {
    if (data.version !== RUN_VERSION)
      return {
        runs: [],
        refused: [
          `this bundle is version ${JSON.stringify(data.version)}; this game reads version ${RUN_VERSION}`,
        ],
      };
    if (!Array.isArray(data.runs)) return { runs: [], refused: ['the bundle has no list of runs'] };
    const result: ImportResult = { runs: [], refused: [] };
    data.runs.forEach((run, i) => {
      try {
        result.runs.push(validateRun(run));
      } catch (error) {
        result.refused.push(`run ${i + 1}: ${(error as Error).message}`);
      }
    });
    return result;
  }
  try {
    return { runs: [validateRun(data)], refused: [] };
  } catch (error) {
    return { runs: [], refused: [(error as Error).message] };
  }
}

export function runsBundle(runs: RunRecord[], exportedAt: string): string {
  return JSON.stringify({ format: RUNS_FORMAT, version: RUN_VERSION, exportedAt, runs }, null, 1);
}
