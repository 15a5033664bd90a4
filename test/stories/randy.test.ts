// Randy and Nadia as a whole: the dynamics the scene is about, on real sessions. Its sources are
// checked with every scenario's in sources.test.ts; each mode's walk is in randy.<mode>.test.ts.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenarios.ts';
import { Session } from '../../src/session/session.ts';
import type { MoveType } from '../../src/sim/moves.ts';
import { scoreSession } from '../../src/session/score.ts';

const scenario = loadScenario('randy');

/** Play a mode choosing, at each choice point, the first option with the next listed move. */
function playMoves(mode: string, moves: MoveType[], seed = 1): Session {
  const session = Session.start({ ...scenario, mode, seed });
  for (const move of moves) {
    const at = session.choices.findIndex((c) => c.move === move);
    if (at < 0) throw new Error(`no ${move} on offer: ${session.choices.map((c) => c.move).join(', ')}`);
    session.choose(at + 1);
  }
  return session;
}

/** The first seed (from 1) on which Nadia hears the given opening as Randy meant it. */
function seedHeardAsMeant(move: MoveType): number {
  for (let seed = 1; seed < 60; seed++) {
    const s = playMoves('pursuer', [move], seed);
    const said = s.steps.find((step) => step.move?.by === 'randy' && step.move.type === move)!;
    if (said.snapshot.partners.nadia.reception === 'as_meant') return seed;
  }
  throw new Error(`no seed hears ${move} as meant`);
}

describe('Randy and Nadia', () => {
  it('as Randy, a feeling said about himself lands better than the review of her three days', () => {
    const softSeed = seedHeardAsMeant('soft_startup');
    const soft = playMoves('pursuer', ['soft_startup'], softSeed);
    const review = playMoves('pursuer', ['criticize'], softSeed);
    const reply = (s: Session) =>
      s.steps.filter((step) => step.kind === 'line' && step.speaker === 'nadia').at(-1)!;
    expect(review.snapshot.partners.nadia.arousal).toBeGreaterThan(soft.snapshot.partners.nadia.arousal + 8);
    expect(reply(review).move?.type).toBe('defend');
    expect(reply(soft).move?.type).toBe('turn_toward');
    expect(review.snapshot.cycle.trend).toBe('tightening');
  });

  it('as Randy, flipping the table makes Nadia the pursuer: her reaching unanswered, the roles turn over', () => {
    const cold = playMoves('pursuer', ['withdraw', 'dismiss', 'stonewall']);
    expect(cold.snapshot.partners.nadia.role).toBe('pursuer');
    expect(cold.steps.some((s) => s.kind === 'line' && s.coach && /roles turn over/.test(s.text))).toBe(true);
    const warm = playMoves('pursuer', ['turn_toward', 'turn_toward', 'turn_toward']);
    expect(warm.snapshot.partners.nadia.role).toBe('distancer');
  });

  it('as Randy, yielding to her ask ends differently from a deal on affection (accepting influence, not a ledger)', () => {
    const road: MoveType[] = [
      'turn_toward',
      'turn_toward',
      'turn_toward',
      'share_vulnerable',
      'validate',
      'share_vulnerable',
    ];
    const seed = [1, 2, 3, 4, 5, 6, 7, 8].find((n) => {
      const s = Session.start({ ...scenario, mode: 'pursuer', seed: n });
      try {
        for (const move of road) {
          const at = s.choices.findIndex((c) => c.move === move);
          if (at < 0) return false;
          s.choose(at + 1);
        }
      } catch {
        return false;
      }
      return s.choices.some((c) => c.move === 'demand') && s.choices.some((c) => c.move === 'turn_toward');
    });
    expect(seed).toBeDefined();
    const finish = (choice: MoveType) => {
      const s = playMoves('pursuer', [...road, choice], seed);
      while (!s.ended) {
        const warm = s.choices.findIndex((c) => c.move === 'appreciate' || c.move === 'turn_toward');
        s.choose((warm >= 0 ? warm : 0) + 1);
      }
      return s.ending;
    };
    expect(finish('demand')).toBe('measured_truce');
    expect(finish('turn_toward')).toBe('reconnected');
  });
});

describe('Randy and Nadia as the counselor', () => {
  /** Play choosing, at each step, the first option with this move (and target, when given). */
  const counsel = (steps: { move: MoveType; to?: string }[], seed = 1) => {
    const session = Session.start({ ...scenario, mode: 'counselor', seed });
    for (const step of steps) {
      const aimed = (to: string | undefined) =>
        step.to === undefined ? true : step.to === '' ? to === undefined : to === step.to;
      const at = session.choices.findIndex((c) => c.move === step.move && aimed(c.to));
      if (at < 0)
        throw new Error(
          `no ${step.move}>${step.to} on offer: ${session.choices.map((c) => c.move).join(', ')}`,
        );
      session.choose(at + 1);
    }
    return session;
  };
  const item = (s: Session, id: string) => scoreSession(s.steps).items.find((i) => i.id === id)!;

  it('checks "flip the table" with each partner alone; a joint question clears nobody and costs the point', () => {
    const opening = [{ move: 'evoke' as MoveType, to: 'randy' }, { move: 'name_cycle' as MoveType }];
    const alone = counsel([
      ...opening,
      { move: 'screen_safety', to: 'nadia' },
      { move: 'screen_safety', to: 'randy' },
    ]);
    expect(item(alone, 'safety').earned).toBe(2);
    expect(item(alone, 'screen_alone').earned).toBe(1);
    const joint = counsel([...opening, { move: 'screen_safety', to: '' }]);
    expect(item(joint, 'screen_alone').earned).toBe(0);
    expect(joint.steps.some((s) => s.tags.includes('mistake:joint_screening'))).toBe(true);
  });

  it('a schedule of affection handed out at the start ends, when the room stays calm, in a measured truce', () => {
    const endings = new Set<string | null>();
    for (let seed = 1; seed <= 8; seed++) {
      const s = Session.start({ ...scenario, mode: 'counselor', seed });
      s.choose(s.choices.findIndex((c) => c.move === 'advise') + 1);
      const calming: MoveType[] = ['block', 'slow_down', 'name_cycle', 'reflect', 'psychoeducation'];
      while (!s.ended) {
        const flooded = Object.values(s.snapshot.partners).some((p) => p.heartRate > 100);
        const pause = s.choices.findIndex((c) => c.move === 'time_out' && c.minutes === 20);
        const at = s.choices.findIndex((c) => calming.includes(c.move as MoveType));
        s.choose((flooded && pause >= 0 ? pause : at >= 0 ? at : 0) + 1);
      }
      endings.add(s.ending);
    }
    expect(endings).toContain('measured_truce');
    expect(endings).not.toContain('reconnected');
  });
});
