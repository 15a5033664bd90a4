// One validator for a run, used by every reader: an imported file, the runs read back from
// storage, and the command-line tools' --from-run and --compare. A record that is not ours, is of
// another version, or is damaged is refused with a reason a person can act on, in one short line
// that names where and why (`steps[3].snapshot.partners.jake.arousal must be a number from 0 to
// 100`) and never echoes more than a few dozen characters of what it was given.
//
// The shape of a run is a valibot schema: every field a run carries, down to what the model
// persists at each checkpoint (each partner's and the couple's machine), with the model's ranges.
// valibot is small and tree-shakes to the parts used, so the browser download barely grows. What a
// schema cannot say is checked after it: that the parts of a run agree (its choices with its choice
// steps, its checkpoints with its choice points, one pair of partners throughout), and, for a
// reader that has the scenario, that the run fits it: its partners and mode, and its story (each
// checkpoint's saved story state loads and offers the choices the run recorded there; on a changed
// story, its choices still play). Sizes and nesting are bounded before anything is parsed.
import * as v from 'valibot';
import { CYCLE_STAGES } from '../sim/couple.ts';
import { COUNSELOR_ID, MOVE_TYPES } from '../sim/moves.ts';
import { MODE_IDS, type ScenarioManifest } from '../story/manifest.ts';
import type { Story } from 'inkjs';
import type { Path } from 'inkjs/engine/Path';
import { inkStory } from '../story/runner.ts';
import { parseChoiceTags } from '../story/tags.ts';
import { storyVersionOf } from './hash.ts';
import { RUN_FORMAT, RUN_VERSION, type RunRecord } from './run.ts';
import { MAX_DRAFT_LENGTH, Session, type Step } from './session.ts';

export const RUNS_FORMAT = 'dance-of-distance/runs';
/** Largest file an import reads (a long run is about 100 KB). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Deepest nesting a file may have: a bundle of runs nests about ten levels. */
export const MAX_DEPTH = 32;
const MAX_TEXT = 5_000;
const MAX_NAME = 100;
export const MAX_STEPS = 5_000;
const MAX_TAGS = 50;
const MAX_OFFERED = 50;
const MAX_INK = 1_000_000;
/** More than any count or clock a run reaches (a session is an hour; a run, a few hundred moves). */
const MAX_COUNT = 1_000_000;
const MAX_MINUTES = 1_000_000;
/** How many refused runs of a bundle are told one by one. */
const MAX_REASONS = 5;
/** How much of a bad value a reason quotes. */
const QUOTED = 40;

export class RunFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunFormatError';
  }
}

/** A scenario as a reader has it: its manifest and its compiled story. */
export interface ScenarioSource {
  manifest: ScenarioManifest;
  storyJson: string;
}

/** What the reader knows of a scenario: its manifest, and its story where the check needs it. */
export type ScenarioKnown = ScenarioSource | { manifest: ScenarioManifest; storyJson?: undefined };

/** What a reader knows besides the record itself. */
export interface RunReader {
  /** The scenario of this id as the reader has it, or undefined. Only `checkStory` needs its story. */
  scenario(id: string): ScenarioKnown | undefined;
  /** Refuse a run of a scenario the reader lacks: an import or the command line, which could not
   * play it. Storage keeps such runs (whole, as they were recorded) and checks them by shape. */
  refuseUnknownScenario?: boolean;
  /** Check the run against its story: each checkpoint's story state loads and offers the choices
   * the run recorded there; on a changed story, the choices are replayed and must still play. */
  checkStory?: boolean;
}

// ---- reasons --------------------------------------------------------------------------------

function fail(path: string, problem: string): never {
  throw new RunFormatError(`${path} ${problem}`);
}

/** A value as a reason shows it: short, on one line. */
export function describe(value: unknown): string {
  if (typeof value === 'string') {
    const shown = JSON.stringify(value.slice(0, QUOTED));
    return value.length > QUOTED ? `${shown.slice(0, -1)}…"` : shown;
  }
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value).slice(0, QUOTED);
}

/** A message of any origin as one readable line, cut to a few dozen words. */
export function oneLine(text: string, max = 200): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const PLAIN_KEY = /^[A-Za-z_][\w-]{0,39}$/;

