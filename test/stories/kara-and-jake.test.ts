// The flagship scenario, checked as a whole: every mode explored exhaustively, the tags clean,
// the partners' words following the model, and the endings honest to the research.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInkFiles, loadScenario } from '../../src/cli/scenarios.ts';
import { explore, type ExploreResult } from '../../src/session/explore.ts';
import { Session, type Step } from '../../src/session/session.ts';
import { DEFAULT_BREAK_MINUTES } from '../../src/sim/parameters.ts';
import { lintInk } from '../../src/story/lint.ts';
import { runFromSession } from '../../src/session/run.ts';
import { validateRun } from '../../src/session/validate.ts';

const scenario = loadScenario('kara-and-jake');
const files = loadInkFiles('kara-and-jake');
const MODES = ['pursuer', 'distancer', 'counselor'] as const;
const ENDINGS = ['deadlock', 'walked_out', 'break_and_return', 'reconnected'];
/** Moves a flooded partner cannot make: flooding shuts down listening and warmth (Gottman). */
const WARM = [
  'turn_toward',
  'validate',
  'own_part',
  'appreciate',
  'share_vulnerable',
  'humor',
  'bid',
  'soft_startup',
  'repair',
  'ask_closeness',
];

const results = new Map<string, ExploreResult>();

beforeAll(() => {
  for (const mode of MODES) results.set(mode, explore({ ...scenario, files, mode }));
}, 300_000);

/** Play a mode with a list of choice picks (each taken modulo the options on offer). */
function playPicks(mode: string, picks: number[]): Session {
  const session = Session.start({ ...scenario, mode });
  for (let i = 0; !session.ended; i++) session.choose((picks[i % picks.length] % session.choices.length) + 1);
  return session;
}

const breakMinutes = (steps: Step[]) =>
  steps
    .filter((s) => s.move && (s.move.type === 'take_break' || s.move.type === 'time_out'))
    .map((s) => s.move!.minutes ?? DEFAULT_BREAK_MINUTES);

describe('Kara and Jake', () => {
  it('has clean tags and moves throughout', () => {
    expect(lintInk(files, scenario.manifest)).toEqual([]);
  });

  describe.each(MODES)('as %s', (mode) => {
    it('has no dead ends, no unreachable knots, no ink errors, and reaches every ending', () => {
      const result = results.get(mode)!;
      expect(result.truncated).toBe(false);
      expect(result.errors.examples).toEqual([]);
      expect(result.deadEnds.examples).toEqual([]);
      expect(result.unreachableKnots).toEqual([]);
      expect(result.warnings).toEqual([]);
      expect(Object.keys(result.endings).sort()).toEqual([...ENDINGS].sort());
      console.log(
        `${mode}: ${result.paths} paths in ${result.milliseconds} ms; choice points ${JSON.stringify(result.choicePoints)}`,
      );
    });

    it('restores the saved state at any choice and continues identically; every run validates', () => {
      fc.assert(
        fc.property(fc.array(fc.nat(5), { minLength: 1, maxLength: 20 }), fc.nat(), (picks, cut) => {
          const full = playPicks(mode, picks);
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
        { numRuns: 60 },
      );
    });

    it('offers at least 8 choice points on a typical path', () => {
      expect(results.get(mode)!.choicePoints.mean).toBeGreaterThanOrEqual(8);
    });

    it("keeps a flooded partner's words flooded, and the endings honest, on random playthroughs", () => {
      fc.assert(
        fc.property(fc.array(fc.nat(5), { minLength: 1, maxLength: 30 }), (picks) => {
          const session = playPicks(mode, picks);
          const steps = session.steps;
          steps.forEach((step, i) => {
            if (step.kind !== 'line' || !step.move || i === 0) return;
            const before = steps[i - 1].snapshot.partners[step.move.by];
            if (before?.state === 'flooded')
              expect(WARM, `${step.move.by} flooded says: ${step.text}`).not.toContain(step.move.type);
          });
          const last = steps[steps.length - 1].snapshot;
          expect(ENDINGS).toContain(session.ending);
          if (session.ending === 'reconnected') {
            expect(Object.values(last.partners).map((p) => p.state)).not.toContain('flooded');
          }
          if (session.ending === 'break_and_return')
            expect(Math.max(0, ...breakMinutes(steps))).toBeGreaterThanOrEqual(20);
          if (session.ending === 'walked_out') {
            expect(
              steps.some((s) => Object.values(s.snapshot.partners).some((p) => p.state === 'flooded')),
            ).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    });
  });

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
        const session = playPicks(mode, [first, second, 0]);
        session.steps.forEach((s) => s.move?.by === 'kara' && seen.add(s.move.type));
      }
    }
    expect(seen).toContain('criticize');
    expect(seen).toContain('soft_startup');
  });
});
