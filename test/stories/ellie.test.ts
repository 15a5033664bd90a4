// Ellie and Mark as a whole: the scene's key dynamics, on real sessions. Its sources are checked
// with every scenario's in sources.test.ts; each mode's walk is in ellie.<mode>.test.ts.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenarios.ts';
import { Session } from '../../src/session/session.ts';

const scenario = loadScenario('ellie');
const SEEDS = Array.from({ length: 30 }, (_, i) => i + 1);

/** Play a mode, at each choice taking the first offered choice whose move is in `prefer` (in order
 * of preference), else the first choice; stop when `until` says so or the story ends. */
function play(
  mode: string,
  seed: number,
  prefer: readonly string[],
  until: (s: Session) => boolean = () => false,
): Session {
  const session = Session.start({ ...scenario, mode, seed });
  while (!session.ended && !until(session)) {
    const moves = session.choices.map((c) => c.move);
    const pick = prefer.map((m) => moves.indexOf(m)).find((i) => i >= 0) ?? 0;
    session.choose(pick + 1);
  }
  return session;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const atTheItch = (s: Session) => s.choices.some((c) => c.text.startsWith("We're out of milk"));

describe('Ellie and Mark', () => {
  it('as Ellie: asking for an hour with a time to come back lands on Mark far softer than the invented errand', () => {
    const after = (first: 'ask_space' | 'withdraw') =>
      SEEDS.map((seed) => {
        const s = play('distancer', seed, ['turn_toward', 'share_vulnerable'], atTheItch);
        expect(atTheItch(s)).toBe(true);
        const before = s.snapshot.partners.mark.arousal;
        const from = s.steps.length;
        s.choose(s.choices.findIndex((c) => c.move === first) + 1);
        const heard = s.steps[from].snapshot.partners.mark.reception;
        return { rise: s.snapshot.partners.mark.arousal - before, heard };
      });
    const ask = after('ask_space');
    const errand = after('withdraw');
    // Distance is what hurts him most (distance sensitivity 1.5): the errand is a going, the ask a
    // going with a way back (Lerner). Averaged over seeds, so a misheard ask is counted too.
    expect(mean(errand.map((r) => r.rise))).toBeGreaterThan(mean(ask.map((r) => r.rise)) + 8);
    // Some seeds hear the ask as a leaving (sentiment override); the story answers that as an attack.
    const misheard = ask.filter((r) => r.heard === 'misread');
    expect(misheard.length).toBeGreaterThan(0);
  });

  it('as Ellie: only the truth or the direct ask reaches an hour agreed; the errand kept ends in a hollow peace', () => {
    const honest = play('distancer', 1, [
      'turn_toward',
      'share_vulnerable',
      'ask_space',
      'repair',
      'validate',
    ]);
    expect(honest.ending).toBe('space_agreed');
    const errand = play('distancer', 1, ['turn_toward', 'withdraw', 'dismiss']);
    expect(errand.steps.some((s) => s.text?.includes('big Sainsbury'))).toBe(true);
    expect(errand.ending).toBe('hollow_peace');
  });

  it('as Mark: giving her room before the milk lets Ellie ask directly; crowding her gets the errand', () => {
    const asks = (prefer: readonly string[]) =>
      SEEDS.filter((seed) => {
        const s = play('pursuer', seed, prefer, (x) =>
          x.choices.some(
            (c) => c.text.startsWith("I'll come with you") || c.text.startsWith('Okay. Half eight'),
          ),
        );
        return s.steps.some((step) => step.move?.by === 'ellie' && step.move.type === 'ask_space');
      }).length;
    const room = asks(['self_soothe', 'turn_toward']);
    const crowd = asks(['ask_closeness', 'demand', 'criticize']);
    expect(room).toBeGreaterThan(SEEDS.length / 2);
    expect(crowd).toBe(0);
  });

  it('as the counselor: the wish is said only to a second, slower try or a conjecture, never to a label', () => {
    const wish = (s: Session) =>
      s.steps.findIndex((step) => step.move?.by === 'ellie' && step.text?.includes('meet someone'));
    let said = 0;
    for (const prefer of [
      ['validate', 'name_cycle', 'screen_safety', 'block', 'slow_down', 'evoke', 'conjecture'],
      ['validate', 'name_cycle', 'screen_safety', 'block', 'slow_down', 'interpret'],
    ]) {
      for (const seed of SEEDS) {
        const s = play('counselor', seed, prefer);
        const at = wish(s);
        if (at < 0) continue;
        said++;
        const lastMove = s.steps
          .slice(0, at)
          .reverse()
          .find((step) => step.move?.by === 'counselor')?.move;
        expect(['evoke', 'conjecture']).toContain(lastMove?.type);
        expect(lastMove?.to).toBe('ellie');
        expect(
          s.steps
            .slice(0, at)
            .some((step) => step.move?.by === 'counselor' && step.move.type === 'interpret'),
        ).toBe(false);
      }
    }
    expect(said).toBeGreaterThan(0);
  });
});