/** Where a schema issue is, as `steps[3].snapshot.partners.jake.arousal`. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let at = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'number') at += `[${key}]`;
    else if (typeof key === 'string' && PLAIN_KEY.test(key)) at += at ? `.${key}` : key;
    else at += `[${describe(key)}]`;
  }
  return at;
}

// ---- the schema -----------------------------------------------------------------------------

/** Names of the model's states, stances, stages… as picklists, with the reason for a bad one. */
const oneOf = <const T extends readonly string[]>(options: T, message: string) =>
  v.picklist(options, message);

/** An object with exactly these fields: a missing one or one of no run is named. */
export function shape<const E extends v.ObjectEntries>(entries: E) {
  return v.strictObject(entries, (issue) =>
    issue.expected === 'never'
      ? 'is not part of a run'
      : issue.input === undefined && issue.expected?.startsWith('"')
        ? 'is missing'
        : 'must be an object',
  );
}

const text = (max = MAX_TEXT) =>
  v.pipe(v.string('must be text'), v.maxLength(max, `is longer than ${max} characters`));

const name = (pattern: RegExp, rule: string, max = MAX_NAME) => v.pipe(text(max), v.regex(pattern, rule));

export function numberFrom(low: number, high: number) {
  const message = `must be a number from ${low} to ${high}`;
  return v.pipe(v.number(message), v.minValue(low, message), v.maxValue(high, message));
}

export function wholeNumber(low = 0, high = MAX_COUNT) {
  const message = `must be a whole number from ${low} to ${high}`;
  return v.pipe(v.number(message), v.integer(message), v.minValue(low, message), v.maxValue(high, message));
}

export const list = <const T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item, 'must be a list'), v.maxLength(max, `has more than ${max} entries`));

export const flag = () => v.boolean('must be true or false');

/** Scenario, partner and ending ids are names (never paths); run ids are letters, digits, - and _. */
const ID = /^[a-z][a-z0-9_-]*$/;
const RUN_ID = /^[\w-]+$/;
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype', COUNSELOR_ID]);
export const isPartnerId = (key: string) => ID.test(key) && !RESERVED_KEYS.has(key);

/** One entry per partner, keyed by partner id: exactly two. */
const byPartner = <const T extends v.GenericSchema>(value: T) =>
  v.pipe(
    v.record(v.string(), value, 'must hold two partners'),
    v.check(
      (entries) => Object.keys(entries).length === 2 && Object.keys(entries).every(isPartnerId),
      'must hold two partners, by their ids',
    ),
  );

const partnerId = () => name(ID, 'is not a partner id');
const arousal = () => numberFrom(0, 100);
/** A resting heart rate of 40–99 bpm plus half the arousal. */
const heartRate = () => numberFrom(40, 150);
const trust = () => numberFrom(0, 100);
const minutes = () => numberFrom(0, MAX_MINUTES);
const move = () => oneOf(MOVE_TYPES, 'is not a known move');
const state = () =>
  oneOf(['calm', 'activated', 'escalated', 'flooded', 'cooling'] as const, 'is not a state of the model');
const stance = () =>
  oneOf(
    [
      'reaching',
      'protesting',
      'attacking',
      'cold',
      'present',
      'deflecting',
      'defending',
      'stonewalling',
    ] as const,
    'is not a stance of the model',
  );
const role = () => oneOf(['pursuer', 'distancer'] as const, 'must be pursuer or distancer');
const stage = () => oneOf(CYCLE_STAGES, 'is not a stage of the circle');
const trend = () => oneOf(['tightening', 'easing', 'steady'] as const, 'is not a trend');
const reception = () => oneOf(['as_meant', 'misread', 'let_go'] as const, 'is not a way a move is heard');
const horsemen = () =>
  shape({
    criticism: wholeNumber(),
    contempt: wholeNumber(),
    defensiveness: wholeNumber(),
    stonewalling: wholeNumber(),
  });

/** What a step's snapshot tells of a partner (SimSnapshot's PartnerReading). */
export const partnerReadingSchema = shape({
  state: state(),
  stance: stance(),
  role: role(),
  arousal: arousal(),
  heartRate: heartRate(),
  trust: trust(),
  horsemen: horsemen(),
  positiveMoves: wholeNumber(),
  negativeMoves: wholeNumber(),
  onBreak: v.optional(flag()),
  reception: v.optional(v.nullable(reception())),
});

