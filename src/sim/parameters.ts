// Every number of the cycle model, with where it comes from. Per-partner numbers (resting heart
// rate, set point, inertia, sensitivities, starting trust) live in each scenario's manifest;
// these are the shared ones and the defaults.
//
// Sources, cited by key below:
//  [GOTTMAN-FLOOD]  Gottman, J. M. (1994). What Predicts Divorce? Erlbaum; Gottman & Silver (1999).
//                   The Seven Principles for Making Marriage Work, ch. 2: "diffuse physiological
//                   arousal" — flooding when heart rate exceeds about 100 bpm, and a break of at
//                   least 20 minutes is needed for the body to calm down. The seed
//                   002_612bd878bc8560af.txt gives the same twenty minutes.
//  [GOTTMAN-MURRAY] Gottman, Murray, Swanson, Tyson & Swanson (2002). The Mathematics of
//                   Marriage. MIT Press: W(t+1) = a + r1·W(t) + I(H(t)) — an uninfluenced set
//                   point, an emotional inertia r1 (typically 0.3–0.7 in their fits), and an
//                   influence function of the partner's last move that is steeper for negative
//                   affect ("negativity threshold").
//  [GOTTMAN-RATIO]  Gottman & Levenson (1992); Gottman (1994): about 5 positive to 1 negative
//                   during conflict in stable couples; below 1:1 in couples headed for divorce.
//  [GOTTMAN-HORSEMEN] Gottman (1994); Gottman & Silver (1999): criticism, contempt,
//                   defensiveness, stonewalling; contempt the most corrosive; antidotes gentle
//                   start-up, appreciation, taking responsibility, self-soothing.
//  [GOTTMAN-REPAIR] Gottman (1999), The Marriage Clinic; "positive sentiment override" (Weiss
//                   1980): whether a repair attempt lands depends on the sentiment in the
//                   relationship, not on how skilled it is.
//  [CHRISTENSEN]    Christensen & Heavey (1990, 1993); Christensen, Eldridge et al. (2006):
//                   demand–withdraw; the partner who wants the change tends to demand, the other
//                   to withdraw; roles follow the issue, not gender.
//  [LERNER]         Lerner (1985), The Dance of Anger; Lancer (seed 002): each role provokes and
//                   maintains the other; asking directly for togetherness and space.
//  [WILE]           Wile, D. B. (2013). Opening the circle of pursuit and distance. Family
//                   Process 52(1): pursue-withdraw → attack-withdraw → attack-defend →
//                   withdraw-withdraw, and back.
//  [JOHNSON]        Johnson, S. M. (2004/2019). The Practice of Emotionally Focused Couple Therapy:
//                   de-escalation first; enactments only once the cycle is contained; the
//                   withdrawer re-engages before the pursuer softens.
//  [SENTIMENT]      Weiss, R. L. (1980). Strategic behavioral marital therapy: toward a model for
//                   assessment and intervention. Advances in Family Intervention 1: sentiment
//                   override — how a partner hears a message follows the overall sentiment more
//                   than the message. Hawkins, Carrère & Gottman (2002), J. Marriage & Family 64:
//                   in negative sentiment override, neutral messages are heard as negative;
//                   Gottman (1999), The Marriage Clinic: in positive override, irritability is
//                   let go ("he's just stressed").
//  [STONEWALL]      Gottman & Levenson (1988), "The social psychophysiology of marriage"; Gottman
//                   (1994), What Predicts Divorce?: stonewallers look impassive but are
//                   physiologically flooded (heart rate high); stonewalling is a response to
//                   flooding, and it floods the partner who is shut out.
//  [MODEL]          A modelling choice of this project, set so the behaviours above appear at
//                   the sizes the sources describe (e.g. three or four harsh moves flood a
//                   calm distancer). Tests pin the behaviours, not these exact values.

import type { MoveType } from './moves.ts';

/** [GOTTMAN-FLOOD] Heart rate above this means flooded. */
export const FLOODING_HEART_RATE = 100;

/** [GOTTMAN-FLOOD] Minutes of break, with no provocation, that end flooding. */
export const FLOOD_RECOVERY_MINUTES = 20;

