// The model's rules as small pure functions. The machines call these; tests can call them too.
import {
  AROUSAL_ACTIVATED,
  AROUSAL_ESCALATED,
  BREAK_DECAY_PER_MINUTE,
  COOLING_DECAY_PER_MINUTE,
  FLOODED_NEGATIVE_GAIN,
  FLOODED_POSITIVE_UPTAKE,
  AROUSAL_CEILING_SPAN,
  AROUSAL_SOFT_CEILING_START,
  FLOODED_SPEAKER_DELIVERY,
  FLOODED_SPEAKER_MISREAD_GAIN,
  FLOODING_HEART_RATE,
  HEART_RATE_PER_AROUSAL,
  HEAT_START_HEART_RATE,
  HOT_INERTIA,
  LET_GO_SCALE,
  LET_GO_SHARE,
  LET_GO_TRUST,
  MISREAD_MAX,
  MISREAD_SCALE,
  MISREAD_SHARE,
  MOVE_EFFECTS,
  NEGATIVITY_GAIN,
  PREMATURE_ENACTMENT,
  RECOVERY_RESIDUAL,
  REPAIR_FLOOR,
  TAKE_SIDES_FAVOURED,
  VALIDATE_BYSTANDER_SHARE,
} from './parameters.ts';
import { MOVE_CATEGORIES, PURSUIT_MOVES, type MoveType } from './moves.ts';

export type Role = 'pursuer' | 'distancer';
export type PartnerState = 'calm' | 'activated' | 'escalated' | 'flooded' | 'cooling';
export type PursuerStance = 'reaching' | 'protesting' | 'attacking' | 'cold';
export type DistancerStance = 'present' | 'deflecting' | 'defending' | 'stonewalling';
export type Stance = PursuerStance | DistancerStance;
/** How a received move was heard [SENTIMENT]: as it was meant, as an attack (a warm move
 * misread), or let go (a harsh move shrugged off). */
export type Reception = 'as_meant' | 'misread' | 'let_go';

/** Per-partner model parameters, from the scenario manifest. */
export interface PartnerParams {
  /** Resting heart rate in bpm. */
  restingHeartRate: number;
  /** Uninfluenced set point of arousal, 0–100 [GOTTMAN-MURRAY]. */
  setPoint: number;
  /** Emotional inertia, 0–1 [GOTTMAN-MURRAY]. */
  inertia: number;
  /** Multiplier for pressing moves received (demands, criticism) [LERNER]. */
  pressureSensitivity: number;
  /** Multiplier for distancing moves received (stonewalling, withdrawal) [LERNER]. */
  distanceSensitivity: number;
  /** Starting trust/sentiment, 0–100 [GOTTMAN-REPAIR]. */
  trust: number;
}

export const clamp = (value: number, low: number, high: number): number =>
  Math.min(high, Math.max(low, value));

/** Keep model values short and exactly reproducible in JSON. */
export const round1 = (value: number): number => Math.round(value * 10) / 10;

export function heartRateFor(arousal: number, restingHeartRate: number): number {
  return round1(restingHeartRate + HEART_RATE_PER_AROUSAL * arousal);
}

export function isOverFloodLine(arousal: number, restingHeartRate: number): boolean {
  return heartRateFor(arousal, restingHeartRate) > FLOODING_HEART_RATE;
}

/** The arousal at which this partner's heart rate crosses the flooding line. */
export function floodingArousal(restingHeartRate: number): number {
  return (FLOODING_HEART_RATE - restingHeartRate) / HEART_RATE_PER_AROUSAL;
}

/** The named state below flooding for an arousal level. */
export function levelFor(arousal: number): 'calm' | 'activated' | 'escalated' {
  if (arousal >= AROUSAL_ESCALATED) return 'escalated';
  if (arousal >= AROUSAL_ACTIVATED) return 'activated';
  return 'calm';
}

export interface Received {
  type: MoveType;
  /** Whether the move is aimed at this partner (counselor moves with `to`), at the other one, or
   * at both. */
  aim: 'me' | 'other' | 'both';
  /** How well the speaker delivered it (1 calm; less from a speaker near flooding). */
  delivery?: number;
  reception?: Reception;
}

const smoothstep = (t: number): number => {
  const x = clamp(t, 0, 1);
  return x * x * (3 - 2 * x);
};

/** How near the body is to flooding, 0 (below HEAT_START_HEART_RATE) to 1 (at the flooding line):
 * the one smooth measure behind uptake, inertia and delivery, so nothing jumps at 100 bpm. */