export const snapshotSchema = shape({
  minutes: minutes(),
  breakSince: v.optional(v.nullable(minutes())),
  partners: byPartner(partnerReadingSchema),
  cycle: shape({
    stage: stage(),
    intensity: numberFrom(0, 100),
    trend: trend(),
    ratio: numberFrom(0, MAX_COUNT),
  }),
});

const moveSchema = shape({
  by: name(ID, 'is not a partner or the counselor'),
  type: move(),
  minutes: v.optional(numberFrom(0, 1440)),
  to: v.optional(partnerId()),
});

const offeredChoiceSchema = shape({
  text: text(),
  move: v.nullable(move()),
  to: v.optional(partnerId()),
  minutes: v.optional(numberFrom(0, 1440)),
  strained: v.optional(v.literal(true, 'must be true when present')),
});

const stepEntries = {
  speaker: v.nullable(name(ID, 'is not a partner or the counselor')),
  text: text(),
  tags: list(text(200), MAX_TAGS),
  coach: flag(),
  move: v.nullable(moveSchema),
};

export const stepSchema = v.variant(
  'kind',
  [
    shape({
      kind: v.literal('line'),
      ...stepEntries,
      ending: v.optional(name(ID, 'is not an ending id')),
      snapshot: snapshotSchema,
    }),
    shape({
      kind: v.literal('choice'),
      ...stepEntries,
      choices: v.pipe(
        list(offeredChoiceSchema, MAX_OFFERED),
        v.minLength(1, 'must offer at least one choice'),
      ),
      chosen: wholeNumber(1, MAX_OFFERED),
      snapshot: snapshotSchema,
    }),
  ],
  'must be line or choice',
);

/** The partner model's parameters, in the ranges a scenario's manifest allows. */
const paramsSchema = shape({
  restingHeartRate: numberFrom(40, 99),
  setPoint: numberFrom(0, 100),
  inertia: numberFrom(0, 1),
  pressureSensitivity: numberFrom(0, 3),
  distanceSensitivity: numberFrom(0, 3),
  trust: numberFrom(0, 100),
});

/** A partner machine's context as xstate persists it (sim/partner.ts PartnerContext). */
export const partnerContextSchema = shape({
  id: partnerId(),
  role: role(),
  params: paramsSchema,
  arousal: arousal(),
  heartRate: heartRate(),
  trust: trust(),
  horsemen: horsemen(),
  positiveMoves: wholeNumber(),
  negativeMoves: wholeNumber(),
  cold: flag(),
  unansweredPursuits: wholeNumber(),
  pursuitPending: flag(),
  pursuedWhileCold: wholeNumber(),
  warmthWhileCold: wholeNumber(),
  coolingSince: v.nullable(minutes()),
  lastOwnMove: v.nullable(move()),
  lastReception: v.nullable(reception()),
});

const partnerViewSchema = shape({
  id: partnerId(),
  role: role(),
  state: state(),
  stance: stance(),
  arousal: arousal(),
  overTheLine: v.optional(flag()),
});

/** The couple machine's context as xstate persists it (sim/couple.ts CoupleContext). */
export const coupleContextSchema = shape({
  intensity: numberFrom(0, 100),
  trend: trend(),
  ratio: numberFrom(0, MAX_COUNT),
  positive: wholeNumber(),
  negative: wholeNumber(),
  recentValence: list(numberFrom(-1, 1), 6),
  recentIntensity: list(numberFrom(0, 100), 4),
  regulatingRun: wholeNumber(),
  partners: v.pipe(list(partnerViewSchema, 2), v.length(2, 'must hold two partners')),
  lastMove: v.nullable(move()),
  lastBy: v.nullable(partnerId()),
  turn: wholeNumber(),
  stageEnteredAt: wholeNumber(),
  startStage: stage(),
});

/** A running machine as xstate persists it (getPersistedSnapshot): no children, no history. */
const machineSchema = <const V extends v.GenericSchema, const C extends v.GenericSchema>(
  value: V,
  context: C,
) =>
  shape({
    status: v.literal('active', 'must be active'),
    value,
    historyValue: shape({}),
    context,
    children: shape({}),
    // Present (as undefined) on a snapshot that has not been through JSON.
    output: v.optional(v.undefined('must be absent')),
    error: v.optional(v.undefined('must be absent')),
  });

