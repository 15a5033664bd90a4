// Runs the partner and couple machines together on a simulated clock: one call per move.
// Plain data in and out, so the session, the CLIs and the game share it.
import { createActor, SimulatedClock, type Actor, type SnapshotFrom } from 'xstate';
import { partnerMachine, type PartnerContext } from './partner.ts';
import { coupleMachine, type CycleStage, type PartnerView, type Trend } from './couple.ts';
import { COUNSELOR_ID, CYCLE_TRACKING_MOVES, isCounselorMove, isPartnerMove, type Move } from './moves.ts';
import { DEFAULT_BREAK_MINUTES, DEFAULT_MINUTES_PER_TURN, FLOODING_HEART_RATE } from './parameters.ts';
import {
  deliveryOf,
  heatOf,
  receptionOf,
  seededDraw,
  stanceFor,
  type PartnerParams,
  type PartnerState,
  type Reception,
  type Role,
  type Stance,
} from './rules.ts';

export interface PartnerSpec {
  id: string;
  role: Role;
  params: PartnerParams;
}

export interface SimSetup {
  partners: PartnerSpec[];
  /** Where the couple starts on the circle. */
  startStage?: CycleStage;
  /** Minutes one exchange takes. */
  minutesPerTurn?: number;
}

export interface SimOptions {
  clock?: SimulatedClock;
  restore?: PersistedSim;
  /** The run's seed: how each move is heard is drawn from it [SENTIMENT]. */
  seed?: number;
}

export interface PartnerReading {
  state: PartnerState;
  stance: Stance;
  role: Role;
  arousal: number;
  heartRate: number;
  trust: number;
  horsemen: PartnerContext['horsemen'];
  positiveMoves: number;
  negativeMoves: number;
  /** Whether a declared break (take_break, time_out) is under way. */
  onBreak: boolean;
  /** How this partner heard the move of this step, when it was made to them by the other. */
  reception: Reception | null;
}

export interface CycleReading {
  stage: CycleStage;
  intensity: number;
  trend: Trend;
  ratio: number;
}

export interface SimSnapshot {
  /** Simulated minutes since the start. */
  minutes: number;
  /** The simulated minute the current break began, or null when nobody is on a break. */
  breakSince: number | null;
  partners: Record<string, PartnerReading>;
  cycle: CycleReading;
}

export class SimInputError extends Error {
  constructor(
    message: string,
    public readonly item: string,
  ) {
    super(message);
    this.name = 'SimInputError';
  }
}

type PartnerActor = Actor<typeof partnerMachine>;
type CoupleActor = Actor<typeof coupleMachine>;

/** The serialisable state of a simulation: enough to resume it exactly. */
export interface PersistedSim {
  minutes: number;
  partners: Record<string, unknown>;
  couple: unknown;
  /** Moves made so far: the reception draw's index. */
  moveCount?: number;
  breakSince?: number | null;
  /** Whether the counselor has tracked the cycle with the couple yet [JOHNSON]. */
  cycleTracked?: boolean;
}

const MS_PER_MINUTE = 60_000;

export class Simulation {
  readonly clock: SimulatedClock;
  private readonly partners = new Map<string, PartnerActor>();
  private readonly couple: CoupleActor;
  private readonly minutesPerTurn: number;
  private readonly seed: number;
  private moveCount = 0;
  private breakSince: number | null = null;
  /** [JOHNSON] Whether the counselor has tracked the cycle with them (reflected it, named it or
   * slowed it down): an enactment before that restages the fight instead of containing it. */
  private cycleTracked = false;
  /** How each receiver heard the move being applied (cleared once its snapshot is taken). */
  private receptions: Record<string, Reception> = {};
  /** The last reading, until the model changes. */
  private cached: SimSnapshot | null = null;

  constructor(
    private readonly setup: SimSetup,
    options: SimOptions = {},
  ) {
    if (setup.partners.length !== 2) {
      throw new SimInputError(`a couple has two partners, not ${setup.partners.length}`, 'partners');
    }
    this.clock = options.clock ?? new SimulatedClock();
    this.minutesPerTurn = setup.minutesPerTurn ?? DEFAULT_MINUTES_PER_TURN;
    this.seed = options.seed ?? 1;
    const restore = options.restore;
    if (restore) {
      this.clock.set(restore.minutes * MS_PER_MINUTE);
      this.moveCount = restore.moveCount ?? 0;
      this.breakSince = restore.breakSince ?? null;
      this.cycleTracked = restore.cycleTracked ?? false;
    }
    for (const spec of setup.partners) {
      const snapshot = restore?.partners[spec.id] as SnapshotFrom<typeof partnerMachine> | undefined;
      const actor = createActor(partnerMachine, {
        input: spec,
        clock: this.clock,
        ...(snapshot ? { snapshot } : {}),
      });
      actor.start();
      this.partners.set(spec.id, actor);
    }
    const coupleSnapshot = restore?.couple as SnapshotFrom<typeof coupleMachine> | undefined;
    this.couple = createActor(coupleMachine, {
      input: { partners: this.views(), stage: setup.startStage ?? 'pursue-withdraw' },
      clock: this.clock,
      ...(coupleSnapshot ? { snapshot: coupleSnapshot } : {}),
    });
    this.couple.start();
  }

