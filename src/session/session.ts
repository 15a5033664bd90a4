// One playthrough: the story, the model and a recorder. Every line becomes a step with its
// speaker, text, tags and the model's snapshot; every choice becomes a step with the choices
// offered and the one taken. The full state is checkpointed at every choice point so a run can
// be rewound there exactly, without replaying from the start.
import { COUNSELOR_ID, type Move } from '../sim/moves.ts';
import { Simulation, type PersistedSim, type SimSnapshot } from '../sim/simulation.ts';
import { modeOf, simSetupOf, type ManifestMode, type ScenarioManifest } from '../story/manifest.ts';
import { InkRuntimeError, StoryRunner, type StoryChoice, type StoryExternals } from '../story/runner.ts';
import { hashString } from './hash.ts';

export interface OfferedChoice {
  text: string;
  move: string | null;
  to?: string;
  minutes?: number;
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
  private readonly storyJson: string;
  private sim: Simulation;
  private readonly runner: StoryRunner;
  private currentChoices: StoryChoice[] = [];
  private endingId: string | null = null;

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
    this.storyVersion = hashString(options.storyJson);
    const checkpoint = restore?.checkpoints[restore.checkpoints.length - 1];
    if (restore && !checkpoint) throw new SessionError('there is no checkpoint to resume from');
    this.sim = checkpoint
      ? Simulation.restore(simSetupOf(this.manifest), checkpoint.sim)
      : new Simulation(simSetupOf(this.manifest));
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
    this.sim = Simulation.restore(simSetupOf(this.manifest), checkpoint.sim);
    this.currentChoices = this.runner.choices;
    this.endingId = null;
  }

  get player(): string {
    return this.mode.player;
  }

  get choices(): OfferedChoice[] {
    return this.currentChoices.map(offered);
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

  /** Ink warnings seen so far (ink errors throw). */
  get warnings(): readonly string[] {
    return this.runner.warnings;
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
    const snapshot = move ? this.sim.apply(move) : this.sim.snapshot();
    this.steps.push({
      kind: 'choice',
      speaker: this.player,
      text: choice.text,
      tags: choice.tags,
      coach: false,
      move,
      choices: this.choices,
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
      if (speaker !== undefined && speaker !== COUNSELOR_ID && !this.sim.partnerIds.includes(speaker)) {
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
      const snapshot = move ? this.sim.apply(move) : this.sim.snapshot();
      this.steps.push({
        kind: 'line',
        speaker: speaker ?? null,
        text: line.text,
        tags: line.tags,
        coach,
        move: move ?? null,
        ...(ending ? { ending } : {}),
        snapshot,
      });
    }
    this.currentChoices = this.runner.choices;
    if (this.currentChoices.length > 0) {
      this.checkpoints.push({
        stepCount: this.steps.length,
        ink: this.runner.saveState(),
        sim: this.sim.persist(),
      });
    }
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
    };
  }
}

function offered(choice: StoryChoice): OfferedChoice {
  return {
    text: choice.text,
    move: choice.parsed.move ?? null,
    ...(choice.parsed.to ? { to: choice.parsed.to } : {}),
    ...(choice.parsed.minutes !== undefined ? { minutes: choice.parsed.minutes } : {}),
  };
}