/** A thread of ink's call stack as it saves one: where each element of the stack is. */
const inkThreadSchema = v.looseObject({
  callstack: v.array(
    v.looseObject({
      cPath: v.optional(v.string()),
      idx: v.optional(v.pipe(v.number(), v.integer())),
      exp: v.boolean(),
      type: v.picklist([0, 1, 2]),
    }),
  ),
  threadIndex: v.pipe(v.number(), v.integer()),
  previousContentObject: v.optional(v.string()),
});

/** A choice on offer as ink saves it. */
const inkChoiceSchema = v.strictObject({
  text: v.string(),
  index: v.pipe(v.number(), v.integer()),
  originalChoicePath: v.string(),
  originalThreadIndex: v.pipe(v.number(), v.integer()),
  targetPath: v.string(),
  isInvisibleDefault: v.boolean(),
  tags: v.optional(v.array(v.string())),
});

/** Top level of inkjs's saved story state, down to its threads and choices; where they point is
 * checked against the story itself (checkStory). */
const inkStateSchema = v.looseObject({
  flows: v.record(
    v.string(),
    v.looseObject({
      callstack: v.looseObject({ threads: v.array(inkThreadSchema), threadCounter: v.number() }),
      outputStream: v.array(v.unknown()),
      choiceThreads: v.optional(v.record(v.string(), inkThreadSchema)),
      currentChoices: v.array(inkChoiceSchema),
    }),
  ),
  currentFlowName: v.string(),
  variablesState: v.looseObject({}),
  // Nothing is being evaluated at a choice point.
  evalStack: v.pipe(v.array(v.unknown()), v.length(0)),
  visitCounts: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
  turnIndices: v.record(v.string(), v.pipe(v.number(), v.integer())),
  turnIdx: v.number(),
  storySeed: v.number(),
  previousRandom: v.number(),
  inkSaveVersion: v.number(),
});

function isInkState(ink: string): boolean {
  if (nestingDepth(ink, MAX_DEPTH) > MAX_DEPTH) return false;
  try {
    return v.is(inkStateSchema, JSON.parse(ink));
  } catch {
    return false;
  }
}

/** The model's state at a choice point (sim/simulation.ts PersistedSim). */
export const persistedSimSchema = shape({
  minutes: minutes(),
  partners: byPartner(machineSchema(state(), partnerContextSchema)),
  couple: machineSchema(stage(), coupleContextSchema),
  moveCount: v.optional(wholeNumber()),
  breakSince: v.optional(v.nullable(minutes())),
  cycleTracked: v.optional(flag()),
});

export const checkpointSchema = shape({
  stepCount: wholeNumber(0, MAX_STEPS),
  ink: v.pipe(text(MAX_INK), v.check(isInkState, 'is not a saved story state')),
  sim: persistedSimSchema,
});

/** A hint or a draft noted at a choice point. */
export const choiceNoteSchema = shape({
  choice: wholeNumber(0, MAX_STEPS),
  text: text(MAX_DRAFT_LENGTH),
});

const date = () =>
  v.pipe(
    v.string('must be a date'),
    v.maxLength(40, 'must be a date'),
    v.check((value) => !Number.isNaN(Date.parse(value)), 'must be a date'),
  );

/** Everything of a run but its steps and checkpoints (what a compact stored run keeps). */
export const runHeadEntries = {
  format: v.literal(RUN_FORMAT),
  version: v.literal(RUN_VERSION),
  id: name(RUN_ID, 'may hold only letters, digits, - and _'),
  parentId: v.nullable(name(RUN_ID, 'may hold only letters, digits, - and _')),
  branchedAt: v.nullable(wholeNumber(0, MAX_STEPS)),
  scenario: name(ID, 'must be the name of a scenario (lower-case letters, digits, - and _), not a path'),
  mode: oneOf(MODE_IDS, `must be one of ${MODE_IDS.join(', ')}`),
  seed: wholeNumber(0, Number.MAX_SAFE_INTEGER),
  storyVersion: name(/^[\w.-]+$/, 'is not a story version'),
  createdAt: date(),
  updatedAt: date(),
  // Checked against the choices the steps record (and the story) after the schema.
  choices: list(wholeNumber(1, MAX_COUNT), MAX_STEPS),
  ending: v.nullable(name(ID, 'is not an ending id')),
  finished: flag(),
  hints: v.optional(list(choiceNoteSchema, MAX_STEPS)),
  drafts: v.optional(list(choiceNoteSchema, MAX_STEPS)),
};

