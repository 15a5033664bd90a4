// The partner machine: one per simulated partner (DESIGN §4). States follow arousal and heart
// rate; flooding is left only through a break of at least twenty simulated minutes.
import { assign, setup } from 'xstate';
import {
  FLOOD_RECOVERY_MINUTES,
  MOVE_EFFECTS,
  COLD_PURSUER_FLIP,
  DISTANCER_FLIP,
  MISREAD_SHARE,
  PURSUER_EXHAUSTION,
  WARMTH_TO_THAW,
} from './parameters.ts';
import { HORSEMAN_OF, type Horseman, type MoveType } from './moves.ts';
import {
  breakDecay,
  coolingDecay,
  heartRateFor,
  heldWhileFlooded,
  influenceOf,
  isOverFloodLine,
  isPursuit,
  isRetreat,
  levelFor,
  misreadAs,
  nextArousal,
  nextTrust,
  recoveredArousal,
  clamp,
  round1,
  selfEffectOf,
  type PartnerParams,
  type Received,
  type Reception,
  type Role,
} from './rules.ts';

export interface PartnerContext {
  id: string;
  role: Role;
  params: PartnerParams;
  arousal: number;
  heartRate: number;
  trust: number;
  horsemen: Record<Horseman, number>;
  positiveMoves: number;
  negativeMoves: number;
  /** A pursuer who has given up: cold withdrawal. */
  cold: boolean;
  /** Own pursuits met by retreat, in a row (softened by warm answers). */
  unansweredPursuits: number;
  /** The last own move was a pursuit still waiting for an answer. */
  pursuitPending: boolean;
  /** Pursuits received while cold. */
  pursuedWhileCold: number;
  /** Warm answers received in a row while cold [LERNER]. */
  warmthWhileCold: number;
  /** Simulated minute at which the current break began, while cooling. */
  coolingSince: number | null;
  /** The partner's own last move: the stance shows it [STONEWALL]. */
  lastOwnMove: MoveType | null;
  /** How the last move made to this partner was heard [SENTIMENT]. */
  lastReception: Reception | null;
}

export type PartnerEvent =
  | {
      type: 'MOVE_RECEIVED';
      move: MoveType;
      aim: Received['aim'];
      /** [JOHNSON] The room is not ready for an enactment: the other partner is escalated or
       * flooded, or the counselor has not yet tracked the cycle with them. */
      roomUnready: boolean;
      /** How well the speaker put it (1 when calm or for the counselor). */
      delivery?: number;
      /** How this partner heard it (as meant unless sentiment says otherwise). */
      reception?: Reception;
    }
  | { type: 'MOVE_MADE'; move: MoveType }
  | { type: 'BREAK_STARTED'; now: number }
  | { type: 'MINUTE_PASSED'; now: number }
  /** Many quiet minutes at once, for a partner who is not cooling (a narrated skip). */
  | { type: 'MINUTES_RESTED'; minutes: number };

export interface PartnerInput {
  id: string;
  role: Role;
  params: PartnerParams;
}

export function initialPartnerContext(input: PartnerInput): PartnerContext {
  const arousal = input.params.setPoint;
  return {
    id: input.id,
    role: input.role,
    params: input.params,
    arousal,
    heartRate: heartRateFor(arousal, input.params.restingHeartRate),
    trust: input.params.trust,
    horsemen: { criticism: 0, contempt: 0, defensiveness: 0, stonewalling: 0 },
    positiveMoves: 0,
    negativeMoves: 0,
    cold: false,
    unansweredPursuits: 0,
    pursuitPending: false,
    pursuedWhileCold: 0,
    warmthWhileCold: 0,
    coolingSince: null,
    lastOwnMove: null,
    lastReception: null,
  };
}

/** A new arousal and the heart rate it gives, with `rest` of the update. Built as a plain object:
 * spreading one object into another literal is several times slower in V8, and this runs on
 * every move. */
const withArousal = (
  context: PartnerContext,
  arousal: number,
  rest?: Partial<PartnerContext>,
): Partial<PartnerContext> => {
  const update: Partial<PartnerContext> = {
    arousal,
    heartRate: heartRateFor(arousal, context.params.restingHeartRate),
  };
  return rest ? Object.assign(update, rest) : update;
};

/** Pursuit bookkeeping for a move received from the other partner (as heard): failed pursuits
 * exhaust a pursuer, make a distancer the pursuer, and being pursued while cold settles a cold
 * pursuer into distance [CHRISTENSEN][LERNER]; only warmth sustained over several answers thaws a
 * cold pursuer. */
