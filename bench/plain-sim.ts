// The bench:sim baseline: `Simulation.apply` written out as plain code, without xstate. It does
// the work the partner and couple machines do for each move, with the same pure rule functions,
// and returns the same snapshot; bench/sim-steps.ts checks, step by step, that the two agree.
// What it leaves out is only the machinery: actors, events, guards, `assign` and the simulated
// clock. The rules it shares with the machines (answerToPursuit, trustAfter, the couple's
// afterTurn, STAGE_GUARDS and STAGE_EXITS, partnerView) are imported, never copied.
import {
  COUNSELOR_ID,
  CYCLE_TRACKING_MOVES,
  HORSEMAN_OF,
  isCounselorMove,
  isPartnerMove,
  type Move,
  type MoveType,
} from '../src/sim/moves.ts';
import { DEFAULT_MINUTES_PER_TURN, MOVE_EFFECTS } from '../src/sim/parameters.ts';
import {
  answerToPursuit,
  initialPartnerContext,
  trustAfter,
  type PartnerContext,
} from '../src/sim/partner.ts';
import {
  afterTurn,
  STAGE_EXITS,
  STAGE_GUARDS,
  initialCoupleContext,
  type CoupleContext,
  type CycleStage,
  type PartnerView,
} from '../src/sim/couple.ts';
import {
  clamp,
  deliveryOf,
  heartRateFor,
  heatOf,
  heldWhileFlooded,
  influenceOf,
  isOverFloodLine,
  isPursuit,
  levelFor,
  misreadAs,
  nextArousal,
  receptionOf,
  round1,
  seededDraw,
  selfEffectOf,
  type PartnerState,
  type Received,
  type Reception,
} from '../src/sim/rules.ts';
import {
  partnerReading,
  partnerView,
  type PartnerReading,
  type SimSetup,
  type SimSnapshot,
} from '../src/sim/simulation.ts';

const MS_PER_MINUTE = 60_000;

interface Partner {
  state: PartnerState;
  context: PartnerContext;
}

// ---- the partner machine's actions, as in src/sim/partner.ts ----------------------------------

function setArousal(context: PartnerContext, arousal: number): void {
  context.arousal = arousal;
  context.heartRate = heartRateFor(arousal, context.params.restingHeartRate);
}

function takeInMove(
  context: PartnerContext,
  move: MoveType,
  aim: Received['aim'],
  roomUnready: boolean,
  flooded: boolean,
  delivery?: number,
  given?: Reception,
): void {
  const reception = given ?? 'as_meant';
  const heard = reception === 'misread' ? misreadAs(move) : move;
  const influence = influenceOf(
    { type: move, aim, delivery, reception },
    context.params,
    context.arousal,
    context.trust,
    flooded,
    roomUnready,
  );
  const fromPartner = aim === 'me' && MOVE_EFFECTS[move] !== undefined;
  const arousal = flooded
    ? heldWhileFlooded(context.arousal, influence, context.params.restingHeartRate)
    : nextArousal(context.arousal, context.params, influence);
  const trust = trustAfter(context, move, aim, reception);
  // answerToPursuit reads the context as it was before this move.
  if (fromPartner) Object.assign(context, answerToPursuit(context, heard));
  setArousal(context, arousal);
  context.trust = trust;
  context.lastReception = reception;
}

function recordOwnMove(context: PartnerContext, move: MoveType, flooded: boolean): void {
  const horseman = HORSEMAN_OF[move];
  const valence = MOVE_EFFECTS[move].valence;
  const changed = clamp(round1(context.arousal + selfEffectOf(move, flooded)), 0, 100);
  const arousal = flooded
    ? heldWhileFlooded(context.arousal, changed - context.arousal, context.params.restingHeartRate)
    : changed;
  const pursuesAgain = isPursuit(move) && MOVE_EFFECTS[move].valence < 0;
  setArousal(context, arousal);
  if (horseman) context.horsemen = { ...context.horsemen, [horseman]: context.horsemen[horseman] + 1 };
  context.positiveMoves += valence > 0 ? 1 : 0;
  context.negativeMoves += valence < 0 ? 1 : 0;
  context.pursuitPending = isPursuit(move);
  if (pursuesAgain) {
    context.cold = false;
    context.pursuedWhileCold = 0;
  }
  context.lastOwnMove = move;
}

/** The machine's eventless transitions: calm, activated and escalated follow the body; flooded
 * and cooling are left only by events. */
function settle(partner: Partner): void {
  if (partner.state === 'flooded' || partner.state === 'cooling') return;
  const { arousal, params } = partner.context;
  partner.state = isOverFloodLine(arousal, params.restingHeartRate) ? 'flooded' : levelFor(arousal);
}

function moveReceived(
  partner: Partner,
  move: MoveType,
  aim: Received['aim'],
  roomUnready: boolean,
  delivery?: number,
  reception?: Reception,
): void {
  if (partner.state === 'cooling') {
    partner.context.coolingSince = null;
    partner.state = 'flooded';
  }
  takeInMove(partner.context, move, aim, roomUnready, partner.state === 'flooded', delivery, reception);
  settle(partner);
}

