// Teri and Dale as a whole: the dynamics the scene is about, on real sessions. Its sources are
// checked with every scenario's in sources.test.ts; each mode's walk is in teri.<mode>.test.ts.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenarios.ts';
import { Session, type OfferedChoice } from '../../src/session/session.ts';
import { scoreSession } from '../../src/session/score.ts';

const scenario = loadScenario('teri');
const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Play a mode choosing by a policy until `stop` says so (or the story ends). */
function playBy(
  mode: string,
  seed: number,
  policy: (choices: OfferedChoice[], session: Session) => number,
  stop: (session: Session) => boolean = () => false,
): Session {
  const session = Session.start({ ...scenario, mode, seed });
  for (let i = 0; !session.ended && !stop(session) && i < 40; i++) {
    const at = policy(session.choices, session);
    session.choose((at >= 0 ? at : 0) + 1);
  }
  return session;
}

/** The first choice whose move is one of `moves` (in that order of preference). */
const prefer =
  (...moves: string[]) =>
  (choices: OfferedChoice[]) => {
    for (const move of moves) {
      const at = choices.findIndex((c) => c.move === move);
      if (at >= 0) return at;
    }
    return 0;
  };

/** The first line `who` said or did after the last choice: the answer to it. */
const replyBy = (session: Session, who: string) => {
  const steps = session.steps;
  const chosen = steps.map((s) => s.kind).lastIndexOf('choice');
  return steps.slice(chosen + 1).find((s) => s.kind === 'line' && s.move?.by === who);
};

describe('Teri and Dale', () => {
  it('as Dale, keeping score pushes Teri away harder than saying the fear plainly (guilt is pursuit, not connection)', () => {
    // To the kitchen by the warm road (the bike as a bid, her way at the door, the bowl admired),
    // then the list against the fear, on the same seed.
    const kitchen = (last: string) => (seed: number) => {
      let reached = false;
      const session = playBy(
        'pursuer',
        seed,
        (choices) => {
          const listOrFear =
            choices.some((c) => c.move === 'blame') && choices.some((c) => c.move === 'share_vulnerable');
          if (listOrFear) {
            reached = true;
            return choices.findIndex((c) => c.move === last);
          }
          return prefer('bid', 'turn_toward', 'appreciate', 'repair')(choices);
        },
        () => reached,
      );
      return { reached, teri: session.snapshot.partners.teri, reply: replyBy(session, 'teri'), session };
    };
    // Her body at her answer to each, on the same seeds (a fear misheard as one more lever still
    // lands softer on average than the list itself).
    const lists: number[] = [];
    const fears: number[] = [];
    for (const seed of SEEDS) {
      const list = kitchen('blame')(seed);
      const fear = kitchen('share_vulnerable')(seed);
      if (!list.reached || !fear.reached || !list.reply || !fear.reply) continue;
      lists.push(list.reply.snapshot.partners.teri.arousal);
      fears.push(fear.reply.snapshot.partners.teri.arousal);
      expect(list.reply.move?.type).not.toBe(fear.reply.move?.type);
      expect(list.session.snapshot.cycle.stage).not.toBe('engage-engage');
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(lists.length).toBeGreaterThanOrEqual(6);
    expect(mean(lists)).toBeGreaterThan(mean(fears) + 10);
    lists.forEach((a, i) => expect(a).toBeGreaterThan(fears[i]));
  });

  it('as Dale, the guilt trip and the leaning on her end in the hollow ending, never in a clear one', () => {
    // His mother's sixtieth, then "can I just stay a bit", then "tell Nina to go without you".
    const endings = new Set<string>();
    for (const seed of SEEDS) {
      const session = playBy(
        'pursuer',
        seed,
        prefer('bid', 'turn_toward', 'appreciate', 'demand', 'ask_closeness', 'take_break'),
      );
      endings.add(session.ending ?? 'none');
    }
    expect(endings).toContain('his_therapist');
    expect(endings).not.toContain('said_plainly');
    expect(endings).not.toContain('not_yet');
  });

  it('as Teri, the invented errand lands worse on Dale than asking him directly to text first', () => {
    const doorstep = (move: string, seed: number) => {
      const session = Session.start({ ...scenario, mode: 'distancer', seed });
      session.choose(session.choices.findIndex((c) => c.move === move) + 1);
      return { dale: session.snapshot.partners.dale, reply: replyBy(session, 'dale') };
    };
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const errand = SEEDS.map((seed) => doorstep('dismiss', seed));
    const asked = SEEDS.map((seed) => doorstep('soft_startup', seed));
    expect(mean(errand.map((r) => r.dale.arousal))).toBeGreaterThan(
      mean(asked.map((r) => r.dale.arousal)) + 8,
    );
    // He sees through the errand (the soil on her cuffs); the direct ask, heard as meant, gets an apology.
    expect(errand.every((r) => r.reply?.move?.type === 'criticize')).toBe(true);
    expect(asked.some((r) => r.reply?.move?.type === 'own_part')).toBe(true);
  });

  it('as Teri, a maybe kept to spare him never ends the limbo; saying where she stands can', () => {
    const ending = (choose: (choices: OfferedChoice[]) => number, seed: number) =>
      playBy('distancer', seed, choose).ending;
    const maybe = SEEDS.map((seed) =>
      ending(prefer('dismiss', 'appreciate', 'validate', 'take_break'), seed),
    );
    const plain = SEEDS.map((seed) =>
      ending(
        prefer(
          'soft_startup',
          'ask_space',
          'share_vulnerable',
          'own_part',
          'validate',
          'appreciate',
          'take_break',
        ),
        seed,
      ),
    );
    expect(maybe).not.toContain('said_plainly');
    expect(maybe).not.toContain('not_yet');
    expect(plain.some((e) => e === 'not_yet' || e === 'said_plainly')).toBe(true);
  });

  it('as the counselor, naming the pressure as a move in the cycle costs nothing; labelling Dale costs the point and heats him', () => {
    // A careful road to Dale's list: the frame, Teri's feeling, the circle named, each seen alone.
    const atTheList = (last: 'name_cycle' | 'interpret', seed: number) => {
      let reached = false;
      const session = playBy(
        'counselor',
        seed,
        (choices) => {
          if (choices.some((c) => c.move === 'block')) {
            reached = true;
            return choices.findIndex((c) => c.move === last);
          }
          const alone = choices.findIndex((c) => c.move === 'screen_safety' && c.to);
          if (alone >= 0) return alone;
          const teri = choices.findIndex((c) => c.move === 'evoke' && c.to === 'teri');
          if (teri >= 0) return teri;
          return prefer('psychoeducation', 'name_cycle', 'validate', 'slow_down', 'time_out')(choices);
        },
        () => reached,
      );
      // Play on to the next choice point, so the answers to the move are in.
      return { reached, session };
    };
    let compared = 0;
    for (const seed of SEEDS) {
      const named = atTheList('name_cycle', seed);
      const label = atTheList('interpret', seed);
      if (!named.reached || !label.reached) continue;
      compared += 1;
      const labels = (s: Session) => scoreSession(s.steps).items.find((i) => i.id === 'no_labels')!.earned;
      expect(labels(named.session)).toBe(1);
      expect(labels(label.session)).toBe(0);
      expect(label.session.snapshot.partners.dale.arousal).toBeGreaterThan(
        named.session.snapshot.partners.dale.arousal,
      );
      if (!['flooded', 'cooling'].includes(label.session.snapshot.partners.teri.state))
        expect(replyBy(label.session, 'teri')?.move?.type).toBe('defend');
    }
    expect(compared).toBeGreaterThanOrEqual(6);
  });
});
