// A trainee's progress as counselor (DESIGN §4b: "My runs shows a trainee's rubric over time"),
// from the runs' stored summaries alone: no run is replayed. The finished counselor runs in time
// order; each rubric item's rate across them and run by run; the mistakes that recur; the
// scenarios practised; fidelity and total over time; and a Markdown summary for a supervisor.
//
// A trend compares the first half of the runs with the second (the middle run of an odd number
// is in neither), so one good or bad day does not swing it. It is practice data, not an
// assessment, and the summary says so.
import type { RunSummary, SummaryScore } from './compact.ts';
import { SUMMARY_SCORE_VERSION } from './compact.ts';
import { RUBRIC_ITEMS, type RubricItemId } from './rubric.ts';
import type { CounselorFault } from '../sim/moves.ts';

/** The fewest scored runs a trend is told from. */
export const MIN_RUNS_FOR_TREND = 3;
/** How far (in points of 100) the second half must differ from the first to be a change. */
export const TREND_THRESHOLD = 10;

export type Trend = 'improving' | 'steady' | 'slipping' | 'too few runs';

/** Each counselor fault in plain words: what the trainee did. */
export const FAULT_WORDS: Record<CounselorFault, string> = {
  take_sides: 'Taking one partner’s side',
  advise: 'Advice before the cycle was understood',
  interpret: 'A label from outside instead of a tentative guess',
  premature_enactment: 'An enactment before the room was ready',
  pressed_on_flooded: 'Pressing on while a partner was flooded',
  calm_time_out: 'A time-out when nobody was flooded',
  joint_screening: 'Asking about safety with both partners in the room',
};

/** One finished, scored counselor run, as the progress view reads it. */
export interface ProgressRun {
  id: string;
  scenario: string;
  createdAt: string;
  total: number;
  fidelity: number;
  score: SummaryScore;
}

export interface ItemProgress {
  id: RubricItemId;
  label: string;
  source: string;
  explains: string;
  /** Summed over every run that has the item. */
  earned: number;
  max: number;
  /** earned / max across the runs, 0–100, or null when no run could earn it. */
  rate: number | null;
  /** The rate in each run (in `Progress.runs` order), null where the run lacks the item. */
  perRun: (number | null)[];
  /** The latest run that has the item: what it earned of what it could. */
  last: { earned: number; max: number; rate: number | null } | null;
  trend: Trend;
}

export interface RecurringFault {
  fault: CounselorFault;
  words: string;
  /** The rubric item it costs, and that item's explanation. */
  item: RubricItemId;
  explains: string;
  /** How many runs it appears in, and how many times in all. */
  runs: number;
  times: number;
  /** When it was last made (the run's start). */
  lastAt: string;
}

export interface ScenarioPractice {
  scenario: string;
  runs: number;
  /** When it was last practised (the latest run's start). */
  lastPractised: string;
}

export interface Progress {
  /** The finished counselor runs with a score, oldest first: what the rates and chart are of. */
  runs: ProgressRun[];
  /** Finished counselor runs whose summaries have no score yet (saved before scores were kept). */
  unscored: number;
  /** Counselor runs not yet finished: not counted until they are. */
  inProgress: number;
  items: ItemProgress[];
  /** Every fault made, in the most runs first. */
  faults: RecurringFault[];
  /** The scenarios of the finished counselor runs (scored or not), most practised first. */
  scenarios: ScenarioPractice[];
  fidelityTrend: Trend;
  totalTrend: Trend;
}

const byTime = (a: RunSummary, b: RunSummary) =>
  a.createdAt.localeCompare(b.createdAt) ||
  a.updatedAt.localeCompare(b.updatedAt) ||
  a.id.localeCompare(b.id);

const percent = (earned: number, max: number) => (max > 0 ? Math.round((100 * earned) / max) : null);

/** The trend of values in time order: the second half's mean against the first half's. */
export function trendOf(values: readonly (number | null)[]): Trend {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < MIN_RUNS_FOR_TREND) return 'too few runs';
  const half = Math.floor(known.length / 2);
  const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const change = mean(known.slice(known.length - half)) - mean(known.slice(0, half));
  return change >= TREND_THRESHOLD ? 'improving' : change <= -TREND_THRESHOLD ? 'slipping' : 'steady';
}

