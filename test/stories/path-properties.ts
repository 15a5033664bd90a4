// What must hold on every path of every mode, as pure functions of a played session: the story
// tests check them on each path of a mode's walk, and bench:suite does the same work at scale.
import { isWarmMove, type Session, type Step } from '../../src/session/session.ts';
import { FLOOD_RECOVERY_MINUTES, FLOODING_HEART_RATE } from '../../src/sim/parameters.ts';
import type { PartnerReading } from '../../src/sim/simulation.ts';
import { scoreSession } from '../../src/session/score.ts';

/** A counselor's close may run a few minutes past the hour; any later, the clock's ending is due. */
export const SESSION_OVERRUN_MINUTES = 5;
/** The clock's ending comes only in the session's last minutes, never as a shortcut. */
export const OUT_OF_TIME_WINDOW = 10;

const overTheLine = (p: PartnerReading) => p.heartRate > FLOODING_HEART_RATE;

/** Everything that must hold on every path of a mode; returns what does not, in words. */
/** Where the circle may stand when a couple reconnects: out of it, or one reaching to a partner
 * who has not yet turned (never attack, and never both given up). */
const RECONNECTED_STAGES: readonly string[] = ['engage-engage', 'pursue-withdraw'];

export function pathProblems(session: Session): string[] {
  const problems: string[] = [];
  const steps = session.steps;
  const player = session.player;
  let clock = 0;
  steps.forEach((step, i) => {
    if (step.snapshot.minutes < clock) problems.push(`the clock runs backwards at "${step.text}"`);
    clock = step.snapshot.minutes;
    const before = i > 0 ? steps[i - 1].snapshot : null;
    // Flooding shuts down listening and warmth (Gottman): a flooded simulated partner makes no warm move.
    if (step.kind === 'line' && step.move && before) {
      const speaker = before.partners[step.move.by];
      if (speaker && overTheLine(speaker) && isWarmMove(step.move.type))
        problems.push(`${step.move.by}, flooded, says warmly: "${step.text}"`);
    }
    // DESIGN §4a: when the player's own character is flooded, a break is always on offer.
    if (step.kind === 'choice' && before && before.partners[player] && overTheLine(before.partners[player])) {
      if (!step.choices!.some((c) => c.move === 'take_break'))
        problems.push(`${player} is flooded at "${step.text}" and no break is on offer`);
    }
  });
  const last = steps[steps.length - 1]?.snapshot;
  if (!last) return ['no steps'];
  if (session.mode.id === 'counselor') problems.push(...counselorProblems(session));
  if (session.ending === 'reconnected' && Object.values(last.partners).some(overTheLine))
    problems.push('reconnected with someone flooded');
  // One truth on screen: the circle shown at an ending does not contradict it.
  const circle = `${last.cycle.stage}, ${last.cycle.trend}`;
  if (session.ending === 'reconnected' && !RECONNECTED_STAGES.includes(last.cycle.stage))
    problems.push(`reconnected while the circle shows ${circle}`);
  if (session.ending === 'reconnected' && last.cycle.trend === 'tightening')
    problems.push(`reconnected while the circle shows ${circle}`);
  if (
    (session.ending === 'deadlock' || session.ending === 'walked_out') &&
    last.cycle.stage === 'engage-engage'
  )
    problems.push(`${session.ending} while the circle shows ${circle}`);
  if (
    session.ending === 'walked_out' &&
    !steps.some((s) => Object.values(s.snapshot.partners).some(overTheLine))
  )
    problems.push('walked out with nobody ever flooded');
  if (session.ending === 'break_and_return' && longestQuietBreak(steps) < FLOOD_RECOVERY_MINUTES)
    problems.push(`break_and_return after a break of only ${longestQuietBreak(steps)} quiet minutes`);
  return problems;
}

/** A counselor's run: every mistake a coach line names costs score at the choice just made, the
 * hour is kept, and no joint answer is read as a safety verdict (DESIGN §4b). */
function counselorProblems(session: Session): string[] {
  const problems: string[] = [];
  const lost = new Set(
    scoreSession(session.steps).items.flatMap((i) => i.turns.map((t) => `${t.fault}@${t.choice}`)),
  );
  let choice = -1;
  for (const step of session.steps) {
    if (step.kind === 'choice') choice += 1;
    const named = step.tags.find((t) => t.startsWith('mistake:'))?.slice('mistake:'.length);
    if (named && !lost.has(`${named}@${choice}`))
      problems.push(
        `the coach names ${named} at choice ${choice + 1} but the rubric does not score it: "${step.text}"`,
      );
    if (step.coach && /\bnot abuse\b|\bno abuse\b/i.test(step.text))
      problems.push(`the coach clears abuse: "${step.text}"`);
  }
  const length = session.mode.sessionMinutes;
  const minutes = session.steps.at(-1)?.snapshot.minutes ?? 0;
  if (length !== undefined && session.ending !== 'out_of_time' && minutes > length + SESSION_OVERRUN_MINUTES)
    problems.push(`${session.ending} at minute ${minutes} of a ${length}-minute session`);
  if (length !== undefined && session.ending === 'out_of_time' && minutes < length - OUT_OF_TIME_WINDOW)
    problems.push(`out of time at minute ${minutes} of a ${length}-minute session`);
  return problems;
}

/** The longest stretch of a declared break, in simulated minutes, before anyone spoke. */
function longestQuietBreak(steps: readonly Step[]): number {
  return Math.max(
    0,
    ...steps.map((s) => (s.snapshot.breakSince === null ? 0 : s.snapshot.minutes - s.snapshot.breakSince)),
  );
}

/** What a path shows of time (DESIGN §4a), so the tests can ask that each is reachable. */
export function timeFacts(session: Session): string[] {
  const facts: string[] = [];
  const steps = session.steps;
  steps.forEach((step, i) => {
    const before = i > 0 ? steps[i - 1].snapshot : null;
    if (!before) return;
    // A partner speaks during a break while still over the flooding line.
    if (step.kind === 'line' && step.move && step.snapshot.partners[step.move.by]?.onBreak) {
      if (overTheLine(before.partners[step.move.by]))
        facts.push(`${step.move.by} speaks flooded during a break`);
    }
    // Talk inside the twenty minutes floods again.
    if (before.breakSince !== null && step.snapshot.breakSince === null) {
      for (const [id, p] of Object.entries(before.partners)) {
        if (p.state === 'cooling' && step.snapshot.partners[id].state === 'flooded')
          facts.push('talk during a break floods again');
      }
    }
    // Narrated time lets bodies settle.
    if (step.snapshot.minutes - before.minutes >= 10 && !step.move) facts.push('narrated time passes');
  });
  return facts;
}
