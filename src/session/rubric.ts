// The fidelity rubric for a counselor's run (DESIGN §4b): named skills, each with the turns that
// earned or lost it, read from the moves and the model alone, so the same run always scores the
// same and a coach line that names a mistake is always matched by a loss here.
//
// Sources, cited by key beside each item:
//  [TANGO]    Johnson, S. M. (2019). Attachment Theory in Practice: Emotionally Focused Therapy
//             (EFT) with Individuals, Couples, and Families. Guilford, ch. 3: the five moves of the
//             EFT tango — reflect the present process; assemble and deepen affect; choreograph an
//             engaged encounter; process the encounter; integrate and validate.
//  [EFT-TFS]  Denton, W. H., Johnson, S. M. & Burleson, B. R. (2009). Emotion-Focused Therapy-
//             Therapist Fidelity Scale (EFT-TFS): conceptual development and content validity.
//             Journal of Couple & Relationship Therapy 8(3): items on tracking and reflecting the
//             cycle, evoking and heightening emotion, validating both partners, restructuring
//             interactions, and an alliance with each partner.
//  [GOTTMAN]  Gottman, J. M. (1999). The Marriage Clinic. Norton: flooding (heart rate over about
//             100 bpm) blocks listening; stop and soothe a flooded partner; a break of at least
//             twenty minutes — when someone is flooded, not as a routine.
//  [NOVICE]   Johnson (2004), The Practice of EFCT, 2nd ed., ch. 4 and 11 (impasses and common
//             mistakes): taking sides, premature problem solving, interpretations that label, and
//             enactments before the cycle is contained.
//  [SCREEN]   Bograd, M. & Mederos, F. (1999). Battering and couples therapy: universal screening
//             and selection of treatment modality. J. Marital & Family Therapy 25(3): screen each
//             partner for violence and fear individually; a joint "no" clears nobody.
//  [HOUR]     Johnson (2019): an EFT session runs about fifty minutes; the work has to fit it.
import {
  COUNSELOR_ID,
  CYCLE_TRACKING_MOVES,
  type CounselorFault,
  type Move,
  type MoveType,
} from '../sim/moves.ts';
import type { PartnerReading, SimSnapshot } from '../sim/simulation.ts';
import type { Step } from './session.ts';

export type RubricItemId =
  | 'track'
  | 'deepen'
  | 'encounter'
  | 'process'
  | 'physiology'
  | 'alliance'
  | 'safety'
  | 'no_sides'
  | 'no_fixing'
  | 'no_labels'
  | 'contained'
  | 'screen_alone'
  | 'pace';

export interface RubricTurn {
  /** The choice point (0-based) whose choice earned or lost it: where "try again" goes back to. */
  choice: number;
  /** The step that shows it (the choice, or the line after it that made the move). */
  step: number;
  outcome: 'earned' | 'lost';
  /** Why, in a few words. */
  note: string;
  fault?: CounselorFault;
}

export interface RubricItem {
  id: RubricItemId;
  label: string;
  /** The source, as cited above. */
  source: string;
  earned: number;
  max: number;
  turns: RubricTurn[];
}

