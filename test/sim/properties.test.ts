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
        // Plain checks gathered into one assertion: 2,000 runs of up to 60 snapshots would spend
        // most of their time building expect() objects.
        const problems: string[] = [];
        const check = (ok: boolean, what: string) => {
          if (!ok) problems.push(what);
        };
        const within = (x: number, low: number, high: number) => x >= low && x <= high;
        let minutes = 0;
        for (const snapshot of run(moves)) {
          check(snapshot.minutes >= minutes, `the clock ran back to ${snapshot.minutes}`);
          minutes = snapshot.minutes;
          for (const [id, p] of Object.entries(snapshot.partners)) {
            check(within(p.arousal, 0, 100), `${id} arousal ${p.arousal}`);
            check(within(p.trust, 0, 100), `${id} trust ${p.trust}`);
            check(
              ['calm', 'activated', 'escalated', 'flooded', 'cooling'].includes(p.state),
              `${id} state ${p.state}`,
            );
            if (p.state === 'flooded') check(p.heartRate > 100, `${id} flooded at ${p.heartRate} bpm`);
            if (p.state === 'calm' || p.state === 'activated')
              check(p.heartRate <= 100, `${id} ${p.state} at ${p.heartRate} bpm`);
          }
          check(CYCLE_STAGES.includes(snapshot.cycle.stage), `stage ${snapshot.cycle.stage}`);
          check(within(snapshot.cycle.intensity, 0, 100), `intensity ${snapshot.cycle.intensity}`);
          check(snapshot.cycle.ratio >= 0, `ratio ${snapshot.cycle.ratio}`);
          check(
            ['tightening', 'easing', 'steady'].includes(snapshot.cycle.trend),
            `trend ${snapshot.cycle.trend}`,
          );
        }
        expect(problems).toEqual([]);
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