/** A run's head: the run without its steps and checkpoints. */
export const runHeadSchema = shape(runHeadEntries);

/** A whole run, as saved, exported and imported. */
export const runSchema = shape({
  ...runHeadEntries,
  steps: list(stepSchema, MAX_STEPS),
  checkpoints: list(checkpointSchema, MAX_STEPS),
});

// ---- checks -----------------------------------------------------------------------------------

/** Throw the first thing wrong with `data` by `schema` as a RunFormatError naming where (below
 * `at`, if given) and why. */
export function checkShape(schema: v.GenericSchema, data: unknown, at = ''): void {
  const result = v.safeParse(schema, data, { abortEarly: true });
  if (result.success) return;
  const issue = result.issues[0];
  const path = pathOf(issue);
  fail(at && path ? (path.startsWith('[') ? `${at}${path}` : `${at}.${path}`) : at || path, issue.message);
}

function checkEnvelope(data: unknown): asserts data is Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new RunFormatError('this is not a run: expected a JSON object');
  const record = data as Record<string, unknown>;
  if (record.format !== RUN_FORMAT) {
    throw new RunFormatError(
      `this is not a Dance of Distance run (format is ${describe(record.format ?? null)})`,
    );
  }
  if (record.version !== RUN_VERSION) {
    throw new RunFormatError(
      `this run is format version ${describe(record.version)}; this game reads version ${RUN_VERSION}`,
    );
  }
}

export type RunHeadRecord = Omit<RunRecord, 'steps' | 'checkpoints'>;

/** The hints and drafts: one per choice point at most, each at a choice point the run has. */
function checkNotes(run: RunHeadRecord, choicePoints: number): void {
  for (const key of ['hints', 'drafts'] as const) {
    const notes = run[key];
    if (notes === undefined) continue;
    if (notes.length > choicePoints) fail(key, 'must be a list, one per choice point at most');
    const seen = new Set<number>();
    notes.forEach((note, i) => {
      if (note.choice >= choicePoints) fail(`${key}[${i}].choice`, 'is past the last choice point');
      if (seen.has(note.choice)) fail(`${key}[${i}].choice`, 'is noted twice');
      seen.add(note.choice);
    });
  }
}

/** A run's scenario, as the reader has it; the run's partners and mode must be the scenario's. */
function scenarioOf(run: RunHeadRecord, reader: RunReader | undefined): ScenarioKnown | undefined {
  if (!reader) return undefined;
  const scenario = reader.scenario(run.scenario);
  if (!scenario) {
    if (reader.refuseUnknownScenario) fail('scenario', `'${run.scenario}' is not a scenario this game has`);
    return undefined;
  }
  const modes = scenario.manifest.modes.map((m) => m.id);
  if (!modes.includes(run.mode as never))
    fail('mode', `'${run.mode}' is not a mode of ${run.scenario} (${modes.join(', ')})`);
  return scenario;
}

/** That the parts of a run agree: the choices with the choice steps, each checkpoint with its choice
 * point, one pair of partners in every snapshot and checkpoint, moves by and to those partners. */
