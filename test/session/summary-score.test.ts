// The compact score a counselor run's summary carries, for My runs' progress view.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenarios.ts';
import {
  needsScore,
  SUMMARY_SCORE_VERSION,
  summaryOf,
  validateSummary,
  type RunSummary,
} from '../../src/session/compact.ts';
import { faultsOf } from '../../src/session/rubric.ts';
import { runFromSession, type RunRecord } from '../../src/session/run.ts';
import { scoreSession } from '../../src/session/score.ts';
import { Session } from '../../src/session/session.ts';

const NOW = '2026-11-21T10:00:00.000Z';

function played(mode: string, seed: number, pick: (count: number, turn: number) => number): RunRecord {
  const session = Session.start({ ...loadScenario('kara-and-jake'), mode, seed });
  for (let turn = 0; !session.ended; turn++) session.choose(pick(session.choices.length, turn));
  return JSON.parse(JSON.stringify(runFromSession(session, { id: `run-${seed}`, createdAt: NOW, now: NOW })));
}

describe('the score in a counselor run’s summary', () => {
  it.each([
    [4, (count: number) => count],
    [7, (count: number, turn: number) => ((turn * 5) % count) + 1],
    [12, () => 1],
  ])('is the session score in brief: total, fidelity, items and faults (seed %i)', (seed, pick) => {
    const record = played('counselor', seed, pick);
    const full = scoreSession(record.steps);
    const summary = validateSummary(structuredClone(summaryOf(record, true)));
    expect(summary.score).toEqual({
      version: SUMMARY_SCORE_VERSION,
      total: full.total,
      fidelity: full.fidelity,
      items: full.items.map(({ id, earned, max }) => ({ id, earned, max })),
      faults: expect.any(Array),
    });
    // The same faults at the same choice points as the rubric's own list, each with its item.
    expect(summary.score!.faults.map(({ fault, choice }) => ({ fault, choice })).sort(byChoice)).toEqual(
      faultsOf(full.items).sort(byChoice),
    );
    for (const { fault, item } of summary.score!.faults)
      expect(full.items.find((i) => i.id === item)!.turns.some((t) => t.fault === fault)).toBe(true);
    expect(needsScore(summary)).toBe(false);
    // Small: a few hundred characters beside the run's curve.
    expect(JSON.stringify(summary.score).length).toBeLessThan(800);
  });

  it('is only on counselor runs', () => {
    const summary = summaryOf(
      played('pursuer', 3, () => 1),
      true,
    );
    expect(summary).not.toHaveProperty('score');
    expect(needsScore(summary)).toBe(false);
  });

  it('is missing from a summary saved before scores were kept: valid, and waiting to be scored', () => {
    const { score, ...old } = summaryOf(
      played('counselor', 4, () => 1),
      true,
    );
    expect(score).toBeDefined();
    expect(validateSummary(structuredClone(old))).toEqual(old);
    expect(needsScore(old as RunSummary)).toBe(true);
    // A score of an older rubric is kept as it is, and scored again.
    const older = { ...old, score: { version: SUMMARY_SCORE_VERSION - 1, anything: 'else' } };
    expect(() => validateSummary(older)).not.toThrow();
    expect(needsScore(older as unknown as RunSummary)).toBe(true);
  });

  it('is refused with a reason when damaged, like the rest of the summary', () => {
    const summary = summaryOf(
      played('counselor', 4, () => 1),
      true,
    );
    const score = summary.score!;
    const bad = (patch: object) => () => validateSummary({ ...summary, score: { ...score, ...patch } });
    expect(() => validateSummary({ ...summary, score: 'high' })).toThrow(/score must be an object/);
    expect(() => validateSummary({ ...summary, score: [] })).toThrow(/score must be an object/);
    expect(bad({ version: 'one' })).toThrow(/score\.version/);
    expect(bad({ total: 101 })).toThrow(/score\.total/);
    expect(bad({ fidelity: -1 })).toThrow(/score\.fidelity/);
    expect(bad({ fidelity: '50' })).toThrow(/score\.fidelity/);
    expect(bad({ items: null })).toThrow(/score\.items must be a list/);
    expect(bad({ items: [{ id: 'charisma', earned: 1, max: 1 }] })).toThrow(/score\.items\[0\]\.id/);
    expect(bad({ items: [{ id: '__proto__', earned: 1, max: 1 }] })).toThrow(/score\.items\[0\]\.id/);
    expect(
      bad({
        items: [
          { id: 'track', earned: 1, max: 2 },
          { id: 'track', earned: 1, max: 2 },
        ],
      }),
    ).toThrow(/score\.items\[1\]\.id must be a rubric item, once/);
    expect(bad({ items: [{ id: 'track', earned: 3, max: 2 }] })).toThrow(/score\.items\[0\] must earn/);
    expect(bad({ items: [{ id: 'track', earned: 0.5, max: 2 }] })).toThrow(/score\.items\[0\] must earn/);
    expect(bad({ faults: {} })).toThrow(/score\.faults must be a list/);
    expect(bad({ faults: [{ fault: 'rudeness', choice: 0, item: 'track' }] })).toThrow(
      /score\.faults\[0\]\.fault must be one of take_sides/,
    );
    expect(bad({ faults: [{ fault: 'advise', choice: -1, item: 'no_fixing' }] })).toThrow(
      /score\.faults\[0\]\.choice/,
    );
    expect(bad({ faults: [{ fault: 'advise', choice: 1, item: 'charisma' }] })).toThrow(
      /score\.faults\[0\]\.item/,
    );
    expect(bad({ faults: [null] })).toThrow(/score\.faults\[0\] must be an object/);
  });
});

const byChoice = (a: { choice: number; fault: string }, b: { choice: number; fault: string }) =>
  a.choice - b.choice || a.fault.localeCompare(b.fault);
