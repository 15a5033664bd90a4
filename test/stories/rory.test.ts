// Rory and Mateo as a whole: the dynamics the scenario is about, on real sessions. Its sources are
// checked with every scenario's in sources.test.ts; each mode's walk is in rory.<mode>.test.ts.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenarios.ts';
import { Session } from '../../src/session/session.ts';

const scenario = loadScenario('rory');
const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Play the given choices (numbered from 1), each found by its move where a move is named. */
function play(mode: string, seed: number, picks: (number | string)[]): Session {
  const session = Session.start({ ...scenario, mode, seed });
  for (const pick of picks) {
    if (session.ended) break;
    const n = typeof pick === 'number' ? pick : session.choices.findIndex((c) => c.move === pick) + 1;
    expect(n, `no ${pick} on offer`).toBeGreaterThan(0);
    session.choose(n);
  }
  return session;
}

const lineAfter = (session: Session, who: string, from: number) =>
  session.steps.slice(from).find((s) => s.kind === 'line' && s.move?.by === who);

describe('Rory and Mateo', () => {
  it('as Rory, asking for half an hour with a time to come back lands better than the invented deadline', () => {
    // Thank him for the books, then at the door: the direct ask (ask_space) or the excuse (dismiss).
    const outcomes = (move: string) =>
      SEEDS.map((seed) => {
        const session = play('distancer', seed, ['appreciate', move]);
        return {
          arousal: session.snapshot.partners.mateo.arousal,
          reply: lineAfter(
            session,
            'mateo',
            session.steps.findIndex((s) => s.move?.type === move && s.move.by === 'rory'),
          )!,
        };
      });
    const asked = outcomes('ask_space');
    const excused = outcomes('dismiss');
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(asked.map((o) => o.arousal))).toBeLessThan(mean(excused.map((o) => o.arousal)) - 5);
    // The excuse is never met with a warm answer: he waits on the box of coats.
    expect(excused.every((o) => o.reply.move?.type === 'demand')).toBe(true);
    // The direct ask is mostly heard as meant, and then he turns toward her.
    expect(asked.filter((o) => o.reply.move?.type === 'turn_toward').length).toBeGreaterThan(
      SEEDS.length / 2,
    );
  });

  it('as Mateo, a knock that waits is answered with a direct ask for space; a door opened on the knock never is', () => {
    const rorysAnswer = (move: string, seed: number) => {
      const session = play('pursuer', seed, ['self_soothe', move]);
      return lineAfter(
        session,
        'rory',
        session.steps.findIndex((s) => s.move?.by === 'mateo' && s.move.type === move),
      )!.move!.type;
    };
    const waited = SEEDS.map((seed) => rorysAnswer('bid', seed));
    const opened = SEEDS.map((seed) => rorysAnswer('demand', seed));
    expect(waited.filter((m) => m === 'ask_space').length).toBeGreaterThan(SEEDS.length / 2);
    expect(opened).not.toContain('ask_space');
    expect(opened.some((m) => m === 'dismiss')).toBe(true); // the subtitle file due at nine
  });

  it('lets the roles flip: after he stops reaching, Rory ends the evening as the one who pursues', () => {
    const session = play('distancer', 1, [2, 3, 1, 1, 3, 3, 2, 1]);
    expect(session.ending).toBe('roles_flip');
    expect(session.snapshot.partners.rory.role).toBe('pursuer');
    const roryPursues = session.steps.filter((s) => s.move?.by === 'rory' && s.move.type === 'bid');
    expect(roryPursues.length).toBeGreaterThan(0);
  });

  it.each(['pursuer', 'distancer'])(
    'as %s, starts with Mateo pursuing and Rory withdrawing, as the comment has it, not the article',
    (mode) => {
      const session = play(mode, 1, [1]);
      expect(session.snapshot.partners.mateo.role).toBe('pursuer');
      expect(session.snapshot.partners.rory.role).toBe('distancer');
    },
  );
});
