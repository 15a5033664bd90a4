import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenarios.ts';
import { branchRun, compareRuns, CompareError, whatIf } from '../../src/session/compare.ts';
import {
  isCurrentStory,
  isSameRun,
  runFromSession,
  sessionAt,
  sessionFromRun,
  type RunRecord,
} from '../../src/session/run.ts';
import { Session } from '../../src/session/session.ts';
import {
  MAX_IMPORT_BYTES,
  readRunsFile,
  runsBundle,
  RunFormatError,
  validateRun,
} from '../../src/session/validate.ts';
import { fixture } from '../fixtures.ts';

const tiny = () => fixture('tiny');
const NOW = '2026-11-21T10:00:00.000Z';

function record(choices: number[], id = 'run-a', mode = 'pursuer'): RunRecord {
  const session = Session.start({ ...tiny(), mode, seed: 4 });
  choices.forEach((c) => session.choose(c));
  return JSON.parse(JSON.stringify(runFromSession(session, { id, createdAt: NOW, now: NOW })));
}

describe('runs: save, resume, branch', () => {
  it('round-trips through JSON and validation', () => {
    const run = record([1, 1]);
    expect(validateRun(JSON.parse(JSON.stringify(run)))).toEqual(run);
    expect(run.finished).toBe(true);
    expect(run.ending).toBe('storm');
    expect(run.choices).toEqual([1, 1]);
  });

  it('resumes an unfinished run where it stopped, from its checkpoint', () => {
    const run = record([2]);
    const session = sessionFromRun(run, tiny());
    expect(session.ended).toBe(false);
    expect(session.steps).toEqual(run.steps);
    session.choose(2);
    expect(session.ending).toBe('calm');
  });

  it('branches at a choice point into a new linked run that shares the steps before it', () => {
    const parent = record([1, 1]);
    const { session, run } = branchRun(parent, 1, tiny(), { id: 'run-b', createdAt: NOW, now: NOW });
    expect(run).toMatchObject({
      parentId: 'run-a',
      branchedAt: 1,
      id: 'run-b',
      choices: [1],
      finished: false,
    });
    expect(session.steps).toEqual(parent.steps.slice(0, parent.checkpoints[1].stepCount));
    session.choose(2);
    expect(session.ending).toBe('calm');
  });

  it('replays a run made on an older story version on the story as it is now', () => {
    const run = { ...record([2, 2]), storyVersion: 'older-version' };
    expect(isCurrentStory(run, tiny())).toBe(false);
    const session = sessionFromRun(run, tiny());
    expect(session.ending).toBe('calm');
    expect(sessionAt(run, 1, tiny()).choices).toHaveLength(2);
  });
});

describe('compare and what if', () => {
  it('finds where two runs split and how their outcomes differ', () => {
    const comparison = compareRuns(record([1, 1]), record([1, 2], 'run-b'));
    expect(comparison.split).toMatchObject({ choice: 2, a: 'Press on.', b: 'Let it rest.' });
    expect(comparison.a.ending).toBe('storm');
    expect(comparison.b.ending).toBe('calm');
    expect(comparison.differences).toContain('ending: storm vs calm');
    expect(comparison.split!.step).toBe(record([1, 1]).checkpoints[1].stepCount);
  });

  it('says there is no split for the same choices', () => {
    expect(compareRuns(record([2, 2]), record([2, 2], 'run-b')).split).toBeNull();
  });

  it('refuses to compare runs of different modes', () => {
    expect(() => compareRuns(record([1, 1]), record([1], 'run-b', 'counselor'))).toThrow(CompareError);
  });

  it('shows what each option at a choice point would do to both partners next', () => {
    const options = whatIf(record([1, 1]), 0, tiny());
    expect(options.map((o) => o.move)).toEqual(['criticize', 'soft_startup']);
    expect(options[0].partners.jake.change).toBeGreaterThan(options[1].partners.jake.change);
    const atEnd = whatIf(record([1, 1]), 1, tiny());
    expect(atEnd.map((o) => o.ending)).toEqual(['storm', 'calm']);
  });
});