export function answerToPursuit(context: PartnerContext, move: MoveType): Partial<PartnerContext> {
  let { unansweredPursuits, pursuedWhileCold, cold, role, warmthWhileCold } = context;
  // A warm answer responds to the other (turning toward, validating, owning a part); a pursuit
  // received is not an answer, and pursuing a cold partner settles them further into distance.
  const warm = MOVE_EFFECTS[move].valence > 0 && MOVE_EFFECTS[move].kind === 'soothing' && !isPursuit(move);
  if (context.pursuitPending && isRetreat(move)) unansweredPursuits += 1;
  else if (warm) unansweredPursuits = Math.max(0, unansweredPursuits - 2);
  if (role === 'pursuer' && unansweredPursuits >= PURSUER_EXHAUSTION) cold = true;
  if (cold) {
    warmthWhileCold = warm ? warmthWhileCold + 1 : isRetreat(move) ? 0 : warmthWhileCold;
    if (warmthWhileCold >= WARMTH_TO_THAW) {
      cold = false;
      unansweredPursuits = 0;
      warmthWhileCold = 0;
    }
  }
  if (role === 'distancer' && unansweredPursuits >= DISTANCER_FLIP) {
    role = 'pursuer';
    unansweredPursuits = 0;
  }
  if (cold && isPursuit(move)) pursuedWhileCold += 1;
  if (cold && pursuedWhileCold >= COLD_PURSUER_FLIP) {
    role = 'distancer';
    cold = false;
    pursuedWhileCold = 0;
    unansweredPursuits = 0;
    warmthWhileCold = 0;
  }
  return { unansweredPursuits, pursuedWhileCold, cold, role, warmthWhileCold, pursuitPending: false };
}

/** Trust moves with the move as heard: a misread warm move costs a share of what its reading
 * costs; a harsh move let go costs nothing [SENTIMENT]. */
export function trustAfter(
  context: PartnerContext,
  move: MoveType,
  aim: Received['aim'],
  reception: Reception,
): number {
  if (reception === 'let_go') return context.trust;
  if (reception === 'misread') {
    const lost = MOVE_EFFECTS[misreadAs(move)].trust * MISREAD_SHARE;
    return clamp(round1(context.trust + lost), 0, 100);
  }
  return nextTrust(context.trust, move, aim);
}

