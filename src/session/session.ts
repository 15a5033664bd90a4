// One playthrough: the story, the model and a recorder. Every line becomes a step with its
// speaker, text, tags and the model's snapshot; every choice becomes a step with the choices
// offered and the one taken. The full state is checkpointed at every choice point so a run can
// be rewound there exactly, without replaying from the start.
import { COUNSELOR_ID, type Move, type MoveType } from '../sim/moves.ts';
import { MOVE_EFFECTS } from '../sim/parameters.ts';
import { Simulation, type PartnerReading, type PersistedSim, type SimSnapshot } from '../sim/simulation.ts';
import type { BodyClaim } from '../story/tags.ts';
import { modeOf, simSetupOf, type ManifestMode, type ScenarioManifest } from '../story/manifest.ts';
import { InkRuntimeError, StoryRunner, type StoryChoice, type StoryExternals } from '../story/runner.ts';
import { storyVersionOf } from './hash.ts';
import { hintFor } from './hint.ts';

export interface OfferedChoice {
  text: string;
  move: string | null;
  to?: string;
  minutes?: number;
  /** Offered while the player's own character is flooded, and warm: hard to say now, and it will
   * land weaker and shakier than it would calm (DESIGN §4a). */
  strained?: true;
}

export interface Step {
  kind: 'line' | 'choice';
  /** A partner id, `counselor`, or null for narration. */
  speaker: string | null;
  text: string;
  tags: string[];
  /** Coaching feedback, shown only when coaching is on. */
  coach: boolean;
  /** The move this step made in the model, if any. */
  move: Move | null;
  /** On a choice step: the choices that were offered, and which one was taken (from 1). */
  choices?: OfferedChoice[];
  chosen?: number;
  ending?: string;
  /** The model after this step. */
  snapshot: SimSnapshot;
}

export interface Checkpoint {
  /** Steps recorded before this choice point. */
  stepCount: number;
  ink: string;
  sim: PersistedSim;
}

/** Something noted at a choice point before choosing (DESIGN §4b): the hint shown, or what the
 * player drafted before seeing the options. */
export interface ChoiceNote {
  /** The choice point, 0-based. */
  choice: number;
  text: string;
}

/** The longest draft kept: a few sentences, as said in a session (and far more than any hint). */
export const MAX_DRAFT_LENGTH = 2000;

export interface SessionOptions {
  manifest: ScenarioManifest;
  /** Compiled story JSON. */
  storyJson: string;
  mode: string;
  seed?: number;
}

export class SessionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SessionError';
  }
}

export class Session {
  readonly manifest: ScenarioManifest;
  readonly mode: ManifestMode;
  readonly seed: number;
  readonly storyVersion: string;
  readonly steps: Step[] = [];
  /** One per choice point reached, in order; `checkpoints[k]` is the state before choice k. */
  readonly checkpoints: Checkpoint[] = [];
  /** The hints the player asked for before choosing, by choice point. */
  readonly hints: ChoiceNote[] = [];
  /** What the player drafted before the options were shown, by choice point. */
  readonly drafts: ChoiceNote[] = [];
  private readonly storyJson: string;
  private sim: Simulation;
  private readonly runner: StoryRunner;
  private currentChoices: StoryChoice[] = [];
  private endingId: string | null = null;
  private readonly bodyWarnings: string[] = [];

  private constructor(options: SessionOptions, restore?: { checkpoints: Checkpoint[]; steps: Step[] }) {
    this.manifest = options.manifest;
    const mode = modeOf(options.manifest, options.mode);
    if (!mode) {
      throw new SessionError(
        `scenario '${options.manifest.id}' has no mode '${options.mode}' (modes: ${options.manifest.modes.map((m) => m.id).join(', ')})`,
      );
    }
    this.mode = mode;
    this.seed = options.seed ?? 1;
    this.storyJson = options.storyJson;
    this.storyVersion = storyVersionOf(options.storyJson);
    const checkpoint = restore?.checkpoints[restore.checkpoints.length - 1];
    if (restore && !checkpoint) throw new SessionError('there is no checkpoint to resume from');
    this.sim = checkpoint
      ? Simulation.restore(simSetupOf(this.manifest), checkpoint.sim, this.seed)
      : new Simulation(simSetupOf(this.manifest), { seed: this.seed });
    this.runner = new StoryRunner(options.storyJson, this.externals(), this.seed);
    if (restore && checkpoint) {
      this.steps.push(...restore.steps.slice(0, checkpoint.stepCount));
      this.runner.loadState(checkpoint.ink);
      this.currentChoices = this.runner.choices;
      this.checkpoints.push(...restore.checkpoints);
    } else {
      this.runner.start(mode.entry);
      this.advance();
    }
  }

