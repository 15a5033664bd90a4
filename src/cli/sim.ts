// npm run sim -- --scenario ID --moves who:move,who:move=minutes,… [--minutes-per-turn N] [--json]
import { MoveSyntaxError, parseMoveSpec, formatMove, type Move } from '../sim/moves.ts';
import { stepReport, type SimStepReport } from '../sim/report.ts';
import { SimInputError, Simulation } from '../sim/simulation.ts';
import { simSetupOf } from '../story/manifest.ts';
import { parseArgs, runCli } from './args.ts';
import { loadManifest, UsageError } from './scenarios.ts';
import { table } from './table.ts';

/** Errors of `sim` that are the user's input, reported in one line. */
export const SIM_INPUT_ERRORS = [MoveSyntaxError, SimInputError];

export function runSim(argv: string[]): string {
  const { values, flags } = parseArgs(argv, {
    values: ['scenario', 'moves', 'minutes-per-turn'],
    flags: ['json'],
  });
  if (!values.scenario) throw new UsageError('--scenario ID is required');
  if (!values.moves) throw new UsageError('--moves who:move,… is required');
  let minutesPerTurn: number | undefined;
  if (values['minutes-per-turn'] !== undefined) {
    minutesPerTurn = Number(values['minutes-per-turn']);
    if (!(minutesPerTurn > 0 && minutesPerTurn <= 60)) {
      throw new UsageError(
        `--minutes-per-turn '${values['minutes-per-turn']}' must be a number above 0, at most 60`,
      );
    }
  }
  const manifest = loadManifest(values.scenario);
  const sim = new Simulation(simSetupOf(manifest, minutesPerTurn));
  const moves = values.moves
    .split(',')
    .filter((m) => m.trim() !== '')
    .map(parseItem);
  if (moves.length === 0)
    throw new UsageError(`--moves '${values.moves}' names no move (as in kara:bid,jake:turn_toward)`);
  for (const move of moves) if (!('wait' in move)) sim.validate(move);
  const steps: SimStepReport[] = moves.map((move) => {
    if ('wait' in move) return stepReport(move, sim.pass(move.wait));
    return stepReport(move, sim.applyWhole(move));
  });
  if (flags.has('json')) return `${JSON.stringify({ steps }, null, 2)}\n`;
  const ids = manifest.partners.map((p) => p.id);
  return table(
    [
      '#',
      'move',
      'min',
      ...ids.flatMap((id) => [`${id} state`, 'stance', 'arousal', 'bpm']),
      'stage',
      'intensity',
      'trend',
      'ratio',
    ],
    steps.map((step, i) => [
      String(i + 1),
      (() => {
        const item = moves[i];
        return 'wait' in item ? `wait=${item.wait}` : formatMove(item);
      })(),
      String(step.minutes),
      ...ids.flatMap((id) => {
        const p = step.partners[id];
        return [p.state, p.stance, p.arousal.toFixed(1), p.heartRate.toFixed(1)];
      }),
      step.cycle.stage,
      step.cycle.intensity.toFixed(1),
      step.cycle.trend,
      step.cycle.ratio.toFixed(1),
    ]),
  );
}

/** A `--moves` item: `who:move…`, or `wait=N` for N minutes passing with nobody speaking. */
function parseItem(spec: string): Move | { wait: number } {
  const wait = /^\s*wait=(.*)$/.exec(spec);
  if (!wait) return parseMoveSpec(spec);
  const minutes = Number(wait[1]);
  if (!/^\d+$/.test(wait[1].trim()) || minutes < 1 || minutes > 24 * 60) {
    throw new MoveSyntaxError(
      `'${spec.trim()}' must wait a whole number of minutes from 1 to 1440`,
      spec.trim(),
    );
  }
  return { wait: minutes };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/src\//, '/src/'))) {
  runCli(() => void process.stdout.write(runSim(process.argv.slice(2))), SIM_INPUT_ERRORS);
}