describe('importing runs', () => {
  const good = () => record([1, 1]);

  it('knows an export read back as the same run, and a run played on after export as another', () => {
    const run = good();
    expect(isSameRun(run, JSON.parse(JSON.stringify(run)))).toBe(true);
    expect(isSameRun(run, record([1, 2]))).toBe(false);
    expect(isSameRun(run, { ...run, updatedAt: '2026-11-22T10:00:00.000Z' })).toBe(false);
    expect(isSameRun(run, { ...run, id: 'run-z' })).toBe(false);
  });

  it('reads one run or a bundle', () => {
    expect(readRunsFile(JSON.stringify(good())).runs).toHaveLength(1);
    const bundle = runsBundle([good(), record([2, 2], 'run-b')], NOW);
    expect(readRunsFile(bundle)).toMatchObject({ refused: [] });
    expect(readRunsFile(bundle).runs.map((r) => r.id)).toEqual(['run-a', 'run-b']);
  });

  it('reads a file that starts with a byte-order mark as the browser does', () => {
    expect(readRunsFile(`\uFEFF${JSON.stringify(good())}`)).toMatchObject({ refused: [] });
  });

  it('refuses a truncated file', () => {
    const text = JSON.stringify(good());
    expect(readRunsFile(text.slice(0, text.length / 2)).refused[0]).toMatch(/not valid JSON .*truncated/);
  });

  it('refuses a foreign file, naming what it is', () => {
    expect(readRunsFile('{"name":"left-pad","version":"1.3.0"}').refused[0]).toMatch(
      /not a Dance of Distance run \(format is null\)/,
    );
    expect(readRunsFile('[1,2,3]').refused[0]).toMatch(/expected a JSON object/);
  });

  it('refuses another version', () => {
    expect(readRunsFile(JSON.stringify({ ...good(), version: 7 })).refused[0]).toMatch(
      /format version 7; this game reads version 1/,
    );
  });

  it.each([
    [
      'a step text that is not text',
      (r: RunRecord) => ((r.steps[0] as unknown as { text: number }).text = 42),
      /steps\[0\]\.text must be text/,
    ],
    [
      'an unknown move',
      (r: RunRecord) => ((r.steps.find((s) => s.move)!.move as { type: string }).type = 'hug'),
      /is not a known move/,
    ],
    [
      'an arousal out of range',
      (r: RunRecord) => (r.steps[1].snapshot.partners.jake.arousal = 400),
      /arousal must be a number from 0 to 100/,
    ],
    [
      'a negative choice',
      (r: RunRecord) => (r.choices[0] = -1),
      /choices\[0\] must be a whole number from 1/,
    ],
    [
      'a checkpoint past the end',
      (r: RunRecord) => (r.checkpoints[0].stepCount = 999),
      /points past the last step/,
    ],
    ['an id with markup', (r: RunRecord) => (r.id = '<script>'), /id may hold only/],
  ])('refuses %s, with where and why', (_, damage, message) => {
    const run = good();
    damage(run);
    expect(() => validateRun(run)).toThrow(RunFormatError);
    expect(readRunsFile(JSON.stringify(run)).refused[0]).toMatch(message);
  });

  it('imports the good runs of a bundle and reports the bad ones', () => {
    const bad = { ...good(), id: 'bad', mode: 'villain' };
    const result = readRunsFile(runsBundle([good(), bad as RunRecord], NOW));
    expect(result.runs.map((r) => r.id)).toEqual(['run-a']);
    expect(result.refused).toEqual(['run 2: mode must be one of pursuer, distancer, counselor']);
  });

  it('refuses a huge file without parsing it', () => {
    const huge = ' '.repeat(MAX_IMPORT_BYTES + 1);
    expect(readRunsFile(huge).refused[0]).toMatch(/larger than 10 MB/);
  });

  it('keeps markup in text fields as plain text (the DOM layer renders it as text)', () => {
    const run = good();
    run.steps[0].text = '<img src=x onerror=alert(1)>';
    expect(readRunsFile(JSON.stringify(run)).runs[0].steps[0].text).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('the Kara and Jake runs', () => {
  it('compare a harsh and a soft opening: they split at choice 1', () => {
    const scenario = loadScenario('kara-and-jake');
    const make = (first: number, id: string) => {
      const s = Session.start({ ...scenario, mode: 'pursuer' });
      s.choose(first);
      return runFromSession(s, { id, createdAt: NOW, now: NOW });
    };
    const comparison = compareRuns(make(1, 'harsh'), make(2, 'soft'));
    expect(comparison.split?.choice).toBe(1);
    expect(comparison.a.partners.jake.arousal).toBeGreaterThan(comparison.b.partners.jake.arousal);
  });
});