/** [MODEL] Beats per minute added per point of arousal (0–100 → up to +50 bpm above rest; an
 * argument can raise heart rate by 30–50 bpm in the Love Lab recordings [GOTTMAN-FLOOD]). */
export const HEART_RATE_PER_AROUSAL = 0.5;

/** [MODEL] Arousal bands that name the states below flooding. */
export const AROUSAL_ACTIVATED = 35;
export const AROUSAL_ESCALATED = 55;

/** [GOTTMAN-FLOOD] While flooded the body barely takes in soothing; negative moves land harder. */
export const FLOODED_POSITIVE_UPTAKE = 0.2;
export const FLOODED_NEGATIVE_GAIN = 1.5;

/** [GOTTMAN-FLOOD][MODEL] The body heats gradually, not at a cliff: from this heart rate up to the
 * flooding line, soothing is taken in less (down to FLOODED_POSITIVE_UPTAKE), arousal lingers
 * longer (inertia up to HOT_INERTIA), and what the partner says is delivered less well. "Heat"
 * is a smoothstep from 0 here to 1 at FLOODING_HEART_RATE. */
export const HEAT_START_HEART_RATE = 88;
/** [GOTTMAN-FLOOD] Adrenaline clears slowly: near the flooding line arousal barely regresses to the
 * set point from one exchange to the next (the twenty minutes are needed because of this). */
export const HOT_INERTIA = 0.95;
/** [GOTTMAN-FLOOD][MODEL] A flooded speaker cannot deliver warmth well: soothing words said at the
 * flooding line land at this share of the same words said calm ("you can't think straight"). */
export const FLOODED_SPEAKER_DELIVERY = 0.5;

/** [GOTTMAN-MURRAY] The influence functions level off at the extremes (the ogive form in The
 * Mathematics of Marriage, ch. 6): above this arousal, each push adds a share of it that shrinks
 * with the headroom left, so arousal approaches its ceiling with diminishing steps. */
export const AROUSAL_SOFT_CEILING_START = 60;
/** [MODEL] How much drive past the start of the soft ceiling it takes to use up 63% of the headroom
 * left (twice the headroom: a flooded partner under repeated contempt climbs for five or six
 * moves, each step smaller). */
export const AROUSAL_CEILING_SPAN = 80;

/** [GOTTMAN-MURRAY] Negative influence grows with the receiver's arousal (a steeper negative
 * branch of the influence function): gain = 1 + NEGATIVITY_GAIN × arousal/100. */
export const NEGATIVITY_GAIN = 0.6;

/** [MODEL] During a break, a flooded partner's arousal drops only this much per minute until
 * the 20 minutes are up (adrenaline clears slowly [GOTTMAN-FLOOD]). */
export const COOLING_DECAY_PER_MINUTE = 0.4;
/** [STONEWALL] Making a stonewall raises the stonewaller's own arousal (impassive outside, racing
 * inside); [MODEL] size so three in a row lift a calm distancer's heart rate by about 10 bpm. */
export const STONEWALL_SELF_AROUSAL = 7;

/** [MODEL] On recovery after 20 minutes, arousal keeps this share of its excess over the set point. */
export const RECOVERY_RESIDUAL = 0.3;
/** [MODEL] Outside flooding, each minute of break moves arousal this share of the way back to
 * the set point (about a 10-minute time constant). */
export const BREAK_DECAY_PER_MINUTE = 0.1;

/** [MODEL] Trust/sentiment 0–100; a repair multiplies by (REPAIR_FLOOR + trust/100)
 * [GOTTMAN-REPAIR]. */
export const REPAIR_FLOOR = 0.4;

/** [CHRISTENSEN][LERNER] Unanswered pursuits before a pursuer goes cold (gives up and withdraws;
 * seed 002, Teri: "I changed, and checked out" — after years, not minutes: it takes sustained
 * failed pursuit, not one rebuff). */
export const PURSUER_EXHAUSTION = 6;
/** [LERNER][MODEL] Warm answers a cold pursuer needs, in a row, before reaching again: one bid does
 * not undo a withdrawal that took sustained failure to build. */
export const WARMTH_TO_THAW = 3;
/** [CHRISTENSEN] Unanswered pursuits by a distancer before the roles flip (roles follow the
 * issue: whoever now wants the change pursues). */