function moveMade(partner: Partner, move: MoveType): void {
  if (partner.state === 'cooling' && move !== 'self_soothe') {
    partner.context.coolingSince = null;
    partner.state = 'flooded';
  }
  const flooded = partner.state === 'flooded' || partner.state === 'cooling';
  recordOwnMove(partner.context, move, flooded);
  settle(partner);
}

function breakStarted(partner: Partner, now: number): void {
  if (partner.state !== 'flooded') return;
  partner.state = 'cooling';
  partner.context.coolingSince = now;
}

// ---- the couple machine, as in src/sim/couple.ts ----------------------------------------------

// ---- the simulation ----------------------------------------------------------------------------

export class PlainSimulation {
  private readonly partners = new Map<string, Partner>();
  private readonly couple: CoupleContext;
  private stage: CycleStage;
  private readonly minutesPerTurn: number;
  private clockMs = 0;
  private moveCount = 0;
  private cycleTracked = false;
  private breakSince: number | null = null;
  private receptions: Record<string, Reception> = {};

  constructor(
    setup: SimSetup,
    private readonly seed = 1,
  ) {
    this.minutesPerTurn = setup.minutesPerTurn ?? DEFAULT_MINUTES_PER_TURN;
    for (const spec of setup.partners) {
      const partner: Partner = { state: 'calm', context: initialPartnerContext(spec) };
      settle(partner);
      this.partners.set(spec.id, partner);
    }
    this.stage = setup.startStage ?? 'pursue-withdraw';
    this.couple = initialCoupleContext(this.views(), this.stage);
  }

  private get minutes(): number {
    return this.clockMs / MS_PER_MINUTE;
  }

  private validate(move: Move): void {
    const isCounselor = move.by === COUNSELOR_ID;
    if (!isCounselor && !this.partners.has(move.by)) throw new Error(`unknown partner '${move.by}'`);
    if (isCounselor && !isCounselorMove(move.type))
      throw new Error(`'${move.type}' is not a counselor's move`);
    if (!isCounselor && !isPartnerMove(move.type)) throw new Error(`'${move.type}' is a counselor's move`);
    if (move.to !== undefined && !this.partners.has(move.to)) throw new Error(`unknown partner '${move.to}'`);
  }

  apply(move: Move): SimSnapshot {
    this.validate(move);
    const isBreak = move.type === 'take_break' || move.type === 'time_out';
    if (isBreak) {
      this.breakSince ??= this.minutes;
      for (const partner of this.partners.values()) breakStarted(partner, this.minutes);
    } else if (move.type === 'self_soothe' && this.breakSince !== null) {
      const partner = this.partners.get(move.by);
      if (partner) moveMade(partner, move.type);
      this.clockMs += this.minutesPerTurn * MS_PER_MINUTE;
    } else {
      this.breakSince = null;
      this.exchange(move);
      this.clockMs += this.minutesPerTurn * MS_PER_MINUTE;
    }
    this.moveCount += 1;
    const by = move.by === COUNSELOR_ID ? null : move.by;
    Object.assign(
      this.couple,
      afterTurn(this.couple, { type: 'TURN', move: move.type, by, partners: this.views() }),
    );
    // One step round the circle at most per turn.
    if (this.couple.turn > this.couple.stageEnteredAt) {
      for (const [guard, target] of STAGE_EXITS[this.stage]) {
        if (!STAGE_GUARDS[guard](this.couple)) continue;
        this.stage = target;
        this.couple.stageEnteredAt = this.couple.turn;
        break;
      }
    }
    const after = this.snapshot();
    this.receptions = {};
    return after;
  }

  private exchange(move: Move): void {
    const hot = new Map(
      [...this.partners].map(([id, p]) => [id, p.state === 'escalated' || p.state === 'flooded']),
    );
    const speaker = this.partners.get(move.by)?.context;
    const speakerHeat = speaker ? heatOf(speaker.arousal, speaker.params.restingHeartRate) : 0;
    for (const [id, partner] of this.partners) {
      const roomUnready = [...hot].some(([otherId, isHot]) => otherId !== id && isHot) || !this.cycleTracked;
      if (id === move.by) {
        moveMade(partner, move.type);
      } else if (move.by === COUNSELOR_ID) {
        const aim = move.to === undefined ? 'both' : move.to === id ? 'me' : 'other';
        moveReceived(partner, move.type, aim, roomUnready);
      } else {
        const draw = seededDraw(this.seed, this.moveCount, id);
        const reception = receptionOf(move.type, partner.context, speakerHeat, draw);
        this.receptions[id] = reception;
        moveReceived(partner, move.type, 'me', roomUnready, deliveryOf(speakerHeat), reception);
      }
    }
    if (move.by === COUNSELOR_ID && CYCLE_TRACKING_MOVES.includes(move.type)) this.cycleTracked = true;
  }

  private views(): PartnerView[] {
    return [...this.partners.values()].map(({ state, context }) => partnerView(state, context));
  }

  snapshot(): SimSnapshot {
    const partners: Record<string, PartnerReading> = {};
    for (const [id, { state, context }] of this.partners)
      partners[id] = partnerReading(state, context, this.breakSince !== null, this.receptions[id]);
    return {
      minutes: this.minutes,
      breakSince: this.breakSince,
      partners,
      cycle: {
        stage: this.stage,
        intensity: this.couple.intensity,
        trend: this.couple.trend,
        ratio: this.couple.ratio,
      },
    };
  }
}