/** The items in the order the debrief lists them, with what earns and loses each. */
export const RUBRIC_ITEMS: Record<RubricItemId, { label: string; source: string; explains: string }> = {
  track: {
    label: 'Reflect the present process',
    source: 'Johnson 2019 (EFT tango, move 1); EFT-TFS',
    explains: 'Reflecting, naming or slowing down the cycle as it happens in the room (two count).',
  },
  deepen: {
    label: 'Assemble and deepen affect',
    source: 'Johnson 2019 (EFT tango, move 2); EFT-TFS',
    explains: 'An evoke or a conjecture after which that partner says the softer feeling (one per partner).',
  },
  encounter: {
    label: 'Choreograph an engaged encounter',
    source: 'Johnson 2019 (EFT tango, move 3)',
    explains:
      'An enactment once the cycle is tracked and nobody is escalated; one before that restages the fight.',
  },
  process: {
    label: 'Process the encounter, integrate and validate',
    source: 'Johnson 2019 (EFT tango, moves 4 and 5)',
    explains: 'After an enactment in a contained room, reflecting or validating what happened in it.',
  },
  physiology: {
    label: 'Slow or stop a flooded partner',
    source: 'Gottman 1999',
    explains:
      'Slowing down, blocking or a time-out at each choice where someone is over 100 bpm; a time-out when nobody is flooded spends the hour for nothing.',
  },
  alliance: {
    label: 'An alliance with each partner',
    source: 'EFT-TFS; Johnson 2004',
    explains: 'Validating, reflecting, evoking or conjecturing with each partner in turn (one per partner).',
  },
  safety: {
    label: 'Screen for safety with each partner alone',
    source: 'Bograd & Mederos 1999',
    explains: 'A brief question to each partner alone, out of the other’s hearing (one per partner).',
  },
  no_sides: {
    label: 'No sides taken',
    source: 'Johnson 2004 (novice mistakes); EFT-TFS',
    explains: 'Siding with one partner makes the other the problem; each side taken costs the point.',
  },
  no_fixing: {
    label: 'No premature advice',
    source: 'Johnson 2004 (novice mistakes)',
    explains: 'Advice before the cycle is understood says the problem is practical; each costs the point.',
  },
  no_labels: {
    label: 'Conjecture, not labels',
    source: 'Johnson 2004 (novice mistakes)',
    explains:
      'A tentative guess ("I wonder if…") invites; an interpretation from outside labels and costs the point.',
  },
  contained: {
    label: 'No enactment before the room is contained',
    source: 'Johnson 2004 (novice mistakes)',
    explains:
      'An enactment before the cycle is tracked, or with a partner escalated, restages the fight; it costs the point.',
  },
  screen_alone: {
    label: 'No safety question with both in the room',
    source: 'Bograd & Mederos 1999',
    explains:
      'Asked jointly, each answers in front of the other: a joint "no" clears nobody; it costs the point.',
  },
  pace: {
    label: 'Use the hour',
    source: 'Johnson 2019',
    explains: 'Bring the session to a close within its fifty minutes (a walk-out or the clock is no close).',
  },
};

const TRACK_MAX = 2;
const VALIDATING: readonly MoveType[] = ['validate', 'reflect', 'evoke', 'conjecture'];
const AFFECT_MOVES: readonly MoveType[] = ['evoke', 'conjecture'];
const REGULATING_A_FLOOD: readonly MoveType[] = ['time_out', 'slow_down', 'block'];
/** What regulates a flooded room: slowing, blocking or a time-out; or seeing one partner alone for a
 * few minutes (screening), which parts them as a break does [GOTTMAN][SCREEN]. */
const regulatesAFlood = (move: Move) =>
  REGULATING_A_FLOOD.includes(move.type) || (move.type === 'screen_safety' && move.to !== undefined);
/** Endings that bring the session to a close (not a walk-out, not the clock). */
const UNCLOSED_ENDINGS: readonly string[] = ['walked_out', 'out_of_time'];
const PROCESSING: readonly MoveType[] = ['validate', 'reflect', 'conjecture'];

const overTheLine = (p: PartnerReading) =>
  p.heartRate > 100 && (p.state === 'flooded' || p.state === 'cooling');
const isHot = (p: PartnerReading) => p.state === 'escalated' || overTheLine(p);

/** One counselor move, with the choice it belongs to and the model just before it. */
interface CounselorAct {
  move: Move;
  step: number;
  choice: number;
  before: SimSnapshot;
  /** The lines after it, up to the next choice or counselor move. */
  answers: Step[];
}

function actsOf(steps: readonly Step[]): {
  acts: CounselorAct[];
  choicePoints: { step: number; before: SimSnapshot }[];
} {
  const acts: CounselorAct[] = [];
  const choicePoints: { step: number; before: SimSnapshot }[] = [];
  let choice = -1;
  steps.forEach((step, index) => {
    const before = (steps[index - 1] ?? step).snapshot;
    if (step.kind === 'choice') {
      choice += 1;
      choicePoints.push({ step: index, before });
    }
    const last = acts[acts.length - 1];
    if (step.move?.by === COUNSELOR_ID && choice >= 0) {
      acts.push({ move: step.move, step: index, choice, before, answers: [] });
    } else if (last && step.kind === 'line' && last.choice === choice) {
      last.answers.push(step);
    }
  });
  return { acts, choicePoints };
}

function item(id: RubricItemId, max: number, goods: RubricTurn[], losses: RubricTurn[]): RubricItem {
  const turns = [...goods, ...losses].sort((a, b) => a.step - b.step);
  const earned = Math.max(0, Math.min(max, goods.length) - losses.length);
  return { id, label: RUBRIC_ITEMS[id].label, source: RUBRIC_ITEMS[id].source, earned, max, turns };
}

