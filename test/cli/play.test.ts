import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAY_INPUT_ERRORS, runPlay } from '../../src/cli/play.ts';
import { inProcess, spawned } from './in-process.ts';
import { validateRun } from '../../src/session/validate.ts';
import { Session } from '../../src/session/session.ts';
import { loadScenario } from '../../src/cli/scenarios.ts';
import { FIXTURE_STORIES } from '../fixtures.ts';
import { RUBRIC_ITEMS, type RubricItemId } from '../../src/session/rubric.ts';
import { scoreSession } from '../../src/session/score.ts';

const dir = mkdtempSync(join(tmpdir(), 'dod-play-'));
const cli = (...args: string[]) => inProcess(runPlay, PLAY_INPUT_ERRORS, args);

describe('npm run play', () => {
  it('plays scripted choices and prints the DESIGN §8 JSON', () => {
    const report = JSON.parse(
      runPlay([
        '--scenario',
        'kara-and-jake',
        '--as',
        'pursuer',
        '--choices',
        '2,1',
        '--seed',
        '3',
        '--json',
      ]),
    );
    expect(report.steps.length).toBeGreaterThan(5);
    const step = report.steps.find((s: { chosen?: number }) => s.chosen);
    expect(Object.keys(step).sort()).toEqual([
      'choices',
      'chosen',
      'clock',
      'cycle',
      'kind',
      'partners',
      'speaker',
      'tags',
      'text',
    ]);
    expect(step.chosen).toBe(2);
    expect(step.clock).toBe(1);
    expect(Object.keys(step.partners.jake)).toEqual(
      expect.arrayContaining(['onBreak', 'heartRate', 'stance']),
    );
    const clocks = report.steps.map((s: { clock: number }) => s.clock);
    expect(clocks).toEqual([...clocks].sort((a, b) => a - b));
    expect(report.ending).toBeNull();
    expect(report.awaiting.length).toBeGreaterThan(1);
  });

  it('scores a counselor run that reaches an ending', () => {
    // The first option every time, for as long as the story offers choices.
    const session = Session.start({ ...loadScenario('kara-and-jake'), mode: 'counselor' });
    while (!session.ended) session.choose(1);
    const choices = session.steps.filter((s) => s.kind === 'choice').map(() => 1);
    const report = JSON.parse(
      runPlay(['--scenario', 'kara-and-jake', '--as', 'counselor', '--choices', choices.join(','), '--json']),
    );
    expect(report.ending).not.toBeNull();
    expect(report.score.total).toBeGreaterThanOrEqual(0);
    expect(report.score.total).toBeLessThanOrEqual(100);
    // The rubric, item by item, with the turns that earned or lost each (issue: score.items).
    expect(report.score.items.map((i: { id: string }) => i.id)).toEqual(Object.keys(RUBRIC_ITEMS));
    for (const item of report.score.items) {
      expect(item).toEqual({
        id: item.id,
        label: RUBRIC_ITEMS[item.id as RubricItemId].label,
        source: expect.any(String),
        earned: expect.any(Number),
        max: expect.any(Number),
        turns: expect.any(Array),
      });
      for (const turn of item.turns) {
        expect(turn.choice).toBeGreaterThanOrEqual(0);
        expect(turn.choice).toBeLessThan(choices.length);
        expect(['earned', 'lost']).toContain(turn.outcome);
      }
    }
    expect(report.score).toEqual(scoreSession(session.steps, { kara: 'Kara', jake: 'Jake' }));
  });

  it('saves a run in the browser export format, replays it, and compares two runs', () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    runPlay(['--scenario', 'kara-and-jake', '--as', 'pursuer', '--choices', '1,1,1', '--save-run', a]);
    runPlay(['--scenario', 'kara-and-jake', '--as', 'pursuer', '--choices', '1,2,1', '--save-run', b]);
    const saved = validateRun(JSON.parse(readFileSync(a, 'utf8')));
    expect(saved.choices).toEqual([1, 1, 1]);
    const replay = JSON.parse(runPlay(['--from-run', a, '--json']));
    expect(replay.fromRun).toMatchObject({ storyVersionMatches: true, matchesRecording: true });
    const comparison = JSON.parse(runPlay(['--compare', a, b]));
    expect(comparison.split.choice).toBe(2);
    expect(comparison.scenario).toBe('kara-and-jake');
  });

  it('flags a run recorded on an older version of its story', () => {
    const a = join(dir, 'a.json');
    const old = join(dir, 'old.json');
    writeFileSync(
      old,
      JSON.stringify({ ...JSON.parse(readFileSync(a, 'utf8')), storyVersion: 'an-older-one' }),
    );
    expect(runPlay(['--from-run', old])).toMatch(/RECORDED ON AN OLDER VERSION OF THIS STORY/);
  });

  it.each([
    [
      ['--scenario', 'kara-and-jake', '--as', 'pursuer', '--choices', '9'],
      /choice 1 \('9'\): choice 9 is not on offer/,
    ],
    [['--scenario', 'kara-and-jake', '--as', 'villain'], /has no mode 'villain'/],
    [['--from-run', 'package.json'], /not a Dance of Distance run/],
    [
      [
        '--scenario',
        'kara-and-jake',
        '--as',
        'pursuer',
        '--choices',
        '1',
        '--save-run',
        '/nonexistent/dir/run.json',
      ],
      /^error: ENOENT: no such file or directory/,
    ],
  ])('exits 2 with a one-line error for %j', (args, message) => {
    const result = cli(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('the commands, spawned as a user runs them', () => {
  it('play prints a transcript, and one error line with status 2 on bad input', () => {
    const ok = spawned('play', ['--scenario', 'kara-and-jake', '--as', 'pursuer', '--choices', '1']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/kara/i);
    const bad = spawned('play', ['--scenario', 'kara-and-jake', '--as', 'villain']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: .*has no mode 'villain'/)]);
  });

  it('explore prints how many paths it walked and how long it took', () => {
    const result = spawned('explore', ['--stories', FIXTURE_STORIES, '--scenario', 'tiny']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/dead ends: 0/);
    expect(result.stdout).toMatch(/unreachable knots: 0/);
    expect(result.stdout).toMatch(/walked \d+ paths in \d+\.\d s/);
  });

  it('check reports a broken story with file:line and fails; passes a sound one', () => {
    const broken = spawned('check', ['--stories', FIXTURE_STORIES, '--scenario', 'deadend']);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/part\.ink:\d+: knot 'tiny_orphan' is never reached/);
    const sound = spawned('check', ['--stories', FIXTURE_STORIES, '--scenario', 'tiny']);
    expect(sound.stdout).toMatch(/tiny: ok/);
    expect(sound.status).toBe(0);
  });
});