function checkConsistent(run: RunRecord, partners: string[] | null): void {
  const choiceSteps = run.steps.flatMap((step, i) => (step.kind === 'choice' ? [i] : []));
  if (choiceSteps.length !== run.choices.length)
    fail('choices', `lists ${run.choices.length} choices but the steps record ${choiceSteps.length}`);
  choiceSteps.forEach((at, k) => {
    const step = run.steps[at];
    if (step.chosen! > step.choices!.length)
      fail(`steps[${at}].chosen`, `is not one of its ${step.choices!.length} choices`);
    if (run.choices[k] !== step.chosen)
      fail(`choices[${k}]`, `is ${run.choices[k]}, but steps[${at}] records choice ${step.chosen}`);
  });
  const n = run.choices.length;
  if (run.checkpoints.length !== n && run.checkpoints.length !== n + 1)
    fail('checkpoints', `must be one per choice point (${n} or ${n + 1}), not ${run.checkpoints.length}`);
  if (run.finished && run.checkpoints.length !== n)
    fail('checkpoints', 'has one past the last choice of a finished run');
  run.checkpoints.forEach((checkpoint, k) => {
    const at = `checkpoints[${k}].stepCount`;
    if (checkpoint.stepCount > run.steps.length) fail(at, 'points past the last step');
    const expected = k < n ? choiceSteps[k] : run.steps.length;
    if (checkpoint.stepCount !== expected) fail(at, `must be ${expected}, where choice ${k + 1} is`);
  });
  // One pair of partners throughout: the scenario's, or the first snapshot's.
  const ids =
    partners ?? Object.keys(run.steps[0]?.snapshot.partners ?? run.checkpoints[0]?.sim.partners ?? {}).sort();
  const samePartners = (entries: Record<string, unknown>, at: string) => {
    const keys = Object.keys(entries).sort();
    if (keys.join(',') !== ids.join(',')) fail(at, `must be the run's partners (${ids.join(', ')})`);
  };
  const isPartner = (id: string) => ids.includes(id);
  const isSpeaker = (id: string | null) => id === null || id === COUNSELOR_ID || isPartner(id);
  run.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    samePartners(step.snapshot.partners, `${at}.snapshot.partners`);
    if (!isSpeaker(step.speaker)) fail(`${at}.speaker`, 'is not a partner or the counselor');
    checkMoveParties(step, at, isPartner);
  });
  run.checkpoints.forEach((checkpoint, k) => {
    const at = `checkpoints[${k}].sim`;
    samePartners(checkpoint.sim.partners, `${at}.partners`);
    for (const [id, machine] of Object.entries(checkpoint.sim.partners)) {
      if ((machine as { context: { id: string } }).context.id !== id)
        fail(`${at}.partners.${id}.context.id`, `must be ${id}`);
    }
    const couple = (
      checkpoint.sim.couple as { context: { partners: { id: string }[]; lastBy: string | null } }
    ).context;
    couple.partners.forEach((p, i) => {
      if (!isPartner(p.id) || couple.partners.findIndex((q) => q.id === p.id) !== i)
        fail(
          `${at}.couple.context.partners[${i}].id`,
          `must be one of the run's partners (${ids.join(', ')})`,
        );
    });
    if (couple.lastBy !== null && !isPartner(couple.lastBy))
      fail(`${at}.couple.context.lastBy`, 'is not a partner of the run');
  });
}

function checkMoveParties(step: Step, at: string, isPartner: (id: string) => boolean): void {
  const m = step.move;
  if (m && m.by !== COUNSELOR_ID && !isPartner(m.by))
    fail(`${at}.move.by`, 'is not a partner or the counselor');
  if (m?.to !== undefined && !isPartner(m.to)) fail(`${at}.move.to`, 'is not a partner of the run');
  step.choices?.forEach((choice, k) => {
    if (choice.to !== undefined && !isPartner(choice.to))
      fail(`${at}.choices[${k}].to`, 'is not a partner of the run');
  });
}

/** That the run fits its story: on the story it was recorded on, each checkpoint's story state
 * loads and offers what the run recorded there; on a changed story, its choices still play. */
function checkStory(run: RunRecord, scenario: ScenarioSource): void {
  if (storyVersionOf(scenario.storyJson) !== run.storyVersion) {
    // Opening it replays its choices on the story as it is now: they must still play.
    const session = Session.start({ ...scenario, mode: run.mode, seed: run.seed });
    run.choices.forEach((choice, k) => {
      const offered = session.choices.length;
      if (choice > offered)
        fail(
          `choices[${k}]`,
          offered
            ? `is not on offer in the story as it is now (choose 1 to ${offered})`
            : 'is past the end of the story as it is now',
        );
      session.choose(choice);
    });
    return;
  }
  const story = inkStory(scenario.storyJson);
  // A story not yet played holds each variable's declared value.
  const declared = inkStory(scenario.storyJson).variablesState;
  run.checkpoints.forEach((checkpoint, k) => {
    const at = `checkpoints[${k}].ink`;
    let offered: string[];
    try {
      story.state.LoadJson(checkpoint.ink);
      // What ink saves of the state it loaded is the saved state itself, or it was not ink's.
      if (story.state.ToJson() !== checkpoint.ink) throw new Error('not as ink saves it');
      offered = story.currentChoices.map((choice) => choice.text.trim());
      // Tags a choice of the story can carry (a move the model knows, its partner, its minutes).
      for (const choice of story.currentChoices) parseChoiceTags((choice.tags ?? []).map((t) => t.trim()));
      if (!pointsIntoStory(story, checkpoint.ink, declared))
        throw new Error('a place of the state is not in the story');
      // Each choice leads somewhere in this story (choosing moves ink there and runs nothing).
      for (let i = 0; i < offered.length; i++) {
        if (i > 0) story.state.LoadJson(checkpoint.ink);
        story.ChooseChoiceIndex(i);
        if (!story.state.currentPointer.Resolve()) throw new Error('a choice leads nowhere');
      }
    } catch {
      return fail(at, `is not a saved state of the story of ${run.scenario}`);
    }
    const recorded = run.steps[checkpoint.stepCount]?.choices?.map((choice) => choice.text);
    if (offered.length === 0 || (recorded && recorded.join('\n') !== offered.join('\n')))
      fail(at, 'does not offer the choices the run recorded there');
  });
}

