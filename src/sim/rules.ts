// The model's rules as small pure functions. The machines call these; tests can call them too.
import {
  AROUSAL_ACTIVATED,
  AROUSAL_ESCALATED,
  BREAK_DECAY_PER_MINUTE,
  COOLING_DECAY_PER_MINUTE,
  FLOODED_NEGATIVE_GAIN,
  FLOODED_POSITIVE_UPTAKE,
  FLOODING_HEART_RATE,
  HEART_RATE_PER_AROUSAL,
  MOVE_EFFECTS,
  NEGATIVITY_GAIN,
  PREMATURE_ENACTMENT,
  RECOVERY_RESIDUAL,
  REPAIR_FLOOR,
  TAKE_SIDES_FAVOURED,
  VALIDATE_BYSTANDER_SHARE,
} from './parameters.ts';
import { PURSUIT_MOVES, type MoveType } from './moves.ts';

export type Role = 'pursuer' | 'distancer';
export type PartnerState = 'calm' | 'activated' | 'escalated' | 'flooded' | 'cooling';
export type PursuerStance = 'reaching' | 'protesting' | 'attacking' | 'cold';
export type DistancerStance = 'present' | 'deflecting' | 'defending' | 'stonewalling';
export type Stance = PursuerStance | DistancerStance;

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
}

/**
 * The arousal a received move adds (negative calms), before inertia: the move's size, the
 * receiver's sensitivity for its kind, sentiment for soothing moves, and flooding.
 */
export function influenceOf(
  received: Received,
  params: PartnerParams,
  arousal: number,
  trust: number,
  flooded: boolean,
  otherIsHot: boolean,
): number {
  const effect = MOVE_EFFECTS[received.type];
  let size = effect.onOther;
  if (received.type === 'enactment' && otherIsHot) size = PREMATURE_ENACTMENT;
  if (received.type === 'enactment' && arousal >= AROUSAL_ESCALATED) size = PREMATURE_ENACTMENT;
  // `to` on take_sides names the partner sided with: they feel backed, the other ganged up on.
  if (received.type === 'take_sides' && received.aim === 'me') size = TAKE_SIDES_FAVOURED;
  if (received.aim === 'other') {
    if (received.type === 'validate' || received.type === 'evoke') size = size * VALIDATE_BYSTANDER_SHARE;
    else if (received.type === 'interpret' || received.type === 'block') size = 0;
  }
  if (size > 0) {
    if (effect.kind === 'pressure') size *= params.pressureSensitivity;
    if (effect.kind === 'distance') size *= params.distanceSensitivity;
    size *= 1 + (NEGATIVITY_GAIN * arousal) / 100;
    if (flooded) size *= FLOODED_NEGATIVE_GAIN;
  } else if (size < 0) {
    size *= REPAIR_FLOOR + trust / 100;
    if (flooded) size *= FLOODED_POSITIVE_UPTAKE;
  }
  return size;
}

/** [GOTTMAN-MURRAY] next = set point + inertia × (now − set point) + influence. */
export function nextArousal(arousal: number, params: PartnerParams, influence: number): number {
  return clamp(round1(params.setPoint + params.inertia * (arousal - params.setPoint) + influence), 0, 100);
}

/** [GOTTMAN-FLOOD] While flooded there is no settling back toward the set point in conversation:
 * the body stays over the flood line until a break; influence still adds (negatives) or barely
 * subtracts (soothing, already scaled down). */
export function heldWhileFlooded(arousal: number, influence: number, restingHeartRate: number): number {
  const floor = floodingArousal(restingHeartRate) + 0.5;
  return clamp(round1(Math.max(floor, arousal + influence)), 0, 100);
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

/** A minute of break for a partner who is not flooded: back toward the set point. */
export function breakDecay(arousal: number, setPoint: number): number {
  return round1(arousal + (setPoint - arousal) * BREAK_DECAY_PER_MINUTE);
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

/** Each role escalates in its own style: fight for the pursuer, flight or freeze for the
 * distancer (seed 000; DESIGN §4). */
export function stanceFor(role: Role, state: PartnerState, cold: boolean): Stance {
  if (role === 'pursuer') {
    if (cold) return 'cold';
    if (state === 'flooded' || state === 'escalated') return 'attacking';
    if (state === 'activated' || state === 'cooling') return 'protesting';
    return 'reaching';
  }
  if (state === 'flooded') return 'stonewalling';
  if (state === 'escalated') return 'defending';
  if (state === 'activated' || state === 'cooling') return 'deflecting';
  return 'present';
}