export function heatOf(arousal: number, restingHeartRate: number): number {
  const heartRate = restingHeartRate + HEART_RATE_PER_AROUSAL * arousal;
  return smoothstep((heartRate - HEAT_START_HEART_RATE) / (FLOODING_HEART_RATE - HEAT_START_HEART_RATE));
}

/** [GOTTMAN-FLOOD] The share of soothing a body takes in: 1 calm, FLOODED_POSITIVE_UPTAKE at the line. */
export function uptakeOf(heat: number): number {
  return 1 - (1 - FLOODED_POSITIVE_UPTAKE) * heat;
}

/** [GOTTMAN-FLOOD] The share of warmth a speaker can put into words: 1 calm, FLOODED_SPEAKER_DELIVERY at the line. */
export function deliveryOf(heat: number): number {
  return 1 - (1 - FLOODED_SPEAKER_DELIVERY) * heat;
}

/** [GOTTMAN-MURRAY][GOTTMAN-FLOOD] Inertia rises with heat: a hot body holds its arousal. */
export function inertiaAt(inertia: number, heat: number): number {
  return inertia + (Math.max(inertia, HOT_INERTIA) - inertia) * heat;
}

/** A move heard as an attack lands as this move [SENTIMENT]: a request for space as leaving,
 * anything else warm as a charge. */
export function misreadAs(type: MoveType): MoveType {
  return type === 'ask_space' ? 'withdraw' : 'criticize';
}

/** Warm moves a partner makes to the other, which sentiment can turn into attacks [SENTIMENT]. */
export function canBeMisread(type: MoveType): boolean {
  const effect = MOVE_EFFECTS[type];
  return effect.valence > 0 && type !== 'self_soothe' && type !== 'take_break';
}

/** Harsh moves a partner makes to the other, which positive sentiment can let go [SENTIMENT]. */
export function canBeLetGo(type: MoveType): boolean {
  return MOVE_EFFECTS[type].valence < 0;
}

/** [SENTIMENT] The chance that a warm move is heard as an attack by this receiver. */
export function misreadChance(trust: number, arousal: number, speakerHeat: number): number {
  const base = MISREAD_SCALE * (1 - trust / 100) * (1 + arousal / 100);
  return clamp(base * (1 + (FLOODED_SPEAKER_MISREAD_GAIN - 1) * speakerHeat), 0, MISREAD_MAX);
}

/** [SENTIMENT] The chance that a harsh move is let go by this receiver. */
export function letGoChance(trust: number): number {
  return clamp((LET_GO_SCALE * (trust - LET_GO_TRUST)) / (100 - LET_GO_TRUST), 0, LET_GO_SCALE);
}

/** How the receiver hears a move, given a uniform draw in [0, 1) from the run's seed. */
export function receptionOf(
  type: MoveType,
  receiver: { trust: number; arousal: number },
  speakerHeat: number,
  draw: number,
): Reception {
  if (canBeMisread(type) && draw < misreadChance(receiver.trust, receiver.arousal, speakerHeat))
    return 'misread';
  if (canBeLetGo(type) && draw < letGoChance(receiver.trust)) return 'let_go';
  return 'as_meant';
}

/** A uniform number in [0, 1) from the run's seed, the move's number and the receiver: the same
 * inputs always draw the same number, so a run is exact on replay and after a rewind. */
export function seededDraw(seed: number, moveNumber: number, receiver: string): number {
  let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(moveNumber | 0, 0x85ebca6b)) >>> 0;
  for (let i = 0; i < receiver.length; i++) h = Math.imul(h ^ receiver.charCodeAt(i), 0x01000193) >>> 0;
  // mulberry32 finaliser
  h = Math.imul(h ^ (h >>> 15), h | 1);
  h ^= h + Math.imul(h ^ (h >>> 7), h | 61);
  return ((h ^ (h >>> 14)) >>> 0) / 4294967296;
}

/**
 * The arousal a received move adds (negative calms), before inertia: the move's size as heard,
 * the receiver's sensitivity for its kind, sentiment and heat for soothing moves, the speaker's
 * delivery, and flooding.
 */
