// How the model's values read in words, for labels, screen readers and the debrief.
import type { CycleStage, Trend } from '../sim/couple.ts';
import type { PartnerState, Stance } from '../sim/rules.ts';

export const STATE_WORDS: Record<PartnerState, string> = {
  calm: 'Calm',
  activated: 'Activated',
  escalated: 'Escalated',
  flooded: 'Flooded',
  cooling: 'Cooling down',
};

export const STANCE_WORDS: Record<Stance, string> = {
  reaching: 'reaching out',
  protesting: 'protesting',
  attacking: 'attacking',
  cold: 'gone cold',
  present: 'present',
  deflecting: 'deflecting',
  defending: 'defending',
  stonewalling: 'stonewalling',
};

export const STAGE_WORDS: Record<CycleStage, string> = {
  'pursue-withdraw': 'Pursue – withdraw',
  'attack-withdraw': 'Attack – withdraw',
  'attack-defend': 'Attack – defend',
  'withdraw-withdraw': 'Withdraw – withdraw',
  'engage-engage': 'Engage – engage',
};

export const STAGE_HINTS: Record<CycleStage, string> = {
  'pursue-withdraw': 'One reaches, the other pulls back.',
  'attack-withdraw': 'Reaching has turned to attack; the other retreats further.',
  'attack-defend': 'Both are fighting now: attack meets defence.',
  'withdraw-withdraw': 'Both have given up for now: silence on both sides.',
  'engage-engage': 'Out of the circle: both are turned toward each other.',
};

export const TREND_WORDS: Record<Trend, string> = {
  tightening: 'tightening',
  easing: 'easing',
  steady: 'steady',
};

export const MOVE_WORDS: Record<string, string> = {
  criticize: 'criticism',
  contempt: 'contempt',
  demand: 'a demand',
  blame: 'blame',
  defend: 'defending',
  stonewall: 'stonewalling',
  withdraw: 'withdrawing',
  dismiss: 'dismissing',
  soft_startup: 'a soft start-up',
  bid: 'a bid for connection',
  turn_toward: 'turning toward',
  validate: 'validation',
  own_part: 'owning a part',
  repair: 'a repair attempt',
  appreciate: 'appreciation',
  self_soothe: 'self-soothing',
  ask_space: 'asking for space',
  ask_closeness: 'asking for closeness',
  share_vulnerable: 'sharing something vulnerable',
  take_break: 'a break',
  humor: 'humour',
  reflect: 'reflecting',
  name_cycle: 'naming the cycle',
  slow_down: 'slowing down',
  evoke: 'evoking the softer feeling',
  conjecture: 'a tentative conjecture',
  block: 'blocking escalation',
  time_out: 'a time-out',
  enactment: 'an enactment',
  psychoeducation: 'psychoeducation',
  screen_safety: 'screening for safety',
  refer: 'a referral',
  take_sides: 'taking sides',
  advise: 'advice-giving',
  interpret: 'an interpretation',
};
