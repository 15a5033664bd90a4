// The flagship scenario, checked as a whole: every mode explored exhaustively, and on every path
// of that walk the partners' words follow the model, the endings are honest to the research,
// time is the clock's, and a flooded player is always offered a break.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadInkFiles, loadScenario } from '../../src/cli/scenarios.ts';
import { checkScenario, type CheckReport } from '../../src/cli/check.ts';
import type { ExploreResult } from '../../src/session/explore.ts';
import { isWarmMove, Session, type Step } from '../../src/session/session.ts';
import { FLOOD_RECOVERY_MINUTES, FLOODING_HEART_RATE } from '../../src/sim/parameters.ts';
import type { PartnerReading } from '../../src/sim/simulation.ts';
import { lintInk } from '../../src/story/lint.ts';
import { runFromSession } from '../../src/session/run.ts';
import { validateRun } from '../../src/session/validate.ts';

const scenario = loadScenario('kara-and-jake');
const files = loadInkFiles('kara-and-jake');
const MODES = ['pursuer', 'distancer', 'counselor'] as const;
const ENDINGS = ['deadlock', 'walked_out', 'break_and_return', 'reconnected'];

const overTheLine = (p: PartnerReading) => p.heartRate > FLOODING_HEART_RATE;

/** Everything that must hold on every path of a mode; returns what does not, in words. */
function pathProblems(session: Session): string[] {
  const problems: string[] = [];
  const steps = session.steps;
  const player = session.player;
  let clock = 0;
  steps.forEach((step, i) => {
    if (step.snapshot.minutes < clock) problems.push(`the clock runs backwards at "${step.text}"`);
    clock = step.snapshot.minutes;
    const before = i > 0 ? steps[i - 1].snapshot : null;
    // Flooding shuts down listening and warmth (Gottman): a flooded simulated partner makes no warm move.
    if (step.kind === 'line' && step.move && before) {
      const speaker = before.partners[step.move.by];
      if (speaker && overTheLine(speaker) && isWarmMove(step.move.type))
        problems.push(`${step.move.by}, flooded, says warmly: "${step.text}"`);
    }
    // DESIGN §4a: when the player's own character is flooded, a break is always on offer.
    if (step.kind === 'choice' && before && before.partners[player] && overTheLine(before.partners[player])) {
      if (!step.choices!.some((c) => c.move === 'take_break'))
        problems.push(`${player} is flooded at "${step.text}" and no break is on offer`);
    }
  });
  const last = steps[steps.length - 1]?.snapshot;
  if (!last) return ['no steps'];
  if (session.ending === 'reconnected' && Object.values(last.partners).some(overTheLine))
    problems.push('reconnected with someone flooded');
  if (
    session.ending === 'walked_out' &&
    !steps.some((s) => Object.values(s.snapshot.partners).some(overTheLine))
  )
    problems.push('walked out with nobody ever flooded');
  if (session.ending === 'break_and_return' && longestQuietBreak(steps) < FLOOD_RECOVERY_MINUTES)
    problems.push(`break_and_return after a break of only ${longestQuietBreak(steps)} quiet minutes`);
  return problems;
}

/** The longest stretch of a declared break, in simulated minutes, before anyone spoke. */
function longestQuietBreak(steps: readonly Step[]): number {
  return Math.max(
    0,
    ...steps.map((s) => (s.snapshot.breakSince === null ? 0 : s.snapshot.minutes - s.snapshot.breakSince)),
  );
}

/** What a path shows of time (DESIGN §4a), so the tests can ask that each is reachable. */
function timeFacts(session: Session): string[] {
  const facts: string[] = [];
  const steps = session.steps;
  steps.forEach((step, i) => {
    const before = i > 0 ? steps[i - 1].snapshot : null;
    if (!before) return;
    // A partner speaks during a break while still over the flooding line.
    if (step.kind === 'line' && step.move && step.snapshot.partners[step.move.by]?.onBreak) {
      if (overTheLine(before.partners[step.move.by]))
        facts.push(`${step.move.by} speaks flooded during a break`);
    }
    // Talk inside the twenty minutes floods again.
    if (before.breakSince !== null && step.snapshot.breakSince === null) {
      for (const [id, p] of Object.entries(before.partners)) {
        if (p.state === 'cooling' && step.snapshot.partners[id].state === 'flooded')
          facts.push('talk during a break floods again');
      }
    }
    // Narrated time lets bodies settle.
    if (step.snapshot.minutes - before.minutes >= 10 && !step.move) facts.push('narrated time passes');
  });
  return facts;
}