export function influenceOf(
  received: Received,
  params: PartnerParams,
  arousal: number,
  trust: number,
  flooded: boolean,
  roomUnready: boolean,
): number {
  const reception = received.reception ?? 'as_meant';
  const heard = reception === 'misread' ? misreadAs(received.type) : received.type;
  const effect = MOVE_EFFECTS[heard];
  let size = effect.onOther;
  if (reception === 'misread') size *= MISREAD_SHARE;
  if (reception === 'let_go') size *= LET_GO_SHARE;
  if (heard === 'enactment' && (roomUnready || arousal >= AROUSAL_ESCALATED)) size = PREMATURE_ENACTMENT;
  // `to` on take_sides names the partner sided with: they feel backed, the other ganged up on.
  if (heard === 'take_sides' && received.aim === 'me') size = TAKE_SIDES_FAVOURED;
  if (received.aim === 'other') {
    if (heard === 'validate' || heard === 'evoke' || heard === 'conjecture')
      size = size * VALIDATE_BYSTANDER_SHARE;
    else if (heard === 'interpret' || heard === 'block') size = 0;
  }
  const heat = heatOf(arousal, params.restingHeartRate);
  if (size > 0) {
    if (effect.kind === 'pressure') size *= params.pressureSensitivity;
    if (effect.kind === 'distance') size *= params.distanceSensitivity;
    size *= 1 + (NEGATIVITY_GAIN * arousal) / 100;
    if (flooded) size *= FLOODED_NEGATIVE_GAIN;
  } else if (size < 0) {
    size *= REPAIR_FLOOR + trust / 100;
    size *= received.delivery ?? 1;
    size *= flooded ? FLOODED_POSITIVE_UPTAKE : uptakeOf(heat);
  }
  return size;
}

/** [GOTTMAN-MURRAY] A push upward meets a soft ceiling. Pushes add up in an unbounded "drive"
 * that equals arousal below AROUSAL_SOFT_CEILING_START and maps onto the headroom above it as
 * start + headroom × (1 − e^(−excess/AROUSAL_CEILING_SPAN)): continuous, increasing, and each
 * equal push adds less than the one before, so arousal approaches 100 and never pins there. */
export function withHeadroom(arousal: number, push: number): number {
  if (push <= 0) return push;
  return Math.max(0, headroomArousal(headroomDrive(Math.min(arousal, 99.99)) + push) - arousal);
}

// withHeadroom's map and its inverse, at module level: it runs on every move, and a closure made
// per call costs more than the arithmetic (more still where the dev loader names each one).
const HEADROOM_START = AROUSAL_SOFT_CEILING_START;
const HEADROOM_ROOM = 100 - HEADROOM_START;
function headroomArousal(drive: number): number {
  return drive <= HEADROOM_START
    ? drive
    : HEADROOM_START + HEADROOM_ROOM * (1 - Math.exp(-(drive - HEADROOM_START) / AROUSAL_CEILING_SPAN));
}
function headroomDrive(a: number): number {
  return a <= HEADROOM_START
    ? a
    : HEADROOM_START -
        AROUSAL_CEILING_SPAN * Math.log(Math.max(1e-9, 1 - (a - HEADROOM_START) / HEADROOM_ROOM));
}

/** [GOTTMAN-MURRAY] next = set point + inertia × (now − set point) + influence; the inertia
 * rises with heat, and pushes upward meet the soft ceiling. */
export function nextArousal(arousal: number, params: PartnerParams, influence: number): number {
  const heat = heatOf(arousal, params.restingHeartRate);
  const settled = params.setPoint + inertiaAt(params.inertia, heat) * (arousal - params.setPoint);
  return clamp(round1(settled + withHeadroom(Math.max(arousal, settled), influence)), 0, 100);
}

/** [GOTTMAN-FLOOD] While flooded there is no settling back toward the set point in conversation:
 * the body stays over the flood line until a break; influence still adds (negatives, toward the
 * soft ceiling) or barely subtracts (soothing, already scaled down). */
export function heldWhileFlooded(arousal: number, influence: number, restingHeartRate: number): number {
  const floor = floodingArousal(restingHeartRate) + 0.5;
  return clamp(round1(Math.max(floor, arousal + withHeadroom(arousal, influence))), 0, 100);
}

/** What making a move does to the mover's own arousal (venting heats, self-soothing calms). */
export function selfEffectOf(type: MoveType, flooded: boolean): number {
  const own = MOVE_EFFECTS[type].onSelf;
  return own < 0 && flooded ? own * FLOODED_POSITIVE_UPTAKE * 2 : own;
}

export function nextTrust(trust: number, type: MoveType, aim: Received['aim']): number {
  const change = aim === 'me' && type === 'take_sides' ? 1 : MOVE_EFFECTS[type].trust;
  return clamp(round1(trust + change), 0, 100);
}

