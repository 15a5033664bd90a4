// What every scenario's every mode must show, checked on one walk of the mode: `npm run check`'s
// own exploration (a sample guided by coverage, the same paths on every run), with each path's
// properties checked as it ends. One test file per mode, so the walks of
// a scenario's modes run on both test workers at once.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkScenario, type CheckReport } from '../../src/cli/check.ts';
import { loadScenario, type CompiledScenario } from '../../src/cli/scenarios.ts';
import { DEFAULT_STALE_PATHS, type ExploreResult } from '../../src/session/explore.ts';
import { Session } from '../../src/session/session.ts';
import { runFromSession } from '../../src/session/run.ts';
import { validateRun } from '../../src/session/validate.ts';
import { pathProblems, timeFacts } from './path-properties.ts';

/** The share of a mode's written choices some path must take: a choice never offered is either
 * a guard for a state the story never reaches there (a break offered while flooded) or dead text. */
export const MIN_CHOICE_COVERAGE = 0.85;

export interface ModeWalk {
  check: CheckReport;
  result: ExploreResult;
  /** Each problem found on some path, with the choices of the first path that shows it. */
  problems: Map<string, number[]>;
  /** Each fact of time seen on some path, with the first path that shows it. */
  facts: Map<string, number[]>;
}

/** Walk one mode of a scenario once, as `check` does, checking every path as it ends. */
export function walkMode(id: string, mode: string): ModeWalk {
  const problems = new Map<string, number[]>();
  const facts = new Map<string, number[]>();
  const check = checkScenario(id, {
    modes: [mode],
    onPath: (session, choices) => {
      for (const problem of pathProblems(session)) if (!problems.has(problem)) problems.set(problem, choices);
      for (const fact of timeFacts(session)) if (!facts.has(fact)) facts.set(fact, choices);
    },
  });
  const result = check.results.find((r) => r.mode === mode);
  if (!result) throw new Error(`check did not walk ${id} as ${mode}: ${check.problems.join('; ')}`);
  return { check, result, problems, facts };
}

/** Play a mode with a list of choice picks (each taken modulo the options on offer). */
export function playPicks(scenario: CompiledScenario, mode: string, picks: number[], seed = 1): Session {
  const session = Session.start({ ...scenario, mode, seed });
  for (let i = 0; !session.ended; i++) session.choose((picks[i % picks.length] % session.choices.length) + 1);
  return session;
}

export interface ModeExpectations {
  /** Every ending this mode must reach. */
  endings: readonly string[];
  /** Facts of time (see timeFacts) some path of this mode must show. */
  facts: readonly string[];
  /** The fewest choices a path to an ending may have (MIN_CHOICES_PER_PATH unless said). */
  minChoicePoints?: number;
}

/** Every path to an ending gives the player at least this many choices (issue: the comment couples). */
export const MIN_CHOICES_PER_PATH = 6;

/** The tests every mode of every scenario gets, on one walk; returns the walk for more. */
export function describeMode(id: string, mode: string, expected: ModeExpectations): { walk: () => ModeWalk } {
  const scenario = loadScenario(id);
  let walk: ModeWalk;
  beforeAll(() => {
    walk = walkMode(id, mode);
  }, 900_000);

  describe(`${id} as ${mode}`, () => {
    it('passes npm run check: compiles, lints and walks clean', () => {
      expect(walk.check.problems).toEqual([]);
    });

    it('has no dead ends, visits every knot, takes most choices, has no ink errors or body contradictions, and reaches every ending', () => {
      const result = walk.result;
      expect(result.paths).toBeGreaterThanOrEqual(DEFAULT_STALE_PATHS);
      expect(result.errors.examples).toEqual([]);
      expect(result.deadEnds.examples).toEqual([]);
      expect(result.unvisitedKnots).toEqual([]);
      expect(result.unreachableKnots).toEqual([]);
      expect(result.warnings).toEqual([]);
      expect(Object.keys(result.endings).sort()).toEqual([...expected.endings].sort());
      expect(result.coverage.taken / result.coverage.choices).toBeGreaterThanOrEqual(MIN_CHOICE_COVERAGE);
      console.log(
        `${mode}: ${result.paths} paths in ${result.milliseconds} ms; choices taken ${result.coverage.taken} of ${result.coverage.choices}; choice points ${JSON.stringify(result.choicePoints)}`,
      );
    });

    it('keeps every path honest: flooded words, breaks on offer, the clock, and the endings', () => {
      expect(Object.fromEntries(walk.problems)).toEqual({});
    });

    it('tells time through the clock: breaks last while the story tells them, and talk inside one floods again', () => {
      const seen = walk.facts;
      for (const fact of expected.facts) expect([...seen.keys()]).toContain(fact);
      console.log(`${mode}: ${JSON.stringify(Object.fromEntries(seen))}`);
    });

    it('restores the saved state at any choice and continues identically; every run validates', () => {
      fc.assert(
        fc.property(fc.array(fc.nat(5), { minLength: 1, maxLength: 20 }), fc.nat(), (picks, cut) => {
          const full = playPicks(scenario, mode, picks);
          const k = cut % full.checkpoints.length;
          const copy = JSON.parse(JSON.stringify(full.checkpoints.slice(0, k + 1)));
          const resumed = Session.resume({ ...scenario, mode }, copy, full.steps);
          const taken = full.steps.filter((s) => s.kind === 'choice').map((s) => s.chosen!);
          taken.slice(k).forEach((n) => resumed.choose(n));
          expect(JSON.stringify(resumed.steps)).toBe(JSON.stringify(full.steps));
          const now = '2026-11-21T10:00:00.000Z';
          expect(() =>
            validateRun(JSON.parse(JSON.stringify(runFromSession(full, { id: 'r', createdAt: now, now })))),
          ).not.toThrow();
        }),
        { numRuns: 40 },
      );
    });

    it('offers at least 8 choice points on a typical path, and never fewer than the floor on any', () => {
      expect(walk.result.choicePoints.mean).toBeGreaterThanOrEqual(8);
      expect(walk.result.choicePoints.min).toBeGreaterThanOrEqual(
        expected.minChoicePoints ?? MIN_CHOICES_PER_PATH,
      );
    });

    it('plays differently under different seeds: a soft start-up can be misheard (Weiss 1980, sentiment override)', () => {
      // The same choices under seeds 1–30; the run's seed decides how each move is heard.
      const picks = [0, 0, 0, 0, 0, 0, 0, 0];
      const softFirst = (seed: number) => {
        const session = Session.start({ ...scenario, mode, seed });
        for (let i = 0; !session.ended && i < 3; i++) {
          const soft = session.choices.findIndex((c) => c.move === 'soft_startup');
          session.choose((soft >= 0 ? soft : picks[i] % session.choices.length) + 1);
        }
        return session;
      };
      const runs = Array.from({ length: 30 }, (_, i) => softFirst(i + 1));
      const texts = new Set(runs.map((s) => JSON.stringify(s.steps.map((step) => step.text))));
      expect(texts.size).toBeGreaterThan(1);
      const misheard = runs.some((s) =>
        s.steps.some(
          (step) =>
            step.move?.type === 'soft_startup' &&
            Object.values(step.snapshot.partners).some((p) => p.reception === 'misread'),
        ),
      );
      expect(misheard).toBe(true);
    });
  });
  return { walk: () => walk };
}