  get partnerIds(): string[] {
    return [...this.partners.keys()];
  }

  /** Whether `id` is one of this couple (without making the list of ids). */
  hasPartner(id: string): boolean {
    return this.partners.has(id);
  }

  get minutes(): number {
    return this.clock.now() / MS_PER_MINUTE;
  }

  /** Check a move against this couple without applying it. */
  validate(move: Move): void {
    const isCounselor = move.by === COUNSELOR_ID;
    if (!isCounselor && !this.partners.has(move.by)) {
      throw new SimInputError(
        `unknown partner '${move.by}' (this couple: ${this.partnerIds.join(', ')}, or ${COUNSELOR_ID})`,
        move.by,
      );
    }
    if (isCounselor && !isCounselorMove(move.type)) {
      throw new SimInputError(`'${move.type}' is not a counselor's move`, move.type);
    }
    if (!isCounselor && !isPartnerMove(move.type)) {
      throw new SimInputError(`'${move.type}' is a counselor's move, not a partner's`, move.type);
    }
    if (move.to !== undefined && !this.partners.has(move.to)) {
      throw new SimInputError(`unknown partner '${move.to}'`, move.to);
    }
  }

  /**
   * Apply one move. An exchange takes a turn of the clock. A break or time-out *starts* a break
   * and passes no time: the minutes pass through `pass`, as the story tells them, and any move
   * made before the break is over ends it (and floods a partner still cooling again).
   */
  apply(move: Move): SimSnapshot {
    this.validate(move);
    this.cached = null;
    const isBreak = move.type === 'take_break' || move.type === 'time_out';
    if (isBreak) {
      this.breakSince ??= this.minutes;
      for (const actor of this.partners.values()) actor.send({ type: 'BREAK_STARTED', now: this.minutes });
    } else if (move.type === 'self_soothe' && this.breakSince !== null) {
      // Soothing oneself during a break is done alone: it neither ends the break nor reaches the other.
      this.partners.get(move.by)?.send({ type: 'MOVE_MADE', move: move.type });
      this.clock.increment(this.minutesPerTurn * MS_PER_MINUTE);
    } else {
      this.breakSince = null;
      this.exchange(move);
      this.clock.increment(this.minutesPerTurn * MS_PER_MINUTE);
    }
    this.moveCount += 1;
    this.couple.send({
      type: 'TURN',
      move: move.type,
      by: move.by === COUNSELOR_ID ? null : move.by,
      partners: this.views(),
    });
    // How the move was heard belongs to this step alone; later readings of the same moment carry none.
    const after = this.snapshot();
    this.receptions = {};
    this.cached = null;
    return after;
  }

  /** Apply a move with a break passing whole in the same step (the `sim` tool's reading of
   * `take_break=N`; a story tells a break's minutes with #time instead). */
  applyWhole(move: Move): SimSnapshot {
    const after = this.apply(move);
    const isBreak = move.type === 'take_break' || move.type === 'time_out';
    return isBreak ? this.pass(move.minutes ?? DEFAULT_BREAK_MINUTES) : after;
  }

  /**
   * Let `minutes` pass with nobody speaking: bodies settle; a flooded partner starts to cool and
   * recovers once twenty quiet minutes have passed [GOTTMAN-FLOOD]. A break stays open.
   */
  pass(minutes: number): SimSnapshot {
    this.cached = null;
    const start = this.minutes;
    for (const actor of this.partners.values()) {
      if (actor.getSnapshot().value === 'flooded') actor.send({ type: 'BREAK_STARTED', now: start });
    }
    const total = Math.round(minutes);
    // Minute by minute while anyone is cooling (the twenty-minute rule counts minutes); once
    // nobody is, the rest passes in one step.
    let minute = 0;
    while (minute < total && this.someoneCooling()) {
      minute += 1;
      this.clock.increment(MS_PER_MINUTE);
      for (const actor of this.partners.values()) actor.send({ type: 'MINUTE_PASSED', now: start + minute });
    }
    if (minute < total) {
      this.clock.increment((total - minute) * MS_PER_MINUTE);
      for (const actor of this.partners.values())
        actor.send({ type: 'MINUTES_RESTED', minutes: total - minute });
    }
    if (total > 0) this.couple.send({ type: 'TIME_PASSED', partners: this.views() });
    return this.snapshot();
  }

  private someoneCooling(): boolean {
    for (const actor of this.partners.values()) if (actor.getSnapshot().value === 'cooling') return true;
    return false;
  }

