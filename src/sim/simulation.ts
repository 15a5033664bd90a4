// Runs the partner and couple machines together on a simulated clock: one call per move.
// Plain data in and out, so the session, the CLIs and the game share it.
import { createActor, SimulatedClock, type Actor, type SnapshotFrom } from 'xstate';
import { partnerMachine, type PartnerContext } from './partner.ts';
import { coupleMachine, type CycleStage, type PartnerView, type Trend } from './couple.ts';
import { COUNSELOR_ID, isCounselorMove, isPartnerMove, type Move } from './moves.ts';
import { DEFAULT_BREAK_MINUTES, DEFAULT_MINUTES_PER_TURN } from './parameters.ts';
import { stanceFor, type PartnerParams, type PartnerState, type Role, type Stance } from './rules.ts';

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
}

const MS_PER_MINUTE = 60_000;

export class Simulation {
  readonly clock: SimulatedClock;
  private readonly partners = new Map<string, PartnerActor>();
  private readonly couple: CoupleActor;
  private readonly minutesPerTurn: number;

  constructor(
    private readonly setup: SimSetup,
    options: { clock?: SimulatedClock; restore?: PersistedSim } = {},
  ) {
    if (setup.partners.length !== 2) {
      throw new SimInputError(`a couple has two partners, not ${setup.partners.length}`, 'partners');
    }
    this.clock = options.clock ?? new SimulatedClock();
    this.minutesPerTurn = setup.minutesPerTurn ?? DEFAULT_MINUTES_PER_TURN;
    const restore = options.restore;
    if (restore) this.clock.set(restore.minutes * MS_PER_MINUTE);
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

  /** Apply one move and advance the clock: a turn for an exchange, its length for a break. */
  apply(move: Move): SimSnapshot {
    this.validate(move);
    const isBreak = move.type === 'take_break' || move.type === 'time_out';
    if (isBreak) {
      this.takeBreak(move.minutes ?? DEFAULT_BREAK_MINUTES);
    } else {
      this.exchange(move);
      this.clock.increment(this.minutesPerTurn * MS_PER_MINUTE);
    }
    this.couple.send({
      type: 'TURN',
      move: move.type,
      by: move.by === COUNSELOR_ID ? null : move.by,
      partners: this.views(),
    });
    return this.snapshot();
  }

  private exchange(move: Move): void {
    const hot = new Map(
      [...this.partners].map(([id, actor]) => [
        id,
        ['escalated', 'flooded'].includes(actor.getSnapshot().value as string),
      ]),
    );
    for (const [id, actor] of this.partners) {
      const otherIsHot = [...hot].some(([otherId, isHot]) => otherId !== id && isHot);
      if (id === move.by) {
        actor.send({ type: 'MOVE_MADE', move: move.type });
      } else if (move.by === COUNSELOR_ID) {
        const aim = move.to === undefined ? 'both' : move.to === id ? 'me' : 'other';
        actor.send({ type: 'MOVE_RECEIVED', move: move.type, aim, otherIsHot });
      } else {
        actor.send({ type: 'MOVE_RECEIVED', move: move.type, aim: 'me', otherIsHot });
      }
    }
  }

  /** A break: nobody talks; each simulated minute passes on the clock. */
  private takeBreak(minutes: number): void {
    const start = this.minutes;
    for (const actor of this.partners.values()) actor.send({ type: 'BREAK_STARTED', now: start });
    for (let minute = 1; minute <= Math.round(minutes); minute++) {
      this.clock.increment(MS_PER_MINUTE);
      for (const actor of this.partners.values()) {
        actor.send({ type: 'MINUTE_PASSED', now: start + minute });
      }
    }
  }

  private views(): PartnerView[] {
    return [...this.partners.values()].map((actor) => {
      const snapshot = actor.getSnapshot();
      const state = snapshot.value as PartnerState;
      const { id, role, cold, arousal } = snapshot.context;
      return { id, role, state, stance: stanceFor(role, state, cold), arousal };
    });
  }

  snapshot(): SimSnapshot {
    const partners: Record<string, PartnerReading> = {};
    for (const [id, actor] of this.partners) {
      const { value, context } = actor.getSnapshot();
      const state = value as PartnerState;
      partners[id] = {
        state,
        stance: stanceFor(context.role, state, context.cold),
        role: context.role,
        arousal: context.arousal,
        heartRate: context.heartRate,
        trust: context.trust,
        horsemen: { ...context.horsemen },
        positiveMoves: context.positiveMoves,
        negativeMoves: context.negativeMoves,
      };
    }
    const couple = this.couple.getSnapshot();
    return {
      minutes: this.minutes,
      partners,
      cycle: {
        stage: couple.value as CycleStage,
        intensity: couple.context.intensity,
        trend: couple.context.trend,
        ratio: couple.context.ratio,
      },
    };
  }

  persist(): PersistedSim {
    const partners: Record<string, unknown> = {};
    for (const [id, actor] of this.partners) partners[id] = actor.getPersistedSnapshot();
    return {
      minutes: this.minutes,
      partners: structuredClone(partners),
      couple: structuredClone(this.couple.getPersistedSnapshot()),
    };
  }

  static restore(setup: SimSetup, persisted: PersistedSim): Simulation {
    return new Simulation(setup, { restore: structuredClone(persisted) });
  }
}