  /** Start a new run at the mode's entry, and play up to the first choice. */
  static start(options: SessionOptions): Session {
    return new Session(options);
  }

  /**
   * Resume exactly at the last of `checkpoints` (the run's checkpoints up to the choice point to
   * resume at): the steps before it are kept, its ink state and model are loaded.
   */
  static resume(options: SessionOptions, checkpoints: Checkpoint[], steps: Step[]): Session {
    return new Session(options, { checkpoints, steps });
  }

  /**
   * Go back to choice point `k` (0-based) of this run, in place: later steps and checkpoints are
   * dropped and the saved ink state and model are loaded (no replay from the start).
   */
  rewind(k: number): void {
    const checkpoint = this.checkpoints[k];
    if (!checkpoint)
      throw new SessionError(`there is no choice point ${k + 1} (this run has ${this.checkpoints.length})`);
    this.steps.length = checkpoint.stepCount;
    this.checkpoints.length = k + 1;
    this.runner.loadState(checkpoint.ink);
    this.sim = Simulation.restore(simSetupOf(this.manifest), checkpoint.sim, this.seed);
    this.currentChoices = this.runner.choices;
    this.endingId = null;
    this.keepNotesBefore(k);
  }

  /** The choice point on offer now (0-based), or null once the story has ended. */
  get choicePoint(): number | null {
    return this.ended ? null : this.checkpoints.length - 1;
  }

  /** The hint for the choice on offer (what to notice, from the model), recorded as used. */
  takeHint(): string {
    const at = this.choicePoint;
    if (at === null) return '';
    const kept = this.hints.find((h) => h.choice === at);
    if (kept) return kept.text;
    const text = hintFor(this).join(' ');
    this.hints.push({ choice: at, text });
    return text;
  }

  /** Keep what the player drafted at the choice on offer (an empty draft removes it). */
  noteDraft(text: string): void {
    const at = this.choicePoint;
    if (at === null) return;
    const kept = text.trim().slice(0, MAX_DRAFT_LENGTH);
    const existing = this.drafts.findIndex((d) => d.choice === at);
    if (existing >= 0) this.drafts.splice(existing, 1);
    if (kept) this.drafts.push({ choice: at, text: kept });
  }

  /** Carry a saved run's hints and drafts over (those before choice point `before`, if given). */
  restoreNotes(
    notes: { hints?: readonly ChoiceNote[]; drafts?: readonly ChoiceNote[] },
    before = Infinity,
  ): void {
    this.hints.splice(0, this.hints.length, ...(notes.hints ?? []).filter((h) => h.choice < before));
    this.drafts.splice(0, this.drafts.length, ...(notes.drafts ?? []).filter((d) => d.choice < before));
  }

  private keepNotesBefore(k: number): void {
    this.restoreNotes({ hints: [...this.hints], drafts: [...this.drafts] }, k);
  }

  get player(): string {
    return this.mode.player;
  }

  get choices(): OfferedChoice[] {
    const me = this.sim.snapshot().partners[this.player];
    const flooded = me !== undefined && isOverTheLine(me);
    return this.currentChoices.map((choice) => offered(choice, flooded));
  }

  /** Where each choice on offer is written in the story (the same choice on every path). */
  get choiceIds(): string[] {
    return this.currentChoices.map((choice) => choice.id);
  }

  /** Minutes left of a counselor's session (never below 0), or null where the mode has no clock. */
  get minutesLeft(): number | null {
    const length = this.mode.sessionMinutes;
    return length === undefined ? null : Math.max(0, Math.round(length - this.sim.snapshot().minutes));
  }