/** A mistake to avoid: its point is held unless the mistake is made (each one is a turn lost). */
function avoided(id: RubricItemId, losses: RubricTurn[]): RubricItem {
  return { ...item(id, 1, [], losses), earned: losses.length === 0 ? 1 : 0 };
}

const turn = (act: CounselorAct, outcome: RubricTurn['outcome'], note: string, fault?: CounselorFault) => ({
  choice: act.choice,
  step: act.step,
  outcome,
  note,
  ...(fault ? { fault } : {}),
});

/** What a counselor's move did, in the few words a rubric turn says. */
const DONE_WORDS: Partial<Record<MoveType, string>> = {
  reflect: 'reflected the cycle',
  name_cycle: 'named the cycle',
  slow_down: 'slowed it down',
  block: 'blocked the escalation',
  time_out: 'called a time-out',
  validate: 'validated',
  evoke: 'evoked',
  conjecture: 'offered a conjecture',
};
const doneWords = (type: MoveType) => DONE_WORDS[type] ?? type.replace(/_/g, ' ');

/** Score a counselor's run against the rubric. `names` gives the partners' names for the notes. */
export function rubricOf(
  steps: readonly Step[],
  options: { ending: string | null; names?: Readonly<Record<string, string>> },
): RubricItem[] {
  const nameOf = (id: string) => options.names?.[id] ?? id;
  const { acts, choicePoints } = actsOf(steps);
  const byType = (...types: MoveType[]) => acts.filter((a) => types.includes(a.move.type));

  // [TANGO] move 1: the cycle tracked as it happens.
  const track = item(
    'track',
    TRACK_MAX,
    byType(...CYCLE_TRACKING_MOVES).map((a) => turn(a, 'earned', doneWords(a.move.type))),
    [],
  );

  // [TANGO] move 2: an evoke or conjecture that the partner answers with the softer feeling.
  const opened = new Set<string>();
  const deepenGoods: RubricTurn[] = [];
  for (const act of byType(...AFFECT_MOVES)) {
    const softer = act.answers.find(
      (s) =>
        s.move?.type === 'share_vulnerable' &&
        (act.move.to === undefined || s.move.by === act.move.to) &&
        !opened.has(s.move.by),
    );
    if (softer?.move) {
      opened.add(softer.move.by);
      deepenGoods.push(turn(act, 'earned', `${nameOf(softer.move.by)} said the softer feeling`));
    }
  }
  const deepen = item('deepen', 2, deepenGoods, []);

  // [TANGO] move 3 and [NOVICE]: an enactment once the room is ready.
  let tracked = false;
  const encounterGoods: RubricTurn[] = [];
  const encounterLosses: RubricTurn[] = [];
  for (const act of acts) {
    if (act.move.type === 'enactment') {
      const hot = Object.values(act.before.partners).some(isHot);
      if (tracked && !hot) encounterGoods.push(turn(act, 'earned', 'enactment in a contained room'));
      else
        encounterLosses.push(
          turn(
            act,
            'lost',
            hot ? 'enactment while a partner was escalated' : 'enactment before the cycle was tracked',
            'premature_enactment',
          ),
        );
    }
    if (CYCLE_TRACKING_MOVES.includes(act.move.type)) tracked = true;
  }
  const encounter = item('encounter', 1, encounterGoods, []);
  const contained = avoided('contained', encounterLosses);

  // [TANGO] moves 4–5: what happened in the enactment reflected and validated.
  const containedEnactment = encounterGoods[0];
  const processed = containedEnactment
    ? acts.filter((a) => a.step > containedEnactment.step && PROCESSING.includes(a.move.type)).slice(0, 1)
    : [];
  const process = item(
    'process',
    1,
    processed.map((a) => turn(a, 'earned', `${doneWords(a.move.type)} after the enactment`)),
    [],
  );

  // [GOTTMAN]: at each choice where someone is over the line, slow or stop; no time-out for calm.
  const physiologyGoods: RubricTurn[] = [];
  const physiologyLosses: RubricTurn[] = [];
  let floodedChoices = 0;
  choicePoints.forEach(({ step: choiceStep, before }, choice) => {
    const flooded = Object.entries(before.partners).filter(([, p]) => overTheLine(p));
    const act = acts.find((a) => a.choice === choice);
    if (flooded.length > 0) {
      floodedChoices += 1;
      const who = flooded.map(([id]) => nameOf(id)).join(' and ');
      if (act && regulatesAFlood(act.move))
        physiologyGoods.push(turn(act, 'earned', `${doneWords(act.move.type)} with ${who} flooded`));
      else
        physiologyLosses.push({
          choice,
          step: act?.step ?? choiceStep,
          outcome: 'lost',
          note: `pressed on with ${who} flooded or still cooling`,
          fault: 'pressed_on_flooded',
        });
    } else if (
      act?.move.type === 'time_out' &&
      before.breakSince === null &&
      !Object.values(before.partners).some(isHot)
    ) {
      // A time-out called in a calm room spends the hour; one that holds a break already running
      // ("not yet: the twenty minutes") is the break itself, not a new one.
      physiologyLosses.push(turn(act, 'lost', 'time-out with nobody flooded', 'calm_time_out'));
    }
  });
  // With nobody flooded all session, keeping the body in mind is a point held unless a time-out
  // is called for nothing.
  const physiology =
    floodedChoices === 0
      ? avoided('physiology', physiologyLosses)
      : item('physiology', floodedChoices, physiologyGoods, physiologyLosses);

  // [EFT-TFS] an alliance with each partner; [NOVICE] taking sides. A move aimed at a partner
  // while someone is over the line, and not slowing it, is pressing on (lost above), not attunement.
  const pressedOn = new Set(
    physiologyLosses.filter((t) => t.fault === 'pressed_on_flooded').map((t) => t.choice),
  );
  const allied = new Set<string>();
  const allianceGoods: RubricTurn[] = [];
  for (const act of byType(...VALIDATING)) {
    const who = act.move.to;
    if (who && !allied.has(who) && !pressedOn.has(act.choice)) {
      allied.add(who);
      allianceGoods.push(turn(act, 'earned', `${doneWords(act.move.type)} ${nameOf(who)}`));
    }
  }
  const alliance = item('alliance', 2, allianceGoods, []);
  const noSides = avoided(
    'no_sides',
    byType('take_sides').map((a) =>
      turn(a, 'lost', `sided with ${a.move.to ? nameOf(a.move.to) : 'one partner'}`, 'take_sides'),
    ),
  );
  const noFixing = avoided(
    'no_fixing',
    byType('advise').map((a) => turn(a, 'lost', 'advice before the cycle was understood', 'advise')),
  );
  const noLabels = avoided(
    'no_labels',
    byType('interpret').map((a) => turn(a, 'lost', 'a label from outside', 'interpret')),
  );

  // [SCREEN] each partner alone; a joint question is a fault.
  const screenedAlone = new Set<string>();
  const safetyGoods: RubricTurn[] = [];
  const safetyLosses: RubricTurn[] = [];
  for (const act of byType('screen_safety')) {
    const who = act.move.to;
    if (!who)
      safetyLosses.push(turn(act, 'lost', 'asked about safety with both in the room', 'joint_screening'));
    else if (!screenedAlone.has(who)) {
      screenedAlone.add(who);
      safetyGoods.push(turn(act, 'earned', `asked ${nameOf(who)} alone`));
    }
  }
  const safety = item('safety', 2, safetyGoods, []);
  const screenAlone = avoided('screen_alone', safetyLosses);

  // [HOUR] out of time before a close.
  const lastChoice = Math.max(0, choicePoints.length - 1);
  const at = { choice: lastChoice, step: steps.length - 1 };
  const closed = options.ending !== null && !UNCLOSED_ENDINGS.includes(options.ending);
  const pace = item(
    'pace',
    1,
    closed ? [{ ...at, outcome: 'earned', note: 'closed within the hour' }] : [],
    options.ending === 'out_of_time'
      ? [{ ...at, outcome: 'lost', note: 'the hour ran out before a close' }]
      : [],
  );

  return [
    track,
    deepen,
    encounter,
    process,
    physiology,
    alliance,
    safety,
    noSides,
    noFixing,
    noLabels,
    contained,
    screenAlone,
    pace,
  ];
}

/** The share of the rubric earned, 0–100. */
export function fidelityOf(items: readonly RubricItem[]): number {
  const max = items.reduce((sum, i) => sum + i.max, 0);
  return max === 0 ? 0 : Math.round((100 * items.reduce((sum, i) => sum + i.earned, 0)) / max);
}

/** Every fault in a rubric, with the choice it was made at. */
export function faultsOf(items: readonly RubricItem[]): { fault: CounselorFault; choice: number }[] {
  return items.flatMap((i) =>
    i.turns.flatMap((t) => (t.fault ? [{ fault: t.fault, choice: t.choice }] : [])),
  );
}