const results = new Map<string, ExploreResult>();
const problems = new Map<string, Map<string, number[]>>();
const facts = new Map<string, Map<string, number[]>>();
let check: CheckReport;

// One exploration of the scenario for the whole file: `npm run check`'s own walk, with every
// path's properties checked as it ends.
beforeAll(() => {
  for (const mode of MODES) {
    problems.set(mode, new Map());
    facts.set(mode, new Map());
  }
  check = checkScenario('kara-and-jake', {
    onPath: (session, choices) => {
      const found = problems.get(session.mode.id)!;
      const seen = facts.get(session.mode.id)!;
      for (const problem of pathProblems(session)) if (!found.has(problem)) found.set(problem, choices);
      for (const fact of timeFacts(session)) if (!seen.has(fact)) seen.set(fact, choices);
    },
  });
  for (const result of check.results) results.set(result.mode, result);
}, 900_000);

/** Play a mode with a list of choice picks (each taken modulo the options on offer). */
function playPicks(mode: string, picks: number[], seed = 1): Session {
  const session = Session.start({ ...scenario, mode, seed });
  for (let i = 0; !session.ended; i++) session.choose((picks[i % picks.length] % session.choices.length) + 1);
  return session;
}

/** Lines of ink source, with their file and number, that are not comments. */
const sourceLines = Object.entries(files).flatMap(([file, text]) =>
  text.split('\n').map((line, i) => ({ where: `${file}:${i + 1}`, line: line.replace(/\/\/.*$/, '') })),
);

describe('Kara and Jake', () => {
  it('passes npm run check: compiles, lints and walks clean in every mode', () => {
    expect(check.problems).toEqual([]);
    expect(check.results.map((r) => r.mode).sort()).toEqual([...MODES].sort());
  });

  it('has clean tags and moves throughout', () => {
    expect(lintInk(files, scenario.manifest)).toEqual([]);
  });

  it('tags every line that narrates a body with #body, so the model can check it (DESIGN §4a)', () => {
    const untagged = sourceLines.filter(
      ({ line }) =>
        /\b(heart|pulse|chest|pounding|racing|adrenaline)\b/i.test(line) &&
        !/#coach/.test(line) &&
        !/#body:/.test(line),
    );
    expect(untagged.map((u) => `${u.where}: ${u.line.trim()}`)).toEqual([]);
  });

  it('states principles in coach lines without gendering the roles', () => {
    const gendered = sourceLines.filter(
      ({ line }) =>
        /#coach/.test(line) &&
        /\b(pursuers?|distancers?|withdrawers?)\b/i.test(line) &&
        /\b(she|he|her|him|his|hers)\b/i.test(line.replace(/Kara|Jake/g, '')) &&
        !/\b(Kara|Jake)\b/.test(line),
    );
    expect(gendered.map((u) => `${u.where}: ${u.line.trim()}`)).toEqual([]);
  });

  describe.each(MODES)('as %s', (mode) => {
    it('has no dead ends, no unreachable knots, no ink errors or body contradictions, and reaches every ending', () => {
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

    it('keeps every path honest: flooded words, breaks on offer, the clock, and the endings', () => {
      expect(Object.fromEntries(problems.get(mode)!)).toEqual({});
    });

    it('tells time through the clock: breaks last while the story tells them, and talk inside one floods again', () => {
      const seen = facts.get(mode)!;
      expect([...seen.keys()]).toContain('narrated time passes');
      expect([...seen.keys()]).toContain('talk during a break floods again');
      console.log(`${mode}: ${JSON.stringify(Object.fromEntries(seen))}`);
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
        { numRuns: 40 },
      );
    });

    it('offers at least 8 choice points on a typical path', () => {
      expect(results.get(mode)!.choicePoints.mean).toBeGreaterThanOrEqual(8);
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

  it("lets Jake answer Kara's call for a break while he is still flooded (as Kara)", () => {
    expect([...facts.get('pursuer')!.keys()]).toContain('jake speaks flooded during a break');
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
