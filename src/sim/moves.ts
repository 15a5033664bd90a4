// The closed move vocabulary shared by story tags, sim events and the coach (DESIGN §4).

export const MOVE_CATEGORIES = {
  pressing: ['criticize', 'contempt', 'demand', 'blame'],
  retreating: ['defend', 'stonewall', 'withdraw', 'dismiss'],
  regulating: [
    'soft_startup',
    'bid',
    'turn_toward',
    'validate',
    'own_part',
    'repair',
    'appreciate',
    'self_soothe',
    'ask_space',
    'ask_closeness',
    'share_vulnerable',
    'take_break',
    'humor',
  ],
  counselor: [
    'reflect',
    'name_cycle',
    'slow_down',
    'evoke',
    'conjecture',
    'block',
    'time_out',
    'enactment',
    'psychoeducation',
    'screen_safety',
    'refer',
  ],
  counselorMistake: ['take_sides', 'advise', 'interpret'],
} as const;

export type MoveCategory = keyof typeof MOVE_CATEGORIES;
export type MoveType = (typeof MOVE_CATEGORIES)[MoveCategory][number];

export const MOVE_TYPES: readonly MoveType[] = Object.values(MOVE_CATEGORIES).flat();

const CATEGORY_OF = new Map<MoveType, MoveCategory>(
  (Object.entries(MOVE_CATEGORIES) as [MoveCategory, readonly MoveType[]][]).flatMap(([category, moves]) =>
    moves.map((move) => [move, category] as const),
  ),
);

/** `validate` appears in both the partners' and the counselor's lists; a partner or a counselor may use it. */
const COUNSELOR_ALSO_USES: readonly MoveType[] = ['validate'];

export function isMoveType(value: string): value is MoveType {
  return CATEGORY_OF.has(value as MoveType);
}

export function categoryOf(type: MoveType): MoveCategory {
  const category = CATEGORY_OF.get(type);
  if (!category) throw new Error(`unknown move '${type}'`);
  return category;
}

export function isCounselorMove(type: MoveType): boolean {
  const category = categoryOf(type);
  return category === 'counselor' || category === 'counselorMistake' || COUNSELOR_ALSO_USES.includes(type);
}

export function isPartnerMove(type: MoveType): boolean {
  const category = categoryOf(type);
  return category === 'pressing' || category === 'retreating' || category === 'regulating';
}

/** Moves that reach for the other person, kindly or not: what a pursuer does (Christensen & Heavey's "demand"). */
export const PURSUIT_MOVES: readonly MoveType[] = [
  'criticize',
  'contempt',
  'demand',
  'blame',
  'bid',
  'soft_startup',
  'ask_closeness',
];

/** Gottman's four horsemen. */
export type Horseman = 'criticism' | 'contempt' | 'defensiveness' | 'stonewalling';
export const HORSEMAN_OF: Partial<Record<MoveType, Horseman>> = {
  criticize: 'criticism',
  blame: 'criticism',
  contempt: 'contempt',
  defend: 'defensiveness',
  stonewall: 'stonewalling',
};

export const COUNSELOR_ID = 'counselor';

/** [JOHNSON] The counselor's moves that track the cycle with the couple: reflecting the present
 * process, naming the circle, slowing it down (the first move of the EFT tango). */
export const CYCLE_TRACKING_MOVES: readonly MoveType[] = ['reflect', 'name_cycle', 'slow_down'];

/** The counselor's faults a coach line can name (`#mistake:<id>`), each costing the rubric item
 * that owns it (src/session/rubric.ts). */
export const COUNSELOR_FAULTS = [
  'take_sides',
  'advise',
  'interpret',
  'premature_enactment',
  'pressed_on_flooded',
  'calm_time_out',
  'joint_screening',
] as const;
export type CounselorFault = (typeof COUNSELOR_FAULTS)[number];

/** One move in the simulation: who made it, what it was, and its optional parameters. */
export interface Move {
  by: string;
  type: MoveType;
  /** Minutes, for `take_break`, `time_out` and `ask_space` (a time to come back). */
  minutes?: number;
  /** The partner a counselor's move is aimed at (`validate`, `evoke`, `take_sides`, …). */
  to?: string;
}

export class MoveSyntaxError extends Error {
  constructor(
    message: string,
    public readonly item: string,
  ) {
    super(message);
    this.name = 'MoveSyntaxError';
  }
}

/**
 * Parse `who:move`, `who:move=minutes` or `who:move>target` (CLI) — the same shape as the story
 * tag `#move:who.move=minutes` with `.` instead of `:`.
 */
/** The moves that carry a length of time: a break, a time-out, and asking for space. */
export const MOVES_WITH_MINUTES: readonly MoveType[] = ['take_break', 'time_out', 'ask_space'];

export function parseMoveSpec(spec: string, separator: ':' | '.' = ':'): Move {
  const text = spec.trim();
  const at = text.indexOf(separator);
  if (at <= 0) throw new MoveSyntaxError(`move '${text}' must look like who${separator}move`, text);
  const by = text.slice(0, at);
  let rest = text.slice(at + 1);
  let to: string | undefined;
  const targetAt = rest.indexOf('>');
  if (targetAt >= 0) {
    to = rest.slice(targetAt + 1);
    rest = rest.slice(0, targetAt);
  }
  let minutes: number | undefined;
  const equalsAt = rest.indexOf('=');
  if (equalsAt >= 0) {
    const value = rest.slice(equalsAt + 1);
    minutes = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || minutes > 24 * 60) {
      throw new MoveSyntaxError(`minutes '${value}' in '${text}' must be a number from 0 to 1440`, text);
    }
    rest = rest.slice(0, equalsAt);
  }
  if (!isMoveType(rest)) throw new MoveSyntaxError(`unknown move '${rest}'`, rest);
  if (minutes !== undefined && !MOVES_WITH_MINUTES.includes(rest)) {
    throw new MoveSyntaxError(
      `'${rest}' takes no minutes (only ${MOVES_WITH_MINUTES.join(', ')} do): drop '=${minutes}' from '${text}'`,
      text,
    );
  }
  return { by, type: rest, ...(minutes !== undefined ? { minutes } : {}), ...(to ? { to } : {}) };
}

export function formatMove(move: Move): string {
  return `${move.by}:${move.type}${move.minutes !== undefined ? `=${move.minutes}` : ''}${move.to ? `>${move.to}` : ''}`;
}