  get ended(): boolean {
    return this.currentChoices.length === 0;
  }

  get ending(): string | null {
    return this.endingId;
  }

  get snapshot(): SimSnapshot {
    return this.sim.snapshot();
  }

  /** Ink warnings and lines whose #body the model contradicts, seen so far (ink errors throw). */
  get warnings(): readonly string[] {
    return [...this.runner.warnings, ...this.bodyWarnings];
  }

  /** The ink state, for the checks (visit counts). */
  visits(path: string): number {
    return this.runner.visits(path);
  }

  /** Take choice `number` (from 1, as on screen) and play on to the next choice or the end. */
  choose(number: number): Step[] {
    const choice = this.currentChoices[number - 1];
    if (!choice) {
      throw new SessionError(
        this.ended
          ? 'the story has ended; there is nothing to choose'
          : `choice ${number} is not on offer (choose 1 to ${this.currentChoices.length})`,
      );
    }
    const before = this.steps.length;
    const move = this.choiceMove(choice);
    const offeredChoices = this.choices;
    if (choice.parsed.time !== undefined) this.sim.pass(choice.parsed.time);
    const snapshot = move ? this.sim.apply(move) : this.sim.snapshot();
    this.steps.push({
      kind: 'choice',
      speaker: this.player,
      text: choice.text,
      tags: choice.tags,
      coach: false,
      move,
      choices: offeredChoices,
      chosen: number,
      snapshot,
    });
    this.runner.choose(choice.index);
    this.advance();
    return this.steps.slice(before);
  }

  private choiceMove(choice: StoryChoice): Move | null {
    const { move, minutes, to } = choice.parsed;
    if (!move) return null;
    const result: Move = { by: this.player, type: move };
    if (minutes !== undefined) result.minutes = minutes;
    if (to !== undefined) result.to = to;
    this.validateMove(result, `the choice "${choice.text}"`);
    return result;
  }

  private validateMove(move: Move, where: string): void {
    try {
      this.sim.validate(move);
    } catch (error) {
      throw new InkRuntimeError(`${(error as Error).message} in ${where}`, 'tag');
    }
  }

  /** Play lines until the story offers choices or ends, recording each line. */
  private advance(): void {
    while (this.runner.canContinue) {
      const line = this.runner.continue();
      if (line.text === '' && line.tags.length === 0) continue;
      const { speaker, move, coach, ending } = line.parsed;
      if (speaker !== undefined && speaker !== COUNSELOR_ID && !this.sim.hasPartner(speaker)) {
        throw new InkRuntimeError(`unknown speaker '${speaker}' on the line "${line.text}"`, 'tag');
      }
      if (ending !== undefined) {
        if (!this.manifest.endings[ending]) {
          throw new InkRuntimeError(
            `unknown ending '${ending}' (not in scenario.json) on the line "${line.text}"`,
            'tag',
          );
        }
        this.endingId = ending;
      }
      if (move) this.validateMove(move, `the line "${line.text}"`);
      if (line.parsed.time !== undefined) this.sim.pass(line.parsed.time);
      const snapshot = move ? this.sim.apply(move) : this.sim.snapshot();
      if (line.parsed.body) this.checkBody(line.text, line.parsed.body, snapshot);
      // Two literals, not a spread of `{ ending }`: the same fields in the same order, without
      // V8's slow path for spreading into a literal on every line.
      this.steps.push(
        ending
          ? {
              kind: 'line',
              speaker: speaker ?? null,
              text: line.text,
              tags: line.tags,
              coach,
              move: move ?? null,
              ending,
              snapshot,
            }
          : {
              kind: 'line',
              speaker: speaker ?? null,
              text: line.text,
              tags: line.tags,
              coach,
              move: move ?? null,
              snapshot,
            },
      );
    }
    this.currentChoices = this.runner.choices;
    if (this.currentChoices.length > 0) {
      this.checkpoints.push(
        lazyCheckpoint(this.steps.length, this.runner.captureState(), this.sim.persistLater()),
      );
    }
  }