/** A trainee's progress as counselor, from the summaries of every saved run (any order, any mode). */
export function progressOf(summaries: readonly RunSummary[]): Progress {
  const counselor = summaries.filter((s) => s.mode === 'counselor');
  const finished = counselor.filter((s) => s.finished).sort(byTime);
  const runs: ProgressRun[] = finished.flatMap((s) =>
    s.score?.version === SUMMARY_SCORE_VERSION
      ? [
          {
            id: s.id,
            scenario: s.scenario,
            createdAt: s.createdAt,
            total: s.score.total,
            fidelity: s.score.fidelity,
            score: s.score,
          },
        ]
      : [],
  );

  // In the rubric's order (a stored score names only items the rubric has: see validateSummary).
  const items: ItemProgress[] = (Object.keys(RUBRIC_ITEMS) as RubricItemId[]).map((id) => {
    const perRunScores = runs.map((r) => r.score.items.find((i) => i.id === id) ?? null);
    const present = perRunScores.filter((i): i is NonNullable<typeof i> => i !== null);
    const earned = present.reduce((sum, i) => sum + i.earned, 0);
    const max = present.reduce((sum, i) => sum + i.max, 0);
    const perRun = perRunScores.map((i) => (i ? percent(i.earned, i.max) : null));
    const latest = present[present.length - 1];
    return {
      id,
      ...RUBRIC_ITEMS[id],
      earned,
      max,
      rate: percent(earned, max),
      perRun,
      last: latest
        ? { earned: latest.earned, max: latest.max, rate: percent(latest.earned, latest.max) }
        : null,
      trend: trendOf(perRun),
    };
  });

  const faults = new Map<CounselorFault, RecurringFault>();
  for (const run of runs) {
    const inRun = new Set<CounselorFault>();
    for (const { fault, item } of run.score.faults) {
      const entry = faults.get(fault) ?? {
        fault,
        words: FAULT_WORDS[fault],
        item,
        explains: RUBRIC_ITEMS[item].explains,
        runs: 0,
        times: 0,
        lastAt: run.createdAt,
      };
      entry.times += 1;
      if (!inRun.has(fault)) entry.runs += 1;
      entry.lastAt = run.createdAt;
      inRun.add(fault);
      faults.set(fault, entry);
    }
  }

  const scenarios = new Map<string, ScenarioPractice>();
  for (const s of finished) {
    const entry = scenarios.get(s.scenario) ?? { scenario: s.scenario, runs: 0, lastPractised: s.createdAt };
    entry.runs += 1;
    entry.lastPractised = s.createdAt;
    scenarios.set(s.scenario, entry);
  }

  return {
    runs,
    unscored: finished.length - runs.length,
    inProgress: counselor.length - finished.length,
    items,
    faults: [...faults.values()].sort(
      (a, b) => b.runs - a.runs || b.times - a.times || b.lastAt.localeCompare(a.lastAt),
    ),
    scenarios: [...scenarios.values()].sort(
      (a, b) => b.runs - a.runs || b.lastPractised.localeCompare(a.lastPractised),
    ),
    fidelityTrend: trendOf(runs.map((r) => r.fidelity)),
    totalTrend: trendOf(runs.map((r) => r.total)),
  };
}

// ---- Markdown for a supervisor ---------------------------------------------------------------

/**
 * Text from a run or a file as plain Markdown text: on one line (a newline could start a heading,
 * a list or a table row), without control characters, and with every character that Markdown or
 * HTML reads as structure escaped (including `|`, so it stays in its table cell).
 */
export function markdownText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\\`*_{}[\]()#+\-.!|<>~&:=$]/g, '\\$&')
  );
}

export interface ProgressMarkdownOptions {
  /** A scenario's title as this build knows it (else its id is shown). */
  scenarioTitle?: (id: string) => string | undefined;
  /** When the summary is made (for its heading). */
  now?: Date;
}

/** Our own words (labels, sources, explanations) kept readable: only what would break a table
 * row or start markup is escaped. */
const ownText = (text: string) => text.replace(/\s+/g, ' ').replace(/[\\|<>*_`]/g, '\\$&');