  private exchange(move: Move): void {
    // Who was hot before the move (plain loops: this runs on every move).
    const hot = new Set<string>();
    for (const [id, actor] of this.partners) {
      const state = actor.getSnapshot().value;
      if (state === 'escalated' || state === 'flooded') hot.add(id);
    }
    const speaker = this.partners.get(move.by)?.getSnapshot().context;
    const speakerHeat = speaker ? heatOf(speaker.arousal, speaker.params.restingHeartRate) : 0;
    for (const [id, actor] of this.partners) {
      const otherIsHot = hot.size > (hot.has(id) ? 1 : 0);
      const roomUnready = otherIsHot || !this.cycleTracked;
      if (id === move.by) {
        actor.send({ type: 'MOVE_MADE', move: move.type });
      } else if (move.by === COUNSELOR_ID) {
        const aim = move.to === undefined ? 'both' : move.to === id ? 'me' : 'other';
        actor.send({ type: 'MOVE_RECEIVED', move: move.type, aim, roomUnready });
      } else {
        const receiver = actor.getSnapshot().context;
        const draw = seededDraw(this.seed, this.moveCount, id);
        const reception = receptionOf(move.type, receiver, speakerHeat, draw);
        this.receptions[id] = reception;
        actor.send({
          type: 'MOVE_RECEIVED',
          move: move.type,
          aim: 'me',
          roomUnready,
          delivery: deliveryOf(speakerHeat),
          reception,
        });
      }
    }
    if (move.by === COUNSELOR_ID && CYCLE_TRACKING_MOVES.includes(move.type)) this.cycleTracked = true;
  }

  private views(): PartnerView[] {
    const views: PartnerView[] = [];
    for (const actor of this.partners.values()) {
      const snapshot = actor.getSnapshot();
      views.push(partnerView(snapshot.value as PartnerState, snapshot.context));
    }
    return views;
  }

  /**
   * The model as it stands. The same object is returned until the model next changes, so a story
   * asking many questions of one moment costs one reading; treat it as read-only.
   */
  snapshot(): SimSnapshot {
    if (this.cached) return this.cached;
    const partners: Record<string, PartnerReading> = {};
    for (const [id, actor] of this.partners) {
      const { value, context } = actor.getSnapshot();
      partners[id] = partnerReading(
        value as PartnerState,
        context,
        this.breakSince !== null,
        this.receptions[id],
      );
    }
    const couple = this.couple.getSnapshot();
    this.cached = {
      minutes: this.minutes,
      breakSince: this.breakSince,
      partners,
      cycle: {
        stage: couple.value as CycleStage,
        intensity: couple.context.intensity,
        trend: couple.context.trend,
        ratio: couple.context.ratio,
      },
    };
    return this.cached;
  }

  /** The model's state for a checkpoint. Not copied: the machines replace their contexts on every
   * change and never edit them in place, so what is returned stays as it was (restore copies). */
  persist(): PersistedSim {
    const partners: Record<string, unknown> = {};
    for (const [id, actor] of this.partners) partners[id] = actor.getPersistedSnapshot();
    return {
      minutes: this.minutes,
      partners,
      couple: this.couple.getPersistedSnapshot(),
      moveCount: this.moveCount,
      breakSince: this.breakSince,
      cycleTracked: this.cycleTracked,
    };
  }

  /**
   * `persist()` of this moment, computed only when asked: a checkpoint at every choice point
   * keeps one, and most are never read. The machines' snapshots are kept as they are now: xstate
   * makes a new snapshot at every change and the contexts are replaced, never edited (see
   * `persist`), so persisting them later gives what persisting them now would.
   */
  persistLater(): () => PersistedSim {
    const { minutes, moveCount, breakSince, cycleTracked } = this;
    const partners = [...this.partners].map(([id, actor]) => [id, actor, actor.getSnapshot()] as const);
    const couple = this.couple.getSnapshot();
    return () => {
      const persisted: Record<string, unknown> = {};
      for (const [id, actor, snapshot] of partners)
        persisted[id] = actor.logic.getPersistedSnapshot(snapshot);
      return {
        minutes,
        partners: persisted,
        couple: this.couple.logic.getPersistedSnapshot(couple),
        moveCount,
        breakSince,
        cycleTracked,
      };
    };
  }

  /** How `who` heard the last move the other partner made to them (for the story). */
  lastReception(who: string): Reception | null {
    return this.partners.get(who)?.getSnapshot().context.lastReception ?? null;
  }

  static restore(setup: SimSetup, persisted: PersistedSim, seed?: number): Simulation {
    return new Simulation(setup, { restore: structuredClone(persisted), seed });
  }
}

/** What the couple machine sees of a partner after a move. */
export function partnerView(state: PartnerState, context: PartnerContext): PartnerView {
  const { id, role, cold, arousal, lastOwnMove, heartRate } = context;
  return {
    id,
    role,
    state,
    stance: stanceFor(role, state, cold, lastOwnMove),
    arousal,
    overTheLine: heartRate > FLOODING_HEART_RATE,
  };
}

/** What a snapshot tells of a partner. */
export function partnerReading(
  state: PartnerState,
  context: PartnerContext,
  onBreak: boolean,
  reception: Reception | undefined,
): PartnerReading {
  return {
    state,
    stance: stanceFor(context.role, state, context.cold, context.lastOwnMove),
    role: context.role,
    arousal: context.arousal,
    heartRate: context.heartRate,
    trust: context.trust,
    horsemen: { ...context.horsemen },
    positiveMoves: context.positiveMoves,
    negativeMoves: context.negativeMoves,
    onBreak,
    reception: reception ?? null,
  };
}
