// npm run play -- --scenario ID --as pursuer|distancer|counselor --choices 1,2,1 [--seed N] [--json]
import { SimInputError } from '../sim/simulation.ts';
import { Session, SessionError } from '../session/session.ts';
import { playReport } from '../session/transcript.ts';
import { InkCompileError } from '../story/compile.ts';
import { InkRuntimeError } from '../story/runner.ts';
import { parseArgs, runCli } from './args.ts';
import { loadScenario, UsageError } from './scenarios.ts';

export function parseChoiceList(text: string | undefined): number[] {
  if (text === undefined || text.trim() === '') return [];
  return text.split(',').map((item) => {
    if (!/^\d+$/.test(item.trim()) || Number(item) < 1)
      throw new UsageError(`choice '${item}' must be a number from 1`);
    return Number(item);
  });
}

export function parseSeed(text: string | undefined): number {
  if (text === undefined) return 1;
  if (!/^\d+$/.test(text)) throw new UsageError(`--seed '${text}' must be a whole number`);
  return Number(text);
}

export function runPlay(argv: string[]): string {
  const { values, flags } = parseArgs(argv, {
    values: ['scenario', 'as', 'choices', 'seed'],
    flags: ['json'],
  });
  if (!values.scenario) throw new UsageError('--scenario ID is required');
  if (!values.as) throw new UsageError('--as pursuer|distancer|counselor is required');
  const { manifest, storyJson } = loadScenario(values.scenario);
  const session = Session.start({ manifest, storyJson, mode: values.as, seed: parseSeed(values.seed) });
  parseChoiceList(values.choices).forEach((choice, i) => {
    try {
      session.choose(choice);
    } catch (error) {
      if (error instanceof SessionError)
        throw new UsageError(`choice ${i + 1} ('${choice}'): ${error.message}`);
      throw error;
    }
  });
  const report = playReport(session);
  if (flags.has('json')) return `${JSON.stringify(report, null, 2)}\n`;
  const names = Object.fromEntries(manifest.partners.map((p) => [p.id, p.name]));
  const lines: string[] = [`${manifest.title} — ${session.mode.label}`, ''];
  for (const step of session.steps) {
    const who = step.speaker ? (names[step.speaker] ?? 'Counselor') : null;
    if (step.kind === 'choice')
      lines.push(`  > ${step.chosen}. ${step.text}${step.move ? `  [${step.move.type}]` : ''}`);
    else if (step.coach) lines.push(`    (coach) ${step.text}`);
    else lines.push(who ? `${who}: ${step.text}` : step.text);
    if (step.move && step.kind === 'line') {
      const cycle = step.snapshot.cycle;
      const partners = Object.entries(step.snapshot.partners)
        .map(([id, p]) => `${names[id]} ${p.state}/${p.stance} ${p.heartRate} bpm`)
        .join(', ');
      lines.push(`    [${step.move.by}.${step.move.type}] ${partners}; ${cycle.stage}, ${cycle.trend}`);
    }
  }
  if (session.ended) {
    const ending = session.ending ? manifest.endings[session.ending] : null;
    lines.push(
      '',
      ending ? `Ending: ${ending.title} (${session.ending})` : 'The story stopped without an ending.',
    );
    if (report.score) lines.push(`Score: ${report.score.total}/100 ${JSON.stringify(report.score)}`);
  } else {
    lines.push('', 'Choices now:', ...session.choices.map((c, i) => `  ${i + 1}. ${c.text}`));
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/src\//, '/src/'))) {
  runCli(
    () => void process.stdout.write(runPlay(process.argv.slice(2))),
    [SessionError, SimInputError, InkCompileError, InkRuntimeError],
  );
}