/** A date as YYYY-MM-DD in local time, or the text as it was (escaped) when it is not a date. */
function day(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return markdownText(iso);
  const date = new Date(time);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

const rateText = (rate: number | null) => (rate === null ? '—' : `${rate}%`);

/** A Markdown summary of a trainee's progress, for supervision. */
export function progressMarkdown(progress: Progress, options: ProgressMarkdownOptions = {}): string {
  const title = (id: string) => markdownText(options.scenarioTitle?.(id) ?? id);
  const { runs } = progress;
  const lines = ['# Progress as counselor', ''];
  lines.push(
    `_Practice data from Dance of Distance, a simulator: the rubric scores what was chosen in simulated sessions. It is not an assessment of the counselor's competence, and is meant as a starting point for supervision._`,
    '',
  );
  if (options.now) lines.push(`Summary made ${day(options.now.toISOString())}.`, '');
  const notCounted = [
    progress.unscored ? `${progress.unscored} not yet scored` : '',
    progress.inProgress ? `${progress.inProgress} still in progress` : '',
  ].filter(Boolean);
  lines.push(
    runs.length
      ? `**${runs.length} scored counselor run${runs.length === 1 ? '' : 's'}**, ${day(runs[0].createdAt)} to ${day(runs[runs.length - 1].createdAt)}${notCounted.length ? ` (not counted: ${notCounted.join(', ')})` : ''}.`
      : `**No scored counselor runs yet**${notCounted.length ? ` (not counted: ${notCounted.join(', ')})` : ''}.`,
    '',
  );
  if (runs.length < MIN_RUNS_FOR_TREND)
    lines.push(`A trend needs at least ${MIN_RUNS_FOR_TREND} scored runs.`, '');

  lines.push('## Scenarios practised', '');
  if (progress.scenarios.length) {
    lines.push('| Scenario | Runs | Last practised |', '| --- | ---: | --- |');
    for (const s of progress.scenarios)
      lines.push(`| ${title(s.scenario)} | ${s.runs} | ${day(s.lastPractised)} |`);
  } else lines.push('None finished yet.');
  lines.push('');

  lines.push('## Fidelity and total, run by run', '');
  if (runs.length) {
    lines.push(
      `Fidelity trend: **${progress.fidelityTrend}**; total trend: **${progress.totalTrend}** (second half of the runs against the first).`,
      '',
      '| Run | Date | Scenario | Fidelity | Total |',
      '| ---: | --- | --- | ---: | ---: |',
    );
    runs.forEach((r, i) =>
      lines.push(`| ${i + 1} | ${day(r.createdAt)} | ${title(r.scenario)} | ${r.fidelity} | ${r.total} |`),
    );
  } else lines.push('No scored runs yet.');
  lines.push('');

  lines.push('## Rubric items', '');
  if (runs.length) {
    lines.push(
      'Rate: what was earned of what could be earned, across every run. Last run: earned of possible.',
      '',
      '| Item | Source | Rate | Last run | Trend |',
      '| --- | --- | ---: | ---: | --- |',
    );
    for (const item of progress.items) {
      if (item.max === 0 && item.last === null) continue;
      lines.push(
        `| ${ownText(item.label)} | ${ownText(item.source)} | ${rateText(item.rate)} | ${item.last ? `${item.last.earned} of ${item.last.max}` : '—'} | ${item.trend} |`,
      );
    }
  } else lines.push('No scored runs yet.');
  lines.push('');

  lines.push('## Mistakes that recur', '');
  if (progress.faults.length) {
    for (const f of progress.faults)
      lines.push(
        `- **${ownText(f.words)}** — in ${f.runs} of ${runs.length} run${runs.length === 1 ? '' : 's'} (${f.times} time${f.times === 1 ? '' : 's'} in all; last ${day(f.lastAt)}). ${ownText(RUBRIC_ITEMS[f.item].label)}: ${ownText(f.explains)}`,
      );
  } else lines.push(runs.length ? 'None of the named mistakes was made.' : 'No scored runs yet.');
  lines.push('');
  return lines.join('\n');
}