export const DISTANCER_FLIP = 3;
/** [LERNER] Pursuits a cold pursuer receives before settling into the distancer's role. */
export const COLD_PURSUER_FLIP = 3;

/** [WILE][MODEL] Consecutive regulating moves, with nobody escalated, that open the circle. */
export const ENGAGE_RUN = 3;
/** [MODEL] Turns over which the trend compares intensity, and the change that counts. A single
 * turn that moves intensity by more than the threshold sets the trend on its own, so the trend
 * never reads "tightening" while intensity falls. */
export const TREND_WINDOW = 3;
export const TREND_THRESHOLD = 4;
/** [MODEL] Intensity = AROUSAL_SHARE × mean arousal + (1 − AROUSAL_SHARE) × 100 × share of
 * negative moves among the last TREND_WINDOW × 2 moves. */
export const INTENSITY_AROUSAL_SHARE = 0.7;

/** [MODEL] Minutes one exchange takes, unless the CLI or a tag says otherwise. */
export const DEFAULT_MINUTES_PER_TURN = 1;
/** [GOTTMAN-FLOOD] Default length of a break or time-out without minutes. */
export const DEFAULT_BREAK_MINUTES = 20;

/** [SENTIMENT][MODEL] How often a warm move is heard as an attack: the chance is
 * MISREAD_SCALE × (1 − trust/100) × (1 + arousal/100), at most MISREAD_MAX — about one soft
 * start-up in five at Jake's starting trust, rarer as trust grows, likelier when already stirred. */
export const MISREAD_SCALE = 0.35;
export const MISREAD_MAX = 0.35;
/** [GOTTMAN-FLOOD][MODEL] A flooded speaker's warmth is shakier: the misread chance is multiplied
 * by up to this much at the flooding line (by heat). */
export const FLOODED_SPEAKER_MISREAD_GAIN = 1.5;
/** [SENTIMENT][MODEL] A misread warm move lands as the move it was heard as, at this share of that
 * move's size (a soft start-up heard as criticism stings, but less than criticism itself). */
export const MISREAD_SHARE = 0.6;
/** [SENTIMENT][MODEL] Positive override: with trust above LET_GO_TRUST, a harsh move is let go with
 * chance LET_GO_SCALE × (trust − LET_GO_TRUST)/(100 − LET_GO_TRUST), and then lands at LET_GO_SHARE
 * of its size and costs no trust. */
export const LET_GO_TRUST = 50;
export const LET_GO_SCALE = 0.5;
export const LET_GO_SHARE = 0.3;

/** How a move lands. `onOther` is arousal added to the receiver before sensitivities (negative
 * calms); `kind` says which sensitivity applies; `onSelf` is what making the move does to the
 * mover; `trust` moves the receiver's trust; `valence` counts toward the ratio. */
export interface MoveEffect {
  onOther: number;
  onSelf: number;
  kind: 'pressure' | 'distance' | 'soothing' | 'neutral';
  trust: number;
  valence: 1 | 0 | -1;
}

/**
 * [GOTTMAN-HORSEMEN] contempt worst, then criticism/blame, then demand; [GOTTMAN-MURRAY] sizes
 * on the 0–100 arousal scale chosen so three or four harsh moves flood a calm distancer [MODEL];
 * [GOTTMAN-HORSEMEN] antidotes soothe; [LERNER] asking directly (ask_space, ask_closeness) is
 * gentle pressure at most; [JOHNSON] counselor interventions below.
 */
