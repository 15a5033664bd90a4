// Kara and Jake as a whole: its openings. Its sources are checked with every scenario's in
// sources.test.ts; each mode's walk (every path, with the path properties) is in
// kara-and-jake.<mode>.test.ts, on the shared tests of scenario-modes.ts.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenarios.ts';
import { Session } from '../../src/session/session.ts';
import { playPicks } from './scenario-modes.ts';

const scenario = loadScenario('kara-and-jake');

describe('Kara and Jake', () => {
  it('gives the harsh and the soft opening clearly different consequences (as Kara)', () => {
    const start = Session.start({ ...scenario, mode: 'pursuer' });
    const harsh = start.choices.findIndex((c) => c.move === 'criticize') + 1;
    const soft = start.choices.findIndex((c) => c.move === 'soft_startup') + 1;
    expect(harsh).toBeGreaterThan(0);
    expect(soft).toBeGreaterThan(0);
    const after = (n: number) => {
      const s = Session.start({ ...scenario, mode: 'pursuer' });
      s.choose(n);
      const reply = s.steps.find((step) => step.kind === 'line' && step.speaker === 'jake')!;
      return { jake: s.snapshot.partners.jake, reply: reply.text, stage: s.snapshot.cycle };
    };
    const a = after(harsh);
    const b = after(soft);
    expect(a.jake.arousal).toBeGreaterThan(b.jake.arousal + 10);
    expect(a.reply).not.toBe(b.reply);
    expect(a.stage.trend).toBe('tightening');
  });

  it.each(['distancer', 'counselor'])('shows both the harsh and the soft opening as %s', (mode) => {
    const seen = new Set<string>();
    for (let first = 0; first < 4; first++) {
      for (let second = 0; second < 4; second++) {
        const session = playPicks(scenario, mode, [first, second, 0]);
        session.steps.forEach((s) => s.move?.by === 'kara' && seen.add(s.move.type));
      }
    }
    expect(seen).toContain('criticize');
    expect(seen).toContain('soft_startup');
  });
});