export const partnerMachine = setup({
  types: {
    context: {} as PartnerContext,
    events: {} as PartnerEvent,
    input: {} as PartnerInput,
  },
  guards: {
    heartRateOverFloodLine: ({ context }) =>
      isOverFloodLine(context.arousal, context.params.restingHeartRate),
    arousalInBand: ({ context }, params: { band: 'calm' | 'activated' | 'escalated' }) =>
      levelFor(context.arousal) === params.band,
    breakLongEnough: ({ context, event }) =>
      event.type === 'MINUTE_PASSED' &&
      context.coolingSince !== null &&
      event.now - context.coolingSince >= FLOOD_RECOVERY_MINUTES,
    isSelfSoothing: ({ event }) => event.type === 'MOVE_MADE' && event.move === 'self_soothe',
  },
  actions: {
    takeInMove: assign(({ context, event }, params: { flooded: boolean }) => {
      if (event.type !== 'MOVE_RECEIVED') return {};
      const reception = event.reception ?? 'as_meant';
      const received = { type: event.move, aim: event.aim, delivery: event.delivery, reception };
      const heard = reception === 'misread' ? misreadAs(event.move) : event.move;
      const influence = influenceOf(
        received,
        context.params,
        context.arousal,
        context.trust,
        params.flooded,
        event.roomUnready,
      );
      const fromPartner = event.aim === 'me' && MOVE_EFFECTS[event.move] !== undefined;
      const arousal = params.flooded
        ? heldWhileFlooded(context.arousal, influence, context.params.restingHeartRate)
        : nextArousal(context.arousal, context.params, influence);
      const update = withArousal(context, arousal, {
        trust: trustAfter(context, event.move, event.aim, reception),
        lastReception: reception,
      });
      return fromPartner ? Object.assign(update, answerToPursuit(context, heard)) : update;
    }),
    recordOwnMove: assign(({ context, event }, params: { flooded: boolean }) => {
      if (event.type !== 'MOVE_MADE') return {};
      const horseman = HORSEMAN_OF[event.move];
      const valence = MOVE_EFFECTS[event.move].valence;
      const changed = clamp(round1(context.arousal + selfEffectOf(event.move, params.flooded)), 0, 100);
      const arousal = params.flooded
        ? heldWhileFlooded(context.arousal, changed - context.arousal, context.params.restingHeartRate)
        : changed;
      // Attacking again is pursuing again; a tentative bid from a cold place is not yet a thaw.
      const pursuesAgain = isPursuit(event.move) && MOVE_EFFECTS[event.move].valence < 0;
      return withArousal(context, arousal, {
        horsemen: horseman
          ? { ...context.horsemen, [horseman]: context.horsemen[horseman] + 1 }
          : context.horsemen,
        positiveMoves: context.positiveMoves + (valence > 0 ? 1 : 0),
        negativeMoves: context.negativeMoves + (valence < 0 ? 1 : 0),
        pursuitPending: isPursuit(event.move),
        cold: pursuesAgain ? false : context.cold,
        pursuedWhileCold: pursuesAgain ? 0 : context.pursuedWhileCold,
        lastOwnMove: event.move,
      });
    }),
    startCooling: assign(({ event }) => (event.type === 'BREAK_STARTED' ? { coolingSince: event.now } : {})),
    stopCooling: assign({ coolingSince: null }),
    // Quiet minutes: the body settles, and the last move no longer shows in the stance.
    coolOneMinute: assign(({ context }) =>
      withArousal(context, coolingDecay(context.arousal, context.params.setPoint), { lastOwnMove: null }),
    ),
    settleAfterRecovery: assign(({ context }) =>
      withArousal(context, recoveredArousal(context.arousal, context.params.setPoint), {
        coolingSince: null,
        lastOwnMove: null,
      }),
    ),
    restOneMinute: assign(({ context }) =>
      withArousal(context, breakDecay(context.arousal, context.params.setPoint), { lastOwnMove: null }),
    ),
    restMinutes: assign(({ context, event }) =>
      event.type === 'MINUTES_RESTED'
        ? withArousal(context, breakDecay(context.arousal, context.params.setPoint, event.minutes), {
            lastOwnMove: null,
          })
        : {},
    ),
  },
}).createMachine({
  id: 'partner',
  context: ({ input }) => initialPartnerContext(input),
  initial: 'calm',
  states: {
    calm: {
      always: [
        { guard: 'heartRateOverFloodLine', target: 'flooded' },
        { guard: { type: 'arousalInBand', params: { band: 'escalated' } }, target: 'escalated' },
        { guard: { type: 'arousalInBand', params: { band: 'activated' } }, target: 'activated' },
      ],
    },
    activated: {
      always: [
        { guard: 'heartRateOverFloodLine', target: 'flooded' },
        { guard: { type: 'arousalInBand', params: { band: 'escalated' } }, target: 'escalated' },
        { guard: { type: 'arousalInBand', params: { band: 'calm' } }, target: 'calm' },
      ],
    },
    escalated: {
      always: [
        { guard: 'heartRateOverFloodLine', target: 'flooded' },
        { guard: { type: 'arousalInBand', params: { band: 'activated' } }, target: 'activated' },
        { guard: { type: 'arousalInBand', params: { band: 'calm' } }, target: 'calm' },
      ],
    },
    // Flooded until a break of FLOOD_RECOVERY_MINUTES: calming words barely land [GOTTMAN-FLOOD].
    flooded: {
      on: {
        MOVE_RECEIVED: { actions: { type: 'takeInMove', params: { flooded: true } } },
        MOVE_MADE: { actions: { type: 'recordOwnMove', params: { flooded: true } } },
        BREAK_STARTED: { target: 'cooling', actions: 'startCooling' },
      },
    },
    // On a break after flooding. Time heals only if nothing cuts the break short.
    cooling: {
      on: {
        MINUTE_PASSED: [
          { guard: 'breakLongEnough', target: 'calm', actions: 'settleAfterRecovery' },
          { actions: 'coolOneMinute' },
        ],
        MOVE_MADE: [
          { guard: 'isSelfSoothing', actions: { type: 'recordOwnMove', params: { flooded: true } } },
          {
            target: 'flooded',
            actions: ['stopCooling', { type: 'recordOwnMove', params: { flooded: true } }],
          },
        ],
        // A provocation, or any talk before the twenty minutes are up, floods again.
        MOVE_RECEIVED: {
          target: 'flooded',
          actions: ['stopCooling', { type: 'takeInMove', params: { flooded: true } }],
        },
      },
    },
  },
  on: {
    MOVE_RECEIVED: { actions: { type: 'takeInMove', params: { flooded: false } } },
    MOVE_MADE: { actions: { type: 'recordOwnMove', params: { flooded: false } } },
    MINUTE_PASSED: { actions: 'restOneMinute' },
    MINUTES_RESTED: { actions: 'restMinutes' },
  },
});

export type PartnerMachine = typeof partnerMachine;