export const MOVE_EFFECTS: Record<MoveType, MoveEffect> = {
  criticize: { onOther: 16, onSelf: 4, kind: 'pressure', trust: -3, valence: -1 },
  contempt: { onOther: 24, onSelf: 5, kind: 'pressure', trust: -6, valence: -1 },
  demand: { onOther: 12, onSelf: 3, kind: 'pressure', trust: -2, valence: -1 },
  blame: { onOther: 15, onSelf: 4, kind: 'pressure', trust: -3, valence: -1 },
  defend: { onOther: 9, onSelf: 3, kind: 'distance', trust: -1, valence: -1 },
  stonewall: { onOther: 15, onSelf: STONEWALL_SELF_AROUSAL, kind: 'distance', trust: -3, valence: -1 },
  withdraw: { onOther: 13, onSelf: -2, kind: 'distance', trust: -2, valence: -1 },
  dismiss: { onOther: 11, onSelf: 0, kind: 'distance', trust: -2, valence: -1 },
  soft_startup: { onOther: -4, onSelf: -2, kind: 'soothing', trust: 2, valence: 1 },
  bid: { onOther: -3, onSelf: 0, kind: 'soothing', trust: 1, valence: 1 },
  turn_toward: { onOther: -9, onSelf: -2, kind: 'soothing', trust: 3, valence: 1 },
  validate: { onOther: -11, onSelf: -1, kind: 'soothing', trust: 3, valence: 1 },
  own_part: { onOther: -10, onSelf: -2, kind: 'soothing', trust: 3, valence: 1 },
  repair: { onOther: -9, onSelf: -2, kind: 'soothing', trust: 2, valence: 1 },
  appreciate: { onOther: -8, onSelf: -1, kind: 'soothing', trust: 3, valence: 1 },
  self_soothe: { onOther: -3, onSelf: -12, kind: 'soothing', trust: 0, valence: 1 },
  ask_space: { onOther: 3, onSelf: -6, kind: 'distance', trust: 1, valence: 1 },
  ask_closeness: { onOther: 2, onSelf: -2, kind: 'pressure', trust: 1, valence: 1 },
  share_vulnerable: { onOther: -9, onSelf: 2, kind: 'soothing', trust: 4, valence: 1 },
  take_break: { onOther: 0, onSelf: 0, kind: 'neutral', trust: 0, valence: 0 },
  humor: { onOther: -6, onSelf: -2, kind: 'soothing', trust: 1, valence: 1 },
  // counselor interventions land on both partners unless aimed with `to` [JOHNSON]
  reflect: { onOther: -5, onSelf: 0, kind: 'soothing', trust: 1, valence: 1 },
  name_cycle: { onOther: -7, onSelf: 0, kind: 'soothing', trust: 2, valence: 1 },
  slow_down: { onOther: -7, onSelf: 0, kind: 'soothing', trust: 1, valence: 1 },
  evoke: { onOther: -6, onSelf: 0, kind: 'soothing', trust: 2, valence: 1 },
  // [JOHNSON] empathic conjecture: a tentative guess at the softer feeling ("I wonder if part of
  // you…"), held lightly and offered for correction; it soothes a little more than an open evoke
  // because it gives a withdrawer words to try. A label (interpret) tells instead of asking.
  conjecture: { onOther: -7, onSelf: 0, kind: 'soothing', trust: 2, valence: 1 },
  block: { onOther: -8, onSelf: 0, kind: 'soothing', trust: 0, valence: 1 },
  time_out: { onOther: 0, onSelf: 0, kind: 'neutral', trust: 0, valence: 0 },
  enactment: { onOther: -9, onSelf: 0, kind: 'soothing', trust: 4, valence: 1 },
  psychoeducation: { onOther: -3, onSelf: 0, kind: 'soothing', trust: 1, valence: 1 },
  screen_safety: { onOther: 0, onSelf: 0, kind: 'neutral', trust: 0, valence: 0 },
  refer: { onOther: 0, onSelf: 0, kind: 'neutral', trust: 0, valence: 0 },
  take_sides: { onOther: 12, onSelf: 0, kind: 'pressure', trust: -4, valence: -1 },
  advise: { onOther: 6, onSelf: 0, kind: 'pressure', trust: -1, valence: -1 },
  interpret: { onOther: 10, onSelf: 0, kind: 'pressure', trust: -3, valence: -1 },
};

/** [JOHNSON] An enactment before de-escalation backfires: if either partner is escalated or
 * flooded, it raises arousal by this much instead of calming. */
export const PREMATURE_ENACTMENT = 10;
/** [JOHNSON] A counselor's validation of one partner soothes the other a little too (seen, not
 * sided against); taking sides soothes the favoured one by this much. */
export const VALIDATE_BYSTANDER_SHARE = 0.3;
export const TAKE_SIDES_FAVOURED = -4;
