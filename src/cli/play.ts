// npm run play -- --scenario ID --as pursuer|distancer|counselor --choices 1,2,1 [--seed N] [--json]
//                 [--save-run FILE]
// npm run play -- --from-run FILE [--json]
// npm run play -- --compare A.json B.json
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { SimInputError } from '../sim/simulation.ts';
import { compareRuns, CompareError } from '../session/compare.ts';
import { isCurrentStory, runFromSession, type RunRecord } from '../session/run.ts';
import { Session, SessionError } from '../session/session.ts';
import { playReport, type PlayReport } from '../session/transcript.ts';
import { decodeRunsFile, MAX_IMPORT_BYTES, readRunsFile } from '../session/validate.ts';
import { InkCompileError } from '../story/compile.ts';
import { InkRuntimeError } from '../story/runner.ts';
import { parseArgs, runCli } from './args.ts';
import { loadScenario, scenarioIds, UsageError } from './scenarios.ts';

/** Errors of `play` that are the user's input, reported in one line. */
export const PLAY_INPUT_ERRORS = [
  SessionError,
  SimInputError,
  InkCompileError,
  InkRuntimeError,
  CompareError,
];

/** What the user gave, as an error quotes it: a few dozen characters at most. */
const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export function parseChoiceList(text: string | undefined): number[] {
  if (text === undefined || text.trim() === '') return [];
  return text.split(',').map((item) => {
    if (!/^\d+$/.test(item.trim()) || Number(item) < 1)
      throw new UsageError(`choice '${shown(item)}' must be a number from 1`);
    return Number(item);
  });
}

export function parseSeed(text: string | undefined): number {
  if (text === undefined) return 1;
  // A seed is a safe integer, as a run records it: 400 digits would be Infinity, saved as null.
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text)))
    throw new UsageError(
      `--seed '${shown(text)}' must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`,
    );
  return Number(text);
}

/** The scenarios a run file may name: those in stories/, by name. */
function scenarioOnDisk(id: string) {
  return scenarioIds().includes(id) ? loadScenario(id) : undefined;
}

/** Read a file holding exactly one run (the browser's "export run" format), checked against its
 * scenario and story as the browser's import checks it. */
export function readRunFile(path: string): RunRecord {
  let text: string;
  try {
    // Not a device or a folder, and not read at all when far larger than any file of runs.
    const file = statSync(path);
    if (!file.isFile()) throw new UsageError(`'${path}' is not a file`);
    if (file.size > 2 * MAX_IMPORT_BYTES)
      throw new UsageError(`${path}: the file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
    // Decoded as the browser decodes an imported file: by its byte-order mark, else UTF-8.
    text = decodeRunsFile(readFileSync(path));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read '${path}'`);
  }
  const { runs, refused } = readRunsFile(text, scenarioOnDisk);
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
      // The steps and the saved states at each choice point alike.
      matchesRecording:
        JSON.stringify([session.steps, session.checkpoints]) ===
        JSON.stringify([record.steps, record.checkpoints]),
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
