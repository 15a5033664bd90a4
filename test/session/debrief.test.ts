import { describe, expect, it } from 'vitest';
import { debriefOf } from '../../src/session/debrief.ts';
import { Session } from '../../src/session/session.ts';
import { fixture } from '../fixtures.ts';

/** The clock fixture's soft opening under `seed`: Jake may hear it as an attack. */
function softOpening(seed: number) {
  const session = Session.start({ ...fixture('clock'), mode: 'pursuer', seed });
  session.choose(1);
  return session;
}

describe('debrief', () => {
  it('names a misheard move as a misfire, with who said it and who heard it as an attack (Weiss 1980)', () => {
    const seeds = Array.from({ length: 30 }, (_, i) => i + 1);
    const misheard = seeds
      .map(softOpening)
      .find((s) => s.steps.some((step) => step.snapshot.partners.jake.reception === 'misread'))!;
    expect(misheard).toBeDefined();
    const debrief = debriefOf(misheard.steps, misheard.ending, false);
    expect(debrief.misfires).toEqual([
      expect.objectContaining({
        by: 'kara',
        heardBy: 'jake',
        move: 'soft_startup',
        text: "I'd like us to talk this morning.",
      }),
    ]);
    expect(debrief.movers.find((m) => m.move === 'soft_startup')?.misread).toBe(true);
  });

  it('lists no misfire when every move was heard as meant', () => {
    const heard = Array.from({ length: 30 }, (_, i) => softOpening(i + 1)).find((s) =>
      s.steps.every((step) => Object.values(step.snapshot.partners).every((p) => p.reception !== 'misread')),
    )!;
    const debrief = debriefOf(heard.steps, heard.ending, false);
    expect(debrief.misfires).toEqual([]);
    expect(debrief.movers.every((m) => !m.misread)).toBe(true);
  });
});
