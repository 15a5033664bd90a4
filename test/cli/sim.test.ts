import { describe, expect, it } from 'vitest';
import { runSim, SIM_INPUT_ERRORS } from '../../src/cli/sim.ts';
import { inProcess, spawned } from './in-process.ts';

const cli = (...args: string[]) => inProcess(runSim, SIM_INPUT_ERRORS, args);

describe('npm run sim', () => {
  it('prints the DESIGN §8 JSON for a sequence of moves, breaks with their minutes', () => {
    const out = JSON.parse(
      runSim([
        '--scenario',
        'kara-and-jake',
        '--moves',
        'kara:criticize,jake:stonewall,kara:take_break=20',
        '--json',
      ]),
    );
    expect(out.steps).toHaveLength(3);
    const [first, , third] = out.steps;
    expect(first.move).toEqual({ by: 'kara', type: 'criticize' });
    expect(Object.keys(first.partners).sort()).toEqual(['jake', 'kara']);
    expect(Object.keys(first.partners.jake).sort()).toEqual([
      'arousal',
      'heartRate',
      'onBreak',
      'reception',
      'role',
      'stance',
      'state',
    ]);
    expect(first.partners.kara.reception).toBeUndefined();
    expect(Object.keys(first.cycle).sort()).toEqual(['intensity', 'ratio', 'stage', 'trend']);
    expect(third.move).toEqual({ by: 'kara', type: 'take_break', minutes: 20 });
    expect(third.minutes).toBe(22);
    expect(third.partners.kara.onBreak).toBe(true);
    expect(first.partners.jake.arousal).toBeGreaterThan(20);
  });

  it('lets minutes pass with no move (wait=N), keeping a break open until someone speaks', () => {
    const out = JSON.parse(
      runSim([
        '--scenario',
        'kara-and-jake',
        '--moves',
        'kara:contempt,kara:contempt,kara:contempt,kara:contempt,jake:take_break=0,wait=5,kara:bid,wait=20',
        '--json',
      ]),
    );
    const [, , , flooded, breakStarts, fiveMinutes, talk, twenty] = out.steps;
    expect(flooded.partners.jake.state).toBe('flooded');
    expect(breakStarts.minutes).toBe(flooded.minutes);
    expect(breakStarts.partners.jake.onBreak).toBe(true);
    expect(fiveMinutes.move).toEqual({ type: 'wait', minutes: 5 });
    expect(fiveMinutes.minutes).toBe(flooded.minutes + 5);
    expect(fiveMinutes.partners.jake.state).toBe('cooling');
    // Talk inside the twenty minutes ends the break and floods him again (Gottman).
    expect(talk.partners.jake.state).toBe('flooded');
    expect(talk.partners.jake.onBreak).toBe(false);
    // Twenty quiet minutes settle him, break or no break.
    expect(twenty.partners.jake.heartRate).toBeLessThanOrEqual(100);
  });

  it("shows three stonewalls as stonewalling, with the stonewaller's heart rate rising (Gottman & Levenson 1988)", () => {
    const out = JSON.parse(
      runSim([
        '--scenario',
        'kara-and-jake',
        '--moves',
        'jake:stonewall,jake:stonewall,jake:stonewall',
        '--json',
      ]),
    );
    const rates = out.steps.map(
      (s: { partners: { jake: { heartRate: number } } }) => s.partners.jake.heartRate,
    );
    for (const step of out.steps) expect(step.partners.jake.stance).toBe('stonewalling');
    expect(rates[2]).toBeGreaterThan(rates[0]);
    expect(rates[0]).toBeGreaterThan(76); // his resting 66 + set point 20 × 0.5 = 76 bpm
  });

  it('honours --minutes-per-turn', () => {
    const out = JSON.parse(
      runSim([
        '--scenario',
        'kara-and-jake',
        '--moves',
        'kara:bid,jake:turn_toward',
        '--minutes-per-turn',
        '3',
        '--json',
      ]),
    );
    expect(out.steps.map((s: { minutes: number }) => s.minutes)).toEqual([3, 6]);
  });

  it('prints a readable table without --json, one row per move', () => {
    const text = runSim(['--scenario', 'kara-and-jake', '--moves', 'kara:soft_startup,jake:turn_toward']);
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/move.*kara state.*jake state.*stage/);
    expect(lines[2]).toMatch(/kara:soft_startup/);
  });

  it.each([
    [['--scenario', 'nowhere', '--moves', 'kara:bid'], /unknown scenario 'nowhere'/],
    [['--scenario', 'kara-and-jake', '--moves', 'bob:bid'], /unknown partner 'bob'/],
    [['--scenario', 'kara-and-jake', '--moves', 'kara:hug'], /unknown move 'hug'/],
    [
      ['--scenario', 'kara-and-jake', '--moves', 'counselor:criticize'],
      /'criticize' is not a counselor's move/,
    ],
    [['--scenario', 'kara-and-jake', '--moves', 'kara:bid=5'], /'bid' takes no minutes/],
    [['--scenario', '../stories/kara-and-jake', '--moves', 'kara:bid'], /is not a scenario id/],
    [['--scenario', 'kara-and-jake', '--moves', ' , '], /names no move/],
  ])('exits 2 with a one-line error for bad input %j', (args, message) => {
    const result = cli(...args);
    expect(result.status).toBe(2);
    const errorLines = result.stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('runs as a command: a table on stdout, and one error line with status 2 on bad input', () => {
    const ok = spawned('sim', ['--scenario', 'kara-and-jake', '--moves', 'kara:bid']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/kara:bid/);
    const bad = spawned('sim', ['--scenario', 'kara-and-jake', '--moves', 'kara:hug']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: .*unknown move 'hug'/)]);
  });
});