interface InkElement {
  cPath?: unknown;
  idx?: unknown;
}
interface InkThread {
  callstack?: InkElement[];
  previousContentObject?: unknown;
}
interface InkFlow {
  callstack?: { threads?: InkThread[] };
  choiceThreads?: Record<string, InkThread>;
  currentChoices?: { originalChoicePath?: unknown; targetPath?: unknown }[];
}

/**
 * Whether every place a saved story state points at is in the story, exactly: where each thread
 * is and was, and each choice's origin (a choice point of the story that leads where the choice
 * says it leads). ink loads a state whose places it cannot find only approximately, or not at all
 * until it plays on.
 */
function pointsIntoStory(story: Story, ink: string, declared: Story['variablesState']): boolean {
  const target = story.currentChoices[0]?.targetPath;
  if (!target) return false;
  // ink's Path, from a path it made (inkjs does not export the class from its bundle).
  const PathOf = target.constructor as new (path: string) => Path;
  const find = (path: unknown) => {
    if (typeof path !== 'string' || path === '') return null;
    const found = story.ContentAtPath(new PathOf(path));
    return found.approximate ? null : found;
  };
  const threadFits = (thread: InkThread) =>
    (thread.previousContentObject === undefined || find(thread.previousContentObject)?.obj) &&
    (thread.callstack ?? []).every((element) => {
      if (element.cPath === undefined) return true;
      const container = find(element.cPath)?.container;
      return (
        !!container &&
        Number.isInteger(element.idx) &&
        (element.idx as number) >= 0 &&
        (element.idx as number) <= container.content.length
      );
    });
  const state = JSON.parse(ink) as {
    flows: Record<string, InkFlow>;
    variablesState: Record<string, unknown>;
  };
  // The story's own variables, each of the type the story declares it.
  const sameType = (a: unknown, b: unknown) =>
    typeof a === typeof b && (typeof a !== 'object' || a?.constructor === (b as object | null)?.constructor);
  const variablesFit = Object.keys(state.variablesState).every((name) => {
    const declaredValue: unknown = declared.$(name);
    return (
      declaredValue !== undefined &&
      declaredValue !== null &&
      sameType(declaredValue, story.variablesState.$(name))
    );
  });
  return (
    variablesFit &&
    Object.values(state.flows).every(
      (flow) =>
        (flow.callstack?.threads ?? []).every(threadFits) &&
        Object.values(flow.choiceThreads ?? {}).every(threadFits) &&
        (flow.currentChoices ?? []).every((choice) => {
          const point = find(choice.originalChoicePath)?.correctObj as { pathOnChoice?: unknown } | null;
          return !!point && String(point.pathOnChoice ?? '') === choice.targetPath;
        }),
    )
  );
}

/**
 * Check parsed JSON as one run; returns it typed, or throws RunFormatError with the reason. A
 * reader that has the run's scenario checks it against the scenario too (see RunReader).
 */
