// The couple machine: where the two partners stand on the circle of pursuit and distance [WILE],
// how intense the exchange is, whether it is tightening or easing, and the ratio of positive to
// negative moves between the partners [GOTTMAN-RATIO].
import { assign, setup } from 'xstate';
import {
  ENGAGE_RUN,
  INTENSITY_AROUSAL_SHARE,
  MOVE_EFFECTS,
  TREND_THRESHOLD,
  TREND_WINDOW,
} from './parameters.ts';
import { categoryOf, type MoveType } from './moves.ts';
import { isPursuit } from './rules.ts';
import { clamp, round1, type PartnerState, type Role, type Stance } from './rules.ts';

export type CycleStage =
  'pursue-withdraw' | 'attack-withdraw' | 'attack-defend' | 'withdraw-withdraw' | 'engage-engage';
export const CYCLE_STAGES: readonly CycleStage[] = [
  'pursue-withdraw',
  'attack-withdraw',
  'attack-defend',
  'withdraw-withdraw',
  'engage-engage',
];
export type Trend = 'tightening' | 'easing' | 'steady';

/** What the couple machine needs to know of a partner after a move. */
export interface PartnerView {
  id: string;
  role: Role;
  state: PartnerState;
  stance: Stance;
  arousal: number;
  /** Heart rate over the flooding line (flooded, or cooling and not yet below it). */
  overTheLine?: boolean;
}

export interface CoupleContext {
  intensity: number;
  trend: Trend;
  /** Positive to negative moves between the partners (the positives when there is no negative yet). */
  ratio: number;
  positive: number;
  negative: number;
  /** Valence of the recent moves, newest last. */
  recentValence: number[];
  /** Intensity after each recent turn, newest last. */
  recentIntensity: number[];
  /** Consecutive regulating moves. */
  regulatingRun: number;
  /** The partners as they stood after the last move. */
  partners: PartnerView[];
  lastMove: MoveType | null;
  /** The partner who made the last move, or null for the counselor. */
  lastBy: string | null;
  turn: number;
  /** The turn on which the current stage was entered: the circle moves one step a turn at most. */
  stageEnteredAt: number;
  /** Where the couple starts (from the manifest). */
  startStage: CycleStage;
}

export interface TurnEvent {
  type: 'TURN';
  move: MoveType;
  /** The partner who made the move, or null for the counselor. */
  by: string | null;
  partners: PartnerView[];
}

/** Time passed with nobody speaking: the bodies changed, and the circle may follow them. */
export interface TimePassedEvent {
  type: 'TIME_PASSED';
  partners: PartnerView[];
}

const RECENT_MOVES = TREND_WINDOW * 2;

const isHot = (p: PartnerView) => p.state === 'escalated' || p.state === 'flooded';

export function initialCoupleContext(partners: PartnerView[], startStage: CycleStage): CoupleContext {
  const intensity = intensityOf(partners, []);
  return {
    intensity,
    trend: 'steady',
    ratio: 0,
    positive: 0,
    negative: 0,
    recentValence: [],
    recentIntensity: [intensity],
    regulatingRun: 0,
    partners,
    lastMove: null,
    lastBy: null,
    turn: 0,
    stageEnteredAt: 0,
    startStage,
  };
}

export function intensityOf(partners: PartnerView[], recentValence: number[]): number {
  const meanArousal = partners.reduce((sum, p) => sum + p.arousal, 0) / Math.max(1, partners.length);
  const negativeShare = recentValence.length
    ? recentValence.filter((v) => v < 0).length / recentValence.length
    : 0;
  return clamp(
    round1(INTENSITY_AROUSAL_SHARE * meanArousal + (1 - INTENSITY_AROUSAL_SHARE) * 100 * negativeShare),
    0,
    100,
  );
}

/** Which way the cycle is going: the change in intensity, read with what the bodies and the last
 * move say (one truth for the circle and the story):
 * - nobody is easing while a heart is still over the flooding line, whatever the words
 *   [GOTTMAN-FLOOD];
 * - the cycle tightens through hard words or hot bodies: a rise after a warm or neutral move, or
 *   while quiet time returns bodies to their resting level, with nobody escalated, reads steady
 *   (warmth that stirs is not the cycle tightening) [JOHNSON]. */
