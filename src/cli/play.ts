// npm run play -- --scenario ID --as pursuer|distancer|counselor --choices 1,2,1 [--seed N] [--json]
//                 [--save-run FILE]
// npm run play -- --from-run FILE [--json]
// npm run play -- --compare A.json B.json
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { SimInputError } from '../sim/simulation.ts';
import { compareRuns, CompareError } from '../session/compare.ts';
import { isCurrentStory, runFromSession, type RunRecord } from '../session/run.ts';
import { Session, SessionError } from '../session/session.ts';
import { playReport, type PlayReport } from '../session/transcript.ts';
import { readRunsFile } from '../session/validate.ts';
import { InkCompileError } from '../story/compile.ts';
import { InkRuntimeError } from '../story/runner.ts';
import { parseArgs, runCli } from './args.ts';
import { loadScenario, UsageError } from './scenarios.ts';

/** Errors of `play` that are the user's input, reported in one line. */
export const PLAY_INPUT_ERRORS = [
  SessionError,
  SimInputError,
  InkCompileError,
  InkRuntimeError,
  CompareError,
];

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

/** Read a file holding exactly one run (the browser's "export run" format). */
export function readRunFile(path: string): RunRecord {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read '${path}'`);
  }
  const { runs, refused } = readRunsFile(text);
  if (refused.length) throw new UsageError(`${path}: ${refused[0]}`);
  if (runs.length !== 1) throw new UsageError(`${path} holds ${runs.length} runs; give a file with one run`);
  return runs[0];
}

function playChoices(session: Session, choices: number[]): void {
  choices.forEach((choice, i) => {
    try {
      session.choose(choice);
    } catch (error) {
      if (error instanceof SessionError)
        throw new UsageError(`choice ${i + 1} ('${choice}'): ${error.message}`);
      throw error;
    }
  });
}

export function runPlay(argv: string[]): string {
  const { values, flags, pairs } = parseArgs(argv, {
    values: ['scenario', 'as', 'choices', 'seed', 'save-run', 'from-run'],
    flags: ['json'],
    pairs: ['compare'],
  });
  if (pairs.compare) {
    const [a, b] = pairs.compare.map(readRunFile);
    return `${JSON.stringify(compareRuns(a, b), null, 2)}\n`;
  }
  let session: Session;
  let fromRun: PlayReport['fromRun'];
  if (values['from-run']) {
    const record = readRunFile(values['from-run']);
    const scenario = loadScenario(record.scenario);
    const sameStory = isCurrentStory(record, scenario);
    session = Session.start({ ...scenario, mode: record.mode, seed: record.seed });
    playChoices(session, record.choices);
    fromRun = {
      id: record.id,
      storyVersionMatches: sameStory,
      matchesRecording: JSON.stringify(session.steps) === JSON.stringify(record.steps),
    };
  } else {
    if (!values.scenario) throw new UsageError('--scenario ID is required');
    if (!values.as) throw new UsageError('--as pursuer|distancer|counselor is required');
    const scenario = loadScenario(values.scenario);
    session = Session.start({ ...scenario, mode: values.as, seed: parseSeed(values.seed) });
    playChoices(session, parseChoiceList(values.choices));
  }
  if (values['save-run']) {
    const now = new Date().toISOString();
    const id = `cli-${createHash('sha256')
      .update(JSON.stringify([session.manifest.id, session.mode.id, session.seed, session.steps.length, now]))
      .digest('hex')
      .slice(0, 12)}`;
    writeFileSync(
      values['save-run'],
      JSON.stringify(runFromSession(session, { id, createdAt: now, now }), null, 1),
    );
  }
  const report = playReport(session);
  if (fromRun) report.fromRun = fromRun;
  if (flags.has('json')) return `${JSON.stringify(report, null, 2)}\n`;
  return transcript(session, report);
}

function transcript(session: Session, report: PlayReport): string {
  const { manifest } = session;
  const names = Object.fromEntries(manifest.partners.map((p) => [p.id, p.name]));
  const lines: string[] = [`${manifest.title} — ${session.mode.label}`, ''];
  if (report.fromRun) {
    lines.push(
      `Replaying run ${report.fromRun.id}: ${report.fromRun.storyVersionMatches ? 'same story version' : 'RECORDED ON AN OLDER VERSION OF THIS STORY'}; ${report.fromRun.matchesRecording ? 'the replay matches the recording' : 'the replay differs from the recording'}.`,
      '',
    );
  }
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
    const score = report.score;
    if (score) {
      lines.push(
        `Score: ${score.total}/100 (fidelity ${score.fidelity}, de-escalation ${score.deescalation}, ratio ${score.ratio}, unflooded ${score.regulation})`,
        ...score.items.map(
          (item) =>
            `  ${item.earned}/${item.max} ${item.label}${item.turns.length ? `: ${item.turns.map((t) => `choice ${t.choice + 1} ${t.outcome === 'earned' ? '+' : '-'} ${t.note}`).join('; ')}` : ''}`,
        ),
      );
    }
  } else {
    lines.push('', 'Choices now:', ...session.choices.map((c, i) => `  ${i + 1}. ${c.text}`));
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/src\//, '/src/'))) {
  runCli(() => void process.stdout.write(runPlay(process.argv.slice(2))), PLAY_INPUT_ERRORS);
}
