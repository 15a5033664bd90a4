// npm run sim -- --scenario ID --moves who:move,who:move=minutes,… [--minutes-per-turn N] [--json]
import { MoveSyntaxError, parseMoveSpec, formatMove } from '../sim/moves.ts';
import { stepReport, type SimStepReport } from '../sim/report.ts';
import { SimInputError, Simulation } from '../sim/simulation.ts';
import { simSetupOf } from '../story/manifest.ts';
import { parseArgs, runCli } from './args.ts';
import { loadManifest, UsageError } from './scenarios.ts';
import { table } from './table.ts';

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
    .map((spec) => parseMoveSpec(spec));
  for (const move of moves) sim.validate(move);
  const steps: SimStepReport[] = moves.map((move) => stepReport(move, sim.apply(move)));
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
      formatMove(moves[i]),
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

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/src\//, '/src/'))) {
  runCli(() => void process.stdout.write(runSim(process.argv.slice(2))), [MoveSyntaxError, SimInputError]);
}
