import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CYCLE_STAGES } from '../../src/sim/couple.ts';
import { MOVE_TYPES, isCounselorMove, isPartnerMove, type Move } from '../../src/sim/moves.ts';
import { Simulation, type SimSnapshot } from '../../src/sim/simulation.ts';
import { karaAndJake } from './helpers.ts';

const moveArbitrary: fc.Arbitrary<Move> = fc
  .oneof(
    fc.record({
      by: fc.constantFrom('kara', 'jake'),
      type: fc.constantFrom(...MOVE_TYPES.filter(isPartnerMove)),
      minutes: fc.option(fc.integer({ min: 0, max: 45 }), { nil: undefined }),
    }),
    fc.record({
      by: fc.constant('counselor'),
      type: fc.constantFrom(...MOVE_TYPES.filter(isCounselorMove)),
      to: fc.option(fc.constantFrom('kara', 'jake'), { nil: undefined }),
    }),
  )
  .map(
    (move) => Object.fromEntries(Object.entries(move).filter(([, v]) => v !== undefined)) as unknown as Move,
  );

const run = (moves: Move[]): SimSnapshot[] => {
  const sim = new Simulation(karaAndJake());
  return moves.map((move) => sim.apply(move));
};

describe('model invariants over random move sequences (fast-check)', () => {
  it('keeps every value in range', () => {
    fc.assert(
      fc.property(fc.array(moveArbitrary, { maxLength: 60 }), (moves) => {
        let minutes = 0;
        for (const snapshot of run(moves)) {
          expect(snapshot.minutes).toBeGreaterThanOrEqual(minutes);
          minutes = snapshot.minutes;
          for (const p of Object.values(snapshot.partners)) {
            expect(p.arousal).toBeGreaterThanOrEqual(0);
            expect(p.arousal).toBeLessThanOrEqual(100);
            expect(p.trust).toBeGreaterThanOrEqual(0);
            expect(p.trust).toBeLessThanOrEqual(100);
            expect(['calm', 'activated', 'escalated', 'flooded', 'cooling']).toContain(p.state);
            if (p.state === 'flooded') expect(p.heartRate).toBeGreaterThan(100);
            if (p.state === 'calm' || p.state === 'activated') expect(p.heartRate).toBeLessThanOrEqual(100);
          }
          expect(CYCLE_STAGES).toContain(snapshot.cycle.stage);
          expect(snapshot.cycle.intensity).toBeGreaterThanOrEqual(0);
          expect(snapshot.cycle.intensity).toBeLessThanOrEqual(100);
          expect(snapshot.cycle.ratio).toBeGreaterThanOrEqual(0);
          expect(['tightening', 'easing', 'steady']).toContain(snapshot.cycle.trend);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(fc.array(moveArbitrary, { maxLength: 40 }), (moves) => {
        expect(JSON.stringify(run(moves))).toBe(JSON.stringify(run(moves)));
      }),
      { numRuns: 1000 },
    );
  });

  it('continues identically after persisting and restoring at any point', () => {
    fc.assert(
      fc.property(fc.array(moveArbitrary, { maxLength: 30 }), fc.nat(), (moves, cut) => {
        const at = moves.length ? cut % moves.length : 0;
        const sim = new Simulation(karaAndJake());
        moves.slice(0, at).forEach((m) => sim.apply(m));
        const restored = Simulation.restore(karaAndJake(), JSON.parse(JSON.stringify(sim.persist())));
        const rest = moves.slice(at);
        expect(rest.map((m) => restored.apply(m))).toEqual(rest.map((m) => sim.apply(m)));
      }),
      { numRuns: 500 },
    );
  });
});