export function validateRun(data: unknown, reader?: RunReader): RunRecord {
  checkEnvelope(data);
  checkShape(runSchema, data);
  const run = data as unknown as RunRecord;
  const scenario = scenarioOf(run, reader);
  checkConsistent(run, scenario ? scenario.manifest.partners.map((p) => p.id).sort() : null);
  checkNotes(run, Math.max(run.checkpoints.length, run.choices.length + 1));
  if (scenario && reader?.checkStory) {
    // A reader that checks stories must have loaded this one: a gap here is ours, not the file's.
    if (scenario.storyJson === undefined) throw new Error(`the story of ${run.scenario} is not loaded`);
    checkStory(run, scenario);
  }
  return run;
}

/** Check a run's head (a run without its steps and checkpoints, as a compact stored run keeps it). */
export function validateRunHead(data: unknown, reader?: RunReader): RunHeadRecord {
  checkEnvelope(data);
  checkShape(runHeadSchema, data);
  const head = data as unknown as RunHeadRecord;
  scenarioOf(head, reader);
  // A head has one choice point per choice, and one more while the run goes on.
  checkNotes(head, head.choices.length + 1);
  return head;
}

// ---- files ----------------------------------------------------------------------------------

/** How deeply a JSON text nests, counted without parsing it (a parser or a validator that recurses
 * runs out of stack on 100,000 levels); counting stops once past `limit`. */
export function nestingDepth(json: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return deepest;
}

/** Decode a file's bytes as the browser reads a file's text: by its byte-order mark (UTF-8,
 * UTF-16 LE or BE), else as UTF-8. The mark itself is not content. */
export function decodeRunsFile(bytes: Uint8Array): string {
  const [a, b] = bytes;
  const encoding = a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

export interface ImportResult {
  runs: RunRecord[];
  /** Why each refused run was refused (a whole refused file gives one entry). */
  refused: string[];
}

const refusedFile = (reason: string): ImportResult => ({ runs: [], refused: [reason] });

/**
 * Read an exported file: one run, or a bundle of runs. A foreign or broken file is refused. Given
 * the scenarios the reader has, each run is checked against its scenario and story, and a run of
 * a scenario the reader lacks is refused.
 */
export function readRunsFile(
  text: string,
  scenarios?: (id: string) => ScenarioSource | undefined,
): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return refusedFile(
      `the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, far more than any set of runs`,
    );
  }
  // A byte-order mark is not content: the browser's File.text() drops it, and so do we.
  const json = text.replace(/^\uFEFF/, '');
  if (nestingDepth(json) > MAX_DEPTH)
    return refusedFile(`the file nests deeper than ${MAX_DEPTH} levels, which no run does`);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return refusedFile(
      `the file is not valid JSON (${oneLine((error as Error).message, 80)}); it may be truncated`,
    );
  }
  const reader: RunReader | undefined = scenarios && {
    scenario: scenarios,
    refuseUnknownScenario: true,
    checkStory: true,
  };
  const check = (run: unknown) => validateRun(run, reader);
  const bundle = data as Record<string, unknown> | null;
  if (typeof bundle === 'object' && bundle !== null && bundle.format === RUNS_FORMAT) {
    if (bundle.version !== RUN_VERSION)
      return refusedFile(
        `this bundle is version ${describe(bundle.version)}; this game reads version ${RUN_VERSION}`,
      );
    if (!Array.isArray(bundle.runs)) return refusedFile('the bundle has no list of runs');
    const result: ImportResult = { runs: [], refused: [] };
    let unnamed = 0;
    bundle.runs.forEach((run, i) => {
      try {
        result.runs.push(check(run));
      } catch (error) {
        // A few reasons are read; a thousand are not.
        if (result.refused.length < MAX_REASONS) result.refused.push(`run ${i + 1}: ${reasonOf(error)}`);
        else unnamed += 1;
      }
    });
    if (unnamed)
      result.refused.push(`${unnamed} more run${unnamed === 1 ? '' : 's'}, for reasons like these`);
    return result;
  }
  try {
    return { runs: [check(data)], refused: [] };
  } catch (error) {
    return refusedFile(reasonOf(error));
  }
}

/** Why a run was refused, in one line: the validator's reason, or what replaying it met. */
function reasonOf(error: unknown): string {
  if (error instanceof RunFormatError) return error.message;
  return oneLine(`it does not play: ${(error as Error).message}`);
}

export function runsBundle(runs: RunRecord[], exportedAt: string): string {
  return JSON.stringify({ format: RUNS_FORMAT, version: RUN_VERSION, exportedAt, runs }, null, 1);
}
