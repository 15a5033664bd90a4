import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenarios.ts';
import { branchRun } from '../../src/session/compare.ts';
import {
  compactHead,
  compactRun,
  CompactRunError,
  expandRun,
  isReplayed,
  summaryOf,
  validateCompactRun,
  validateSummary,
} from '../../src/session/compact.ts';
import { runFromSession, sessionFromRun, type RunRecord } from '../../src/session/run.ts';
import { Session } from '../../src/session/session.ts';
import { RunFormatError } from '../../src/session/validate.ts';
import { fixture } from '../fixtures.ts';

const NOW = '2026-11-21T10:00:00.000Z';
const LATER = '2026-11-22T09:30:00.000Z';
const karaAndJake = () => loadScenario('kara-and-jake');

/** A Kara and Jake run as the browser saves it (through JSON), taking `pick(count, turn)`. */
function played(
  mode: string,
  seed: number,
  pick: (count: number, turn: number) => number,
  maxChoices = Infinity,
  id = `run-${mode}-${seed}`,
): RunRecord {
  const session = Session.start({ ...karaAndJake(), mode, seed });
  for (let turn = 0; !session.ended && turn < maxChoices; turn++) {
    session.choose(pick(session.choices.length, turn));
  }
  return JSON.parse(JSON.stringify(runFromSession(session, { id, createdAt: NOW, now: LATER })));
}

/** The full record after a trip through compact form and structured storage. */
function roundTrip(record: RunRecord, story = karaAndJake()) {
  const stored = structuredClone(compactRun(record, story));
  return { stored, ...expandRun(validateCompactRun(stored), story) };
}

describe('compact runs: stored without what a replay re-derives', () => {
  it.each([
    ['pursuer', 3, () => 1],
    ['pursuer', 9, (count: number) => count],
    ['distancer', 5, (count: number, turn: number) => (turn % count) + 1],
    ['counselor', 11, () => 1],
    ['counselor', 2, (count: number, turn: number) => ((turn * 7) % count) + 1],
  ])('a finished %s run (seed %i) comes back exactly, JSON for JSON', (mode, seed, pick) => {
    const record = played(mode, seed, pick);
    expect(record.finished).toBe(true);
    const { stored, run, exact } = roundTrip(record);
    expect(isReplayed(stored)).toBe(true);
    expect(JSON.stringify(run)).toBe(JSON.stringify(record));
    expect(exact).toBe(true);
    // A stored run is a small fraction of the full record.
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(record).length / 20);
  });

  it('an unfinished run comes back exactly, and resumes where it stopped', () => {
    const record = played('distancer', 4, () => 2, 3);
    expect(record.finished).toBe(false);
    const { run } = roundTrip(record);
    expect(JSON.stringify(run)).toBe(JSON.stringify(record));
    expect(sessionFromRun(run, karaAndJake()).steps).toEqual(record.steps);
  });

  it('a run with no choice yet comes back exactly', () => {
    const record = played('pursuer', 1, () => 1, 0);
    expect(JSON.stringify(roundTrip(record).run)).toBe(JSON.stringify(record));
  });

  it('a branched run, continued from a restored checkpoint, comes back exactly with its links', () => {
    const parent = played('pursuer', 6, () => 1);
    const { session } = branchRun(parent, 1, karaAndJake(), { id: 'branch', createdAt: NOW, now: NOW });
    while (!session.ended) session.choose(session.choices.length);
    const record: RunRecord = JSON.parse(
      JSON.stringify(
        runFromSession(session, {
          id: 'branch',
          parentId: parent.id,
          branchedAt: 1,
          createdAt: NOW,
          now: LATER,
        }),
      ),
    );
    const { stored, run } = roundTrip(record);
    expect(compactHead(stored)).toMatchObject({ parentId: parent.id, branchedAt: 1 });
    expect(JSON.stringify(run)).toBe(JSON.stringify(record));
  });

  it('any choices on any seed come back exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('pursuer', 'distancer', 'counselor'),
        fc.nat(1_000_000),
        fc.array(fc.nat(8), { maxLength: 12 }),
        (mode, seed, picks) => {
          const record = played(mode, seed, (count, turn) => ((picks[turn] ?? 0) % count) + 1, picks.length);
          expect(JSON.stringify(roundTrip(record).run)).toBe(JSON.stringify(record));
        },
      ),
      { numRuns: 12 },
    );
  });

  it('keeps a run of an older story version whole, since a replay cannot re-derive it', () => {
    const record = { ...played('pursuer', 3, () => 1), storyVersion: 'older-version' };
    const { stored, run } = roundTrip(record);
    expect(isReplayed(stored)).toBe(false);
    expect(JSON.stringify(run)).toBe(JSON.stringify(record));
    // Opening it needs no story at all.
    expect(expandRun(stored, undefined).run).toEqual(record);
  });

  it('keeps whole a run of a scenario this build lacks, and one a replay does not reproduce', () => {
    const record = played('counselor', 3, () => 1);
    expect(isReplayed(compactRun(record, undefined))).toBe(false);
    const tampered = structuredClone(record);
    tampered.steps[2].text = 'A line the story never said.';
    const stored = compactRun(tampered, karaAndJake());
    expect(isReplayed(stored)).toBe(false);
    expect(expandRun(stored, karaAndJake()).run).toEqual(tampered);
  });

  it('says when a replay no longer reproduces the recording, and needs the right story', () => {
    const record = played('pursuer', 3, () => 1);
    const stored = compactRun(record, karaAndJake());
    expect(expandRun({ ...stored, digest: 'something else' }, karaAndJake()).exact).toBe(false);
    expect(() => expandRun(stored, undefined)).toThrow(CompactRunError);
    expect(() => expandRun(stored, fixture('tiny'))).toThrow(/needs version .* of its story/);
  });

  it('refuses damaged stored runs with a reason', () => {
    const stored = compactRun(
      played('pursuer', 3, () => 1),
      karaAndJake(),
    );
    expect(() => validateCompactRun(null)).toThrow(/not a stored run/);
    expect(() => validateCompactRun({ ...stored, version: 9 })).toThrow(/version 9/);
    expect(() => validateCompactRun({ ...stored, head: { ...compactHead(stored), choices: ['x'] } })).toThrow(
      RunFormatError,
    );
    const whole = compactRun({ ...played('pursuer', 3, () => 1), storyVersion: 'old' }, karaAndJake());
    expect(() => validateCompactRun({ ...whole, whole: { ...compactHead(whole), steps: 'lost' } })).toThrow(
      /steps must be a list/,
    );
  });

  it('summarises a run for My runs: its head and each partner’s arousal curve', () => {
    const record = played('pursuer', 3, () => 1);
    const summary = validateSummary(structuredClone(summaryOf(record, true)));
    expect(summary).toMatchObject({ id: record.id, choices: record.choices, ending: record.ending });
    expect(Object.keys(summary.arousal)).toEqual(['kara', 'jake']);
    expect(summary.arousal.jake).toHaveLength(record.steps.length);
    expect(summary.arousal.jake[3]).toBeCloseTo(record.steps[3].snapshot.partners.jake.arousal, 1);
    expect(summary).not.toHaveProperty('steps');
    expect(() => validateSummary({ ...summary, arousal: { kara: ['high'] } })).toThrow(/arousal\.kara/);
    expect(() => validateSummary({ ...summary, mode: 'villain' })).toThrow(/mode must be one of/);
  });
});