  /** A line that narrates a body (`#body`) must agree with the model; a line that does not is
   * reported as a warning, which the checks fail on. */
  private checkBody(text: string, body: { who: string; claim: BodyClaim }, snapshot: SimSnapshot): void {
    const reading = snapshot.partners[body.who];
    if (!reading) throw new InkRuntimeError(`#body names unknown partner '${body.who}' on "${text}"`, 'tag');
    if (bodyAgrees(body.claim, reading)) return;
    const warning = `"${text}" says ${body.who} is ${body.claim}, but the model has ${body.who} ${reading.state} at ${reading.heartRate} bpm`;
    if (!this.bodyWarnings.includes(warning)) this.bodyWarnings.push(warning);
  }

  private externals(): StoryExternals {
    const partner = (who: string) => {
      const reading = this.sim.snapshot().partners[who];
      if (!reading) throw new InkRuntimeError(`the story asked about unknown partner '${who}'`, 'error');
      return reading;
    };
    return {
      state_of: (who) => partner(who).state,
      stance_of: (who) => partner(who).stance,
      arousal: (who) => Math.round(partner(who).arousal),
      cycle_stage: () => this.sim.snapshot().cycle.stage,
      received: (who) => {
        partner(who);
        return this.sim.lastReception(who) ?? 'none';
      },
      minutes_left: () => this.minutesLeft ?? NO_SESSION_CLOCK,
    };
  }
}

/**
 * A checkpoint whose ink state and model are serialised when first read, not when made: every
 * choice point gets one, few are ever read (a rewind, a save), and serialising the ink state was
 * a large share of a session's time. Its fields are own, enumerable and in the order of a plain
 * `{ stepCount, ink, sim }`, so JSON, structuredClone, spreads and comparisons see the same
 * record; each is computed once, and can be set like a plain field.
 */
function lazyCheckpoint(stepCount: number, ink: () => string, sim: () => PersistedSim): Checkpoint {
  // Each capture is let go once serialised, so a read checkpoint keeps only its record.
  let inkLater: (() => string) | null = ink;
  let simLater: (() => PersistedSim) | null = sim;
  let inkJson = '';
  let persisted: PersistedSim | null = null;
  return {
    stepCount,
    get ink() {
      if (inkLater) {
        inkJson = inkLater();
        inkLater = null;
      }
      return inkJson;
    },
    set ink(json: string) {
      inkJson = json;
      inkLater = null;
    },
    get sim() {
      if (simLater) {
        persisted = simLater();
        simLater = null;
      }
      return persisted!;
    },
    set sim(state: PersistedSim) {
      persisted = state;
      simLater = null;
    },
  };
}

/** What `minutes_left()` answers in a mode without a session clock: time never runs out. */
const NO_SESSION_CLOCK = 9999;

const isOverTheLine = (p: PartnerReading) =>
  p.state === 'flooded' || (p.state === 'cooling' && p.heartRate > 100);

/** Whether a narrated body (`#body:who.claim`) agrees with the model's reading of that partner. */
export function bodyAgrees(claim: BodyClaim, p: PartnerReading): boolean {
  const flooded = isOverTheLine(p);
  const hot = flooded || p.state === 'escalated';
  switch (claim) {
    case 'calm':
      return p.state === 'calm';
    case 'stirred':
      return p.state !== 'calm';
    case 'hot':
      return hot;
    case 'flooded':
      return flooded;
    case 'settled':
      return !hot;
  }
}

/** Warm moves are what flooding makes hard to reach (DESIGN §4a); a break and self-soothing are
 * what helps, so they are never strained. */
export function isWarmMove(move: MoveType): boolean {
  const effect = MOVE_EFFECTS[move];
  return effect.valence > 0 && effect.kind !== 'neutral' && move !== 'self_soothe' && move !== 'ask_space';
}

function offered(choice: StoryChoice, playerFlooded: boolean): OfferedChoice {
  const move = choice.parsed.move;
  // Fields added in order, as spreads of optional parts would give them (and cheaper).
  const result: OfferedChoice = { text: choice.text, move: move ?? null };
  if (choice.parsed.to) result.to = choice.parsed.to;
  if (choice.parsed.minutes !== undefined) result.minutes = choice.parsed.minutes;
  if (playerFlooded && move && isWarmMove(move)) result.strained = true;
  return result;
}