export function trendOf(
  recentIntensity: number[],
  partners: readonly PartnerView[] = [],
  lastValence = 0,
): Trend {
  const change = intensityChange(recentIntensity);
  if (change === 'easing' && partners.some((p) => p.state === 'flooded' || p.overTheLine)) return 'steady';
  if (change === 'tightening' && lastValence >= 0 && !partners.some(isHot)) return 'steady';
  return change;
}

function intensityChange(recentIntensity: number[]): Trend {
  if (recentIntensity.length < 2) return 'steady';
  const then = recentIntensity[Math.max(0, recentIntensity.length - 1 - TREND_WINDOW)];
  const now = recentIntensity[recentIntensity.length - 1];
  // The latest turn alone, when it moves past the threshold, sets the direction.
  const last = now - recentIntensity[recentIntensity.length - 2];
  if (last > TREND_THRESHOLD) return 'tightening';
  if (-last > TREND_THRESHOLD) return 'easing';
  if (now - then > TREND_THRESHOLD) return 'tightening';
  if (then - now > TREND_THRESHOLD) return 'easing';
  return 'steady';
}

export function ratioOf(positive: number, negative: number): number {
  return round1(negative === 0 ? positive : positive / negative);
}

/** The pursuer is the partner in that role who is still reaching; the distancer is the other. */
export function pursuerAndDistancer(partners: PartnerView[]): [PartnerView, PartnerView] {
  const pursuers = partners.filter((p) => p.role === 'pursuer');
  const pursuer = pursuers.find((p) => p.stance !== 'cold') ?? pursuers[0] ?? partners[0];
  const distancer = partners.find((p) => p !== pursuer) ?? pursuer;
  return [pursuer, distancer];
}

/** One step around the circle per turn: a stage's exits wait for the next turn. */
const oneStepPerTurn =
  (guard: (context: CoupleContext) => boolean) =>
  ({ context }: { context: CoupleContext }) =>
    context.turn > context.stageEnteredAt && guard(context);

const bothEngaged = (c: CoupleContext) => c.regulatingRun >= ENGAGE_RUN && !c.partners.some(isHot);
const pursuerAttacking = (c: CoupleContext) => pursuerAndDistancer(c.partners)[0].stance === 'attacking';
const distancerFightsBack = (c: CoupleContext) => {
  const [, distancer] = pursuerAndDistancer(c.partners);
  const hitsBack =
    c.lastBy === distancer.id &&
    c.lastMove !== null &&
    (categoryOf(c.lastMove) === 'pressing' || c.lastMove === 'defend');
  return distancer.stance === 'defending' || hitsBack;
};
const pursuerGaveUp = (c: CoupleContext) => pursuerAndDistancer(c.partners)[0].stance === 'cold';
const pursuitResumed = (c: CoupleContext) =>
  c.lastBy !== null && c.lastMove !== null && isPursuit(c.lastMove) && !pursuerGaveUp(c);
/** [GOTTMAN-RATIO] Out of engage–engage when a partner turns against or away, however calmly: a
 * criticism or a dismissal after a bid is the cycle starting again. */
const turnedNegative = (c: CoupleContext) =>
  c.lastBy !== null && c.lastMove !== null && MOVE_EFFECTS[c.lastMove].valence < 0;

const attackHasPassed = (c: CoupleContext) => !pursuerAttacking(c) && !distancerFightsBack(c);

/** The conditions that move the couple round the circle, as plain predicates (the machine adds
 * one step per turn; the plain-code baseline of bench:sim uses them as they are). */
export const STAGE_GUARDS = {
  bothEngaged,
  pursuerAttacking,
  distancerFightsBack,
  pursuerGaveUp,
  pursuitResumed,
  attackHasPassed,
  turnedNegative,
};
type StageGuard = keyof typeof STAGE_GUARDS;

/** [WILE] The circle, in order, and the way out: each stage's exits, first match wins. */
export const STAGE_EXITS: Record<CycleStage, readonly (readonly [StageGuard, CycleStage])[]> = {
  'pursue-withdraw': [
    ['bothEngaged', 'engage-engage'],
    ['pursuerAttacking', 'attack-withdraw'],
    ['pursuerGaveUp', 'withdraw-withdraw'],
  ],
  'attack-withdraw': [
    ['bothEngaged', 'engage-engage'],
    ['distancerFightsBack', 'attack-defend'],
    ['pursuerGaveUp', 'withdraw-withdraw'],
    ['attackHasPassed', 'pursue-withdraw'],
  ],
  'attack-defend': [
    ['bothEngaged', 'engage-engage'],
    ['pursuerGaveUp', 'withdraw-withdraw'],
    ['attackHasPassed', 'pursue-withdraw'],
  ],
  'withdraw-withdraw': [
    ['bothEngaged', 'engage-engage'],
    ['pursuitResumed', 'pursue-withdraw'],
  ],
  'engage-engage': [['turnedNegative', 'pursue-withdraw']],
};

