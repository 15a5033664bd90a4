// The closed tag vocabulary of DESIGN §5, parsed into typed data. Anything else is an error
// that the checks report and the session refuses.
import {
  COUNSELOR_FAULTS,
  MoveSyntaxError,
  isMoveType,
  parseMoveSpec,
  type CounselorFault,
  type Move,
  type MoveType,
} from '../sim/moves.ts';

/** What a line may say of a partner's body (`#body:jake.flooded`), checked against the model:
 * `calm` (state calm), `stirred` (not calm), `hot` (escalated or over the flooding line),
 * `flooded` (heart rate over 100 bpm), `settled` (not hot). */
export const BODY_CLAIMS = ['calm', 'stirred', 'hot', 'flooded', 'settled'] as const;
export type BodyClaim = (typeof BODY_CLAIMS)[number];

export interface LineTags {
  speaker?: string;
  /** Minutes that pass, with nobody speaking, before this line (`#time:20`). */
  time?: number;
  /** A claim about a partner's body that the model must agree with (`#body:jake.hot`). */
  body?: { who: string; claim: BodyClaim };
  /** The move a simulated partner makes with this line (`#move:jake.stonewall`). */
  move?: Move;
  coach: boolean;
  /** On a coach line: the counselor's fault it names (`#mistake:take_sides`), which the rubric
   * must have scored as lost at the choice just made. */
  mistake?: CounselorFault;
  ending?: string;
}

export interface ChoiceTags {
  /** The player's move (`#move:soft_startup`). */
  move?: MoveType;
  /** Minutes for a break or an ask for space (`#move:take_break=20`). */
  minutes?: number;
  /** The partner a counselor's move is aimed at (`#to:jake`). */
  to?: string;
  /** Minutes that pass before the choice's move is made (`#time:5`: "text him after five minutes"). */
  time?: number;
}

export class TagError extends Error {
  constructor(
    message: string,
    public readonly tag: string,
  ) {
    super(message);
    this.name = 'TagError';
  }
}

function split(tag: string): [string, string | undefined] {
  const text = tag.trim();
  const colon = text.indexOf(':');
  return colon < 0 ? [text, undefined] : [text.slice(0, colon).trim(), text.slice(colon + 1).trim()];
}

function parseTime(tag: string, value: string | undefined): number {
  const minutes = Number(value);
  if (!value || !/^\d+$/.test(value) || minutes < 1 || minutes > 1440) {
    throw new TagError(`#time takes whole minutes from 1 to 1440, as in #time:20 (got '${tag.trim()}')`, tag);
  }
  return minutes;
}

/** Parse the tags on a line of text. Throws TagError for an unknown or malformed tag. */
export function parseLineTags(tags: readonly string[]): LineTags {
  const parsed: LineTags = { coach: false };
  for (const tag of tags) {
    const [name, value] = split(tag);
    switch (name) {
      case 'speaker':
        if (!value) throw new TagError(`#speaker needs an id, as in #speaker:kara`, tag);
        parsed.speaker = value;
        break;
      case 'move':
        if (!value || !value.includes('.')) {
          throw new TagError(
            `a line's #move names who moves, as in #move:jake.stonewall (got '${tag}')`,
            tag,
          );
        }
        try {
          parsed.move = parseMoveSpec(value, '.');
        } catch (error) {
          if (error instanceof MoveSyntaxError) throw new TagError(`${error.message} in #${tag}`, tag);
          throw error;
        }
        break;
      case 'coach':
        if (value !== undefined) throw new TagError(`#coach takes no value (got '${tag}')`, tag);
        parsed.coach = true;
        break;
      case 'ending':
        if (!value) throw new TagError(`#ending needs an id, as in #ending:reconnected`, tag);
        parsed.ending = value;
        break;
      case 'time':
        parsed.time = parseTime(tag, value);
        break;
      case 'mistake':
        if (!(COUNSELOR_FAULTS as readonly string[]).includes(value ?? '')) {
          throw new TagError(
            `#mistake names a counselor's fault, one of ${COUNSELOR_FAULTS.join(', ')} (got '${tag.trim()}')`,
            tag,
          );
        }
        parsed.mistake = value as CounselorFault;
        break;
      case 'body': {
        const [who, claim] = (value ?? '').split('.');
        if (!who || !(BODY_CLAIMS as readonly string[]).includes(claim ?? '')) {
          throw new TagError(
            `#body names who and how, as in #body:jake.flooded (one of ${BODY_CLAIMS.join(', ')}; got '${tag}')`,
            tag,
          );
        }
        parsed.body = { who, claim: claim as BodyClaim };
        break;
      }
      default:
        throw new TagError(
          `unknown tag '#${tag.trim()}' (known: speaker, move, coach, mistake, ending, time, body)`,
          tag,
        );
    }
  }
  return parsed;
}

/** Parse the tags on a choice. Throws TagError for an unknown or malformed tag. */
export function parseChoiceTags(tags: readonly string[]): ChoiceTags {
  const parsed: ChoiceTags = {};
  for (const tag of tags) {
    const [name, value] = split(tag);
    if (name === 'move') {
      const [type, minutes] = (value ?? '').split('=');
      if (!isMoveType(type)) throw new TagError(`unknown move '${type}' in #${tag.trim()}`, tag);
      parsed.move = type;
      if (minutes !== undefined) {
        const number = Number(minutes);
        if (!/^\d+$/.test(minutes) || number > 1440) {
          throw new TagError(`minutes '${minutes}' in #${tag.trim()} must be a whole number up to 1440`, tag);
        }
        parsed.minutes = number;
      }
    } else if (name === 'time') {
      parsed.time = parseTime(tag, value);
    } else if (name === 'to') {
      if (!value) throw new TagError(`#to needs a partner id, as in #to:jake`, tag);
      parsed.to = value;
    } else {
      throw new TagError(`unknown choice tag '#${tag.trim()}' (known: move, to, time)`, tag);
    }
  }
  return parsed;
}
