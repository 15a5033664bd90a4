// Whatever the arguments, a command ends in one of two ways: its output (status 0), or one line
// `error: …` with status 2 — never a stack trace (status 1 is a bug). Arguments are drawn from the
// commands' own options and values, and from garbage: paths, numbers, empty strings, unicode.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAY_INPUT_ERRORS, runPlay } from '../../src/cli/play.ts';
import { runSim, SIM_INPUT_ERRORS } from '../../src/cli/sim.ts';
import { inProcess } from './in-process.ts';

const garbage = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '--',
    '-',
    '=',
    ',',
    '../..',
    '/etc/passwd',
    '/nonexistent/x.json',
    'NaN',
    '1e400',
  ),
  fc.constantFrom('-1', '0', '9', '99999999999999999999', '\u0000', 'kará', '🙂', '--json', '--help'),
  fc.string({ maxLength: 12 }),
);

/** An argument list built from option–value pairs, each option maybe left out, its value from its
 * own pool or garbage, plus stray tokens: most draws get past parsing and into the command. */
function argvOf(
  options: Record<string, fc.Arbitrary<string>>,
  stray: fc.Arbitrary<string>,
  /** Options whose value never comes from garbage (a path to write to stays one that fails). */
  exact: readonly string[] = [],
) {
  const pairs = Object.entries(options).map(([name, value]) =>
    fc.option(
      fc.tuple(
        fc.constant(name),
        exact.includes(name)
          ? value
          : fc.oneof({ arbitrary: value, weight: 5 }, { arbitrary: garbage, weight: 1 }),
      ),
      { freq: 6 },
    ),
  );
  return fc
    .tuple(fc.tuple(...pairs), fc.array(stray, { maxLength: 1 }))
    .map(([chosen, extra]) => [...chosen.flatMap((p) => (p ? [p[0], p[1]] : [])), ...extra]);
}

const playArgv = argvOf(
  {
    '--scenario': fc.constantFrom('kara-and-jake', 'tiny', '../stories/kara-and-jake'),
    '--as': fc.constantFrom('pursuer', 'distancer', 'counselor', 'villain'),
    '--choices': fc.constantFrom('1', '2', '1,2,1', '1,,2', '3,x', '9', '1,1,1,1,1,1,1,1,1,1,1,1,1,1,1'),
    '--seed': fc.constantFrom('1', '7', '-5', '1.5'),
    '--save-run': fc.constantFrom('/nonexistent/dir/run.json', '/'),
  },
  fc.constantFrom('--json', '--from-run', '--compare', 'package.json'),
  ['--save-run'],
);

const simArgv = argvOf(
  {
    '--scenario': fc.constantFrom('kara-and-jake', '..', 'Kara'),
    '--moves': fc.constantFrom(
      'kara:bid',
      'jake:take_break=20,wait=5,kara:bid',
      'kara:bid=5',
      'counselor:reflect>jake',
      'kara:,jake:stonewall',
      ':bid',
      'kara:take_break=x',
      'wait=',
      'bob:bid',
    ),
    '--minutes-per-turn': fc.constantFrom('1', '0.5', '61', '0'),
  },
  fc.constantFrom('--json', '--moves'),
);

function expectCleanEnd(outcome: { status: number; stderr: string }) {
  expect([0, 2]).toContain(outcome.status);
  if (outcome.status === 2) {
    const lines = outcome.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: \S/);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
  }
}

describe('the commands under arbitrary arguments', () => {
  it('play ends with its output or one error line, never a stack trace', () => {
    fc.assert(
      fc.property(playArgv, (argv) => {
        expectCleanEnd(inProcess(runPlay, PLAY_INPUT_ERRORS, argv));
      }),
      { numRuns: 300 },
    );
  });

  it('sim ends with its output or one error line, never a stack trace', () => {
    fc.assert(
      fc.property(simArgv, (argv) => {
        expectCleanEnd(inProcess(runSim, SIM_INPUT_ERRORS, argv));
      }),
      { numRuns: 300 },
    );
  });
});