/** The couple after a move: intensity, trend, ratio and the run of regulating moves. */
export function afterTurn(context: CoupleContext, event: TurnEvent): Partial<CoupleContext> {
  const valence = MOVE_EFFECTS[event.move].valence;
  const category = categoryOf(event.move);
  const regulating = valence > 0 && (category === 'regulating' || category === 'counselor');
  const byPartner = event.by !== null;
  const recentValence = [...context.recentValence, valence].slice(-RECENT_MOVES);
  const positive = context.positive + (byPartner && valence > 0 ? 1 : 0);
  const negative = context.negative + (byPartner && valence < 0 ? 1 : 0);
  const intensity = intensityOf(event.partners, recentValence);
  const recentIntensity = [...context.recentIntensity, intensity].slice(-(TREND_WINDOW + 1));
  return {
    intensity,
    trend: trendOf(recentIntensity, event.partners, valence),
    ratio: ratioOf(positive, negative),
    positive,
    negative,
    recentValence,
    recentIntensity,
    regulatingRun: regulating ? context.regulatingRun + 1 : valence < 0 ? 0 : context.regulatingRun,
    partners: event.partners,
    lastMove: event.move,
    lastBy: event.by,
    turn: context.turn + 1,
  };
}

/** The couple after quiet time: the bodies changed. Quiet time is a step too: the circle can move
 * on from a fight the bodies have left. */
export function afterTimePassed(context: CoupleContext, partners: PartnerView[]): Partial<CoupleContext> {
  const intensity = intensityOf(partners, context.recentValence);
  const recentIntensity = [...context.recentIntensity, intensity].slice(-(TREND_WINDOW + 1));
  return {
    intensity,
    trend: trendOf(recentIntensity, partners),
    recentIntensity,
    partners,
    turn: context.turn + 1,
  };
}

const exitsOf = (stage: CycleStage) =>
  STAGE_EXITS[stage].map(([guard, target]) => ({ guard, target, actions: 'markStageEntered' as const }));

export const coupleMachine = setup({
  types: {
    context: {} as CoupleContext,
    events: {} as TurnEvent | TimePassedEvent,
    input: {} as { partners: PartnerView[]; stage: CycleStage },
  },
  guards: {
    startsAt: ({ context }, params: { stage: CycleStage }) => context.startStage === params.stage,
    bothEngaged: oneStepPerTurn(bothEngaged),
    pursuerAttacking: oneStepPerTurn(pursuerAttacking),
    distancerFightsBack: oneStepPerTurn(distancerFightsBack),
    pursuerGaveUp: oneStepPerTurn(pursuerGaveUp),
    pursuitResumed: oneStepPerTurn(pursuitResumed),
    attackHasPassed: oneStepPerTurn(attackHasPassed),
    turnedNegative: oneStepPerTurn(turnedNegative),
  },
  actions: {
    recordTimePassed: assign(({ context, event }) =>
      event.type === 'TIME_PASSED' ? afterTimePassed(context, event.partners) : {},
    ),
    recordTurn: assign(({ context, event }) => (event.type === 'TURN' ? afterTurn(context, event) : {})),
    markStageEntered: assign(({ context }) => ({ stageEnteredAt: context.turn })),
  },
}).createMachine({
  id: 'couple',
  context: ({ input }) => initialCoupleContext(input.partners, input.stage),
  initial: 'starting',
  on: { TURN: { actions: 'recordTurn' }, TIME_PASSED: { actions: 'recordTimePassed' } },
  states: {
    starting: {
      always: CYCLE_STAGES.map((stage) => ({
        guard: { type: 'startsAt' as const, params: { stage } },
        target: stage,
      })),
    },
    'pursue-withdraw': { always: exitsOf('pursue-withdraw') },
    'attack-withdraw': { always: exitsOf('attack-withdraw') },
    'attack-defend': { always: exitsOf('attack-defend') },
    'withdraw-withdraw': { always: exitsOf('withdraw-withdraw') },
    'engage-engage': { always: exitsOf('engage-engage') },
  },
});

export type CoupleMachine = typeof coupleMachine;
