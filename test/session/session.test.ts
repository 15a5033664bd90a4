import { describe, expect, it } from 'vitest';
import { Session, SessionError } from '../../src/session/session.ts';
import { InkRuntimeError } from '../../src/story/runner.ts';
import { fixture } from '../fixtures.ts';

const tiny = () => fixture('tiny');
const start = (mode = 'pursuer', seed = 1) => Session.start({ ...tiny(), mode, seed });

describe('Session', () => {
  it('records each line with speaker, text, tags and snapshot, and each choice with the options offered and taken', () => {
    const session = start();
    expect(session.choices.map((c) => c.move)).toEqual(['criticize', 'soft_startup']);
    session.choose(1);
    const choice = session.steps.find((s) => s.kind === 'choice')!;
    expect(choice).toMatchObject({
      speaker: 'kara',
      text: 'We never talk any more.',
      tags: ['move:criticize'],
      move: { by: 'kara', type: 'criticize' },
      chosen: 1,
      choices: [
        { text: 'We never talk any more.', move: 'criticize' },
        { text: 'I miss you. Can we talk tonight?', move: 'soft_startup' },
      ],
    });
    expect(choice.snapshot.partners.jake.arousal).toBeGreaterThan(
      session.steps[0].snapshot.partners.jake.arousal,
    );
    const said = session.steps.find((s) => s.kind === 'line' && s.speaker === 'kara')!;
    expect(said).toMatchObject({ text: 'We never talk any more.', tags: ['speaker:kara'], move: null });
  });

  it("makes the simulated partner's words follow the model", () => {
    const harsh = start();
    harsh.choose(1);
    const soft = start();
    soft.choose(2);
    const jakeSays = (s: Session) =>
      s.steps.filter((step) => step.speaker === 'jake').map((step) => step.text);
    expect(jakeSays(harsh)).toEqual(['Not now.']);
    expect(jakeSays(soft)).toEqual(['Sure. After dinner?']);
  });

  it('reaches an ending, records it, and refuses further choices', () => {
    const session = start();
    session.choose(2);
    session.choose(2);
    expect(session.ended).toBe(true);
    expect(session.ending).toBe('calm');
    expect(session.steps.some((s) => s.coach)).toBe(true);
    expect(() => session.choose(1)).toThrow(SessionError);
  });

  it('gives the same steps, byte for byte, for the same seed and choices; the seed drives ink randomness', () => {
    const run = (seed: number) => {
      const s = start('pursuer', seed);
      s.choose(1);
      s.choose(1);
      return JSON.stringify(s.steps);
    };
    expect(run(7)).toBe(run(7));
    const openings = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => start('pursuer', seed).steps[0].text));
    expect(openings.size).toBeGreaterThan(1);
  });

  it('checkpoints every choice point; restoring any of them continues identically', () => {
    const full = start('pursuer', 3);
    full.choose(2);
    full.choose(1);
    expect(full.checkpoints).toHaveLength(2);
    full.checkpoints.forEach((_, k) => {
      const copy = JSON.parse(JSON.stringify(full.checkpoints.slice(0, k + 1)));
      const resumed = Session.resume({ ...tiny(), mode: 'pursuer', seed: 3 }, copy, full.steps);
      [2, 1].slice(k).forEach((n) => resumed.choose(n));
      expect(JSON.stringify(resumed.steps)).toBe(JSON.stringify(full.steps));
      expect(resumed.ending).toBe(full.ending);
    });
  });

  it('rewinds in place to a choice point and branches', () => {
    const session = start();
    session.choose(1);
    session.choose(1);
    expect(session.ending).toBe('storm');
    session.rewind(0);
    expect(session.ended).toBe(false);
    expect(session.steps).toHaveLength(session.checkpoints[0].stepCount);
    session.choose(2);
    session.choose(2);
    expect(session.ending).toBe('calm');
    const fresh = start();
    fresh.choose(2);
    fresh.choose(2);
    expect(JSON.stringify(session.steps)).toBe(JSON.stringify(fresh.steps));
  });

  it('applies a counselor move aimed at one partner', () => {
    const session = start('counselor');
    session.choose(2);
    const choice = session.steps.find((s) => s.kind === 'choice')!;
    expect(choice.move).toEqual({ by: 'counselor', type: 'take_sides', to: 'kara' });
    expect(choice.snapshot.partners.jake.arousal).toBeGreaterThan(choice.snapshot.partners.kara.arousal);
  });

  it('refuses an unknown mode and an out-of-range choice with a clear message', () => {
    expect(() => start('villain')).toThrow(/has no mode 'villain'/);
    expect(() => start().choose(3)).toThrow(/choice 3 is not on offer \(choose 1 to 2\)/);
  });

  it('surfaces a bad tag at run time as an InkRuntimeError naming the line', () => {
    const badtags = fixture('badtags');
    expect(() => Session.start({ ...badtags, mode: 'pursuer' })).toThrow(InkRuntimeError);
    expect(() => Session.start({ ...badtags, mode: 'pursuer' })).toThrow(
      /unknown tag '#mood:happy'.*"Hello\."/,
    );
  });
});
