// Time, bodies and doubt in a session (DESIGN §4a), on the `clock` fixture story: a break starts
// when chosen and lasts while the story tells it; #body lines are checked against the model; a
// flooded player's warm options are strained; how a move was heard reaches the story.
import { describe, expect, it } from 'vitest';
import { explore } from '../../src/session/explore.ts';
import { Session } from '../../src/session/session.ts';
import { fixture } from '../fixtures.ts';

const clock = () => fixture('clock');
const start = (seed = 1) => Session.start({ ...clock(), mode: 'pursuer', seed });

/** Press with contempt until Jake floods, then call the break. */
function toTheBreak(seed = 1): Session {
  const session = start(seed);
  session.choose(2);
  for (let i = 0; i < 10 && session.choices.some((c) => c.move === 'contempt'); i++) session.choose(1);
  expect(session.choices.map((c) => c.move)).toEqual(['take_break']);
  session.choose(1);
  return session;
}

describe('simulated time in a session', () => {
  it('starts a break when chosen: the reply during it is spoken flooded, on the break, at the same minute', () => {
    const session = toTheBreak();
    const choice = [...session.steps].reverse().find((s) => s.kind === 'choice')!;
    const reply = session.steps[session.steps.length - 1];
    expect(reply.text).toBe('Fine. Go.');
    expect(reply.snapshot.partners.jake.heartRate).toBeGreaterThan(100);
    expect(reply.snapshot.partners.jake.onBreak).toBe(true);
    expect(reply.snapshot.breakSince).toBe(choice.snapshot.minutes);
    expect(reply.snapshot.minutes).toBe(choice.snapshot.minutes);
  });

  it('passes the minutes a #time line tells, and twenty quiet ones settle a flooded partner (Gottman)', () => {
    const session = toTheBreak();
    const before = session.snapshot.minutes;
    session.choose(1);
    const walk = session.steps.find((s) => s.text === 'Kara walks round the block.')!;
    expect(walk.snapshot.minutes).toBe(before + 1 + 20); // the self-soothe takes its minute
    expect(walk.snapshot.partners.jake.heartRate).toBeLessThanOrEqual(100);
    expect(walk.snapshot.partners.jake.onBreak).toBe(true);
    const apology = session.steps.find((s) => s.text === "I'm sorry about before.")!;
    expect(apology.snapshot.breakSince).toBeNull();
    expect(apology.snapshot.partners.jake.state).not.toBe('flooded');
    expect(session.ending).toBe('calm');
    expect(session.warnings).toEqual([]);
  });

  it('floods a cooling partner again when the break is cut short (#time on a choice: after five minutes)', () => {
    const session = toTheBreak();
    const at = session.snapshot.minutes;
    session.choose(2);
    const text = session.steps.find((s) => s.kind === 'choice' && s.move?.type === 'bid')!;
    expect(text.snapshot.minutes).toBe(at + 5 + 1);
    expect(text.snapshot.partners.jake.state).toBe('flooded');
    expect(text.snapshot.partners.jake.onBreak).toBe(false);
    expect(session.ending).toBe('storm');
  });

  it('reports a #body line the model contradicts, and the explorer collects it', () => {
    const session = toTheBreak();
    session.choose(3);
    expect(session.warnings).toEqual([
      expect.stringMatching(
        /^"His heart must still be pounding." says jake is calm, but the model has jake cooling at \d+(\.\d)? bpm$/,
      ),
    ]);
    const result = explore({ ...clock(), mode: 'pursuer' });
    expect(result.warnings.some((w) => w.includes('His heart must still be pounding'))).toBe(true);
  });

  it('marks warm options strained while the player is flooded, and only then', () => {
    const session = start();
    expect(session.choices.every((c) => !c.strained)).toBe(true);
    const hot = Session.start({ ...clock(), mode: 'pursuer' });
    // Drive Kara over the line through the model directly, as a provoking partner would.
    hot.choose(2);
    for (let i = 0; i < 10 && hot.choices.some((c) => c.move === 'contempt'); i++) hot.choose(1);
    hot.choose(1);
    // The break offers self_soothe (never strained) and a bid (warm): strained only if Kara is flooded.
    const kara = hot.snapshot.partners.kara;
    const bid = hot.choices.find((c) => c.move === 'bid')!;
    expect(Boolean(bid.strained)).toBe(kara.heartRate > 100);
    expect(hot.choices.filter((c) => c.move === 'self_soothe').every((c) => !c.strained)).toBe(true);
  });

  it('lets the story answer how a move was heard: the same choice under two seeds can misfire', () => {
    const replies = new Map<string, number[]>();
    for (let seed = 1; seed <= 30; seed++) {
      const session = start(seed);
      session.choose(1);
      const reply = session.steps.find((s) => s.speaker === 'jake')!;
      replies.set(reply.text, [...(replies.get(reply.text) ?? []), seed]);
      const heard = reply.snapshot.partners.jake;
      const misheard = session.steps.find((s) => s.kind === 'choice')!.snapshot.partners.jake.reception;
      expect(reply.text).toBe(misheard === 'misread' ? "So now I'm the problem?" : "Okay. I'm listening.");
      expect(heard).toBeDefined();
    }
    expect(replies.size).toBe(2);
  });
});