/** Minutes of quiet for a partner who is not flooded: back toward the set point, a share of the
 * way each minute (in closed form, so an afternoon costs no more than a minute). */
export function breakDecay(arousal: number, setPoint: number, minutes = 1): number {
  return round1(setPoint + (arousal - setPoint) * (1 - BREAK_DECAY_PER_MINUTE) ** minutes);
}

/** A minute of cooling for a flooded partner on a break: adrenaline clears slowly. */
export function coolingDecay(arousal: number, setPoint: number): number {
  return round1(Math.max(setPoint, arousal - COOLING_DECAY_PER_MINUTE));
}

/** Arousal after a full recovery break. */
export function recoveredArousal(arousal: number, setPoint: number): number {
  return round1(setPoint + (arousal - setPoint) * RECOVERY_RESIDUAL);
}

export function isPursuit(type: MoveType): boolean {
  return PURSUIT_MOVES.includes(type);
}

export function isRetreat(type: MoveType): boolean {
  return type === 'stonewall' || type === 'withdraw' || type === 'dismiss' || type === 'defend';
}

const PURSUER_STANCES: readonly PursuerStance[] = ['reaching', 'protesting', 'attacking'];
const DISTANCER_STANCES: readonly DistancerStance[] = ['present', 'deflecting', 'defending', 'stonewalling'];

/** [STONEWALL][CHRISTENSEN] The stance a move shows by itself, whatever the arousal behind it. */
function stanceShownBy(role: Role, move: MoveType | null): Stance | null {
  if (move === null) return null;
  if (role === 'pursuer') {
    if (move === 'withdraw' || move === 'stonewall') return 'cold';
    // [WILE] accusation is the attack; a complaint or a demand is protest.
    if (move === 'contempt' || move === 'blame') return 'attacking';
    if (move === 'criticize' || move === 'demand') return 'protesting';
    return null;
  }
  if (move === 'stonewall') return 'stonewalling';
  if (move === 'defend') return 'defending';
  if (move === 'withdraw' || move === 'dismiss') return 'deflecting';
  return null;
}

/** [GOTTMAN-RATIO][JOHNSON] Moves that turn toward the other: whoever makes one, unflooded, is
 * reaching or present in that moment, however hot the body still is (the state shows the body):
 * the regulating moves, less those that care for oneself (soothing, space, a break). */
const TURNING_TOWARD: ReadonlySet<MoveType> = new Set<MoveType>(
  MOVE_CATEGORIES.regulating.filter((m) => !['self_soothe', 'ask_space', 'take_break'].includes(m)),
);

/** Each role escalates in its own style: fight for the pursuer, flight or freeze for the
 * distancer (seed 000; DESIGN §4). The stance is the further of what the body says (state) and
 * what the partner just did (their last move): a stonewall looks like a stonewall [STONEWALL].
 * A move that turns toward the other shows reaching or presence unless the mover is flooded;
 * a cold pursuer stays cold until thawed. */
export function stanceFor(
  role: Role,
  state: PartnerState,
  cold: boolean,
  lastOwnMove: MoveType | null = null,
): Stance {
  const shown = stanceShownBy(role, lastOwnMove);
  const turnedToward = lastOwnMove !== null && TURNING_TOWARD.has(lastOwnMove) && state !== 'flooded';
  if (role === 'pursuer') {
    if (shown === 'cold' || (cold && shown === null)) return 'cold';
    if (turnedToward) return 'reaching';
    const felt: PursuerStance =
      state === 'flooded' || state === 'escalated'
        ? 'attacking'
        : state === 'activated' || state === 'cooling'
          ? 'protesting'
          : 'reaching';
    const byMove = shown === null ? 0 : PURSUER_STANCES.indexOf(shown as PursuerStance);
    return PURSUER_STANCES[Math.max(PURSUER_STANCES.indexOf(felt), byMove)];
  }
  if (turnedToward) return 'present';
  const felt: DistancerStance =
    state === 'flooded'
      ? 'stonewalling'
      : state === 'escalated'
        ? 'defending'
        : state === 'activated' || state === 'cooling'
          ? 'deflecting'
          : 'present';
  const byMove = shown === null ? 0 : DISTANCER_STANCES.indexOf(shown as DistancerStance);
  return DISTANCER_STANCES[Math.max(DISTANCER_STANCES.indexOf(felt), byMove)];
}
