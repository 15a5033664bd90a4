// My runs' "Progress as counselor" section: the counselor runs over time, from their summaries
// alone (session/progress.ts), with a Markdown export for supervision. Every piece of text from a
// run or a file goes in as text (h() makes text nodes), never as markup.
import type { App } from '../app.ts';
import { needsScore, type RunSummary } from '../../session/compact.ts';
import {
  MIN_RUNS_FOR_TREND,
  progressMarkdown,
  progressOf,
  type ItemProgress,
  type Progress,
  type ProgressRun,
  type Trend,
} from '../../session/progress.ts';
import { scenarioEntry } from '../stories.ts';
import { h } from './h.ts';
// (runs-ui imports this module too; download is only called from a click, long after both load.)
import { download } from './runs-ui.ts';

const SVG = 'http://www.w3.org/2000/svg';

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const day = (iso: string) => dayFormat.format(new Date(iso));
const scenarioTitle = (id: string) => scenarioEntry(id)?.manifest.title ?? id;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A trend in words and a sign beside it (the sign is decoration: the word says it). */
const TREND_SIGN: Record<Trend, string> = {
  improving: '↑',
  steady: '→',
  slipping: '↓',
  'too few runs': '',
};

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** Run numbers to label on the x axis: the first, the last, and a few evenly between. */
function xTicks(count: number, most = 6): number[] {
  if (count <= most) return Array.from({ length: count }, (_, i) => i);
  const step = (count - 1) / (most - 1);
  return [...new Set(Array.from({ length: most }, (_, i) => Math.round(i * step)))];
}

/** Fidelity per run as a small line chart with labelled axes (0–100 up, runs across). */
export function fidelityChart(runs: readonly ProgressRun[], trend: Trend): SVGSVGElement {
  const width = 320;
  const height = 180;
  const left = 34;
  const right = 10;
  const top = 10;
  const bottom = 40;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const x = (i: number) => left + (runs.length === 1 ? plotW / 2 : (i / (runs.length - 1)) * plotW);
  const y = (value: number) => top + plotH - (value / 100) * plotH;
  const values = runs.map((r) => r.fidelity).join(', ');
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    class: 'progress-chart',
    'aria-label': `Fidelity to the rubric per run, oldest first, out of 100: ${values}.${trend === 'too few runs' ? '' : ` Trend: ${trend}.`}`,
  });
  const axes = svg('g', { class: 'chart-axes', 'aria-hidden': 'true' });
  for (const value of [0, 50, 100]) {
    axes.append(
      svg('line', { x1: left, x2: width - right, y1: y(value), y2: y(value), class: 'chart-grid' }),
      svg('text', { x: left - 6, y: y(value) + 4, 'text-anchor': 'end' }, String(value)),
    );
  }
  for (const i of xTicks(runs.length)) {
    axes.append(svg('text', { x: x(i), y: top + plotH + 16, 'text-anchor': 'middle' }, String(i + 1)));
  }
  axes.append(
    svg(
      'text',
      { x: left + plotW / 2, y: height - 4, 'text-anchor': 'middle', class: 'chart-axis-title' },
      'Run, oldest to newest',
    ),
    svg(
      'text',
      {
        x: 10,
        y: top + plotH / 2,
        'text-anchor': 'middle',
        transform: `rotate(-90 10 ${top + plotH / 2})`,
        class: 'chart-axis-title',
      },
      'Fidelity',
    ),
  );
  chart.append(axes);
  if (runs.length > 1)
    chart.append(
      svg('polyline', {
        class: 'chart-line',
        points: runs.map((r, i) => `${x(i).toFixed(1)},${y(r.fidelity).toFixed(1)}`).join(' '),
      }),
    );
  const radius = runs.length > 30 ? 2 : 4;
  runs.forEach((r, i) =>
    chart.append(
      svg(
        'circle',
        { class: 'chart-point', cx: x(i).toFixed(1), cy: y(r.fidelity).toFixed(1), r: radius },
        svg('title', {}, `Run ${i + 1}, ${day(r.createdAt)}: fidelity ${r.fidelity}`),
      ),
    ),
  );
  return chart;
}

/** One item's rate run by run as small bars (its numbers are in the label). */
function itemBars(item: ItemProgress): SVGSVGElement {
  const width = 96;
  const height = 22;
  const shown = item.perRun.slice(-24);
  const slot = width / Math.max(1, shown.length);
  const bars = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    class: 'item-bars',
    'aria-label': `${item.label}, run by run${item.perRun.length > shown.length ? ` (the last ${shown.length})` : ''}: ${shown.map((r) => (r === null ? 'not scored' : `${r}%`)).join(', ')}`,
  });
  shown.forEach((rate, i) => {
    const tall = rate === null ? 0 : Math.max(1.5, (rate / 100) * (height - 2));
    bars.append(
      svg('rect', {
        x: (i * slot + slot * 0.15).toFixed(1),
        y: 1,
        width: (slot * 0.7).toFixed(1),
        height: height - 2,
        class: 'bar-room',
      }),
      svg('rect', {
        x: (i * slot + slot * 0.15).toFixed(1),
        y: (height - 1 - tall).toFixed(1),
        width: (slot * 0.7).toFixed(1),
        height: tall.toFixed(1),
        class: `bar${rate === 100 ? ' bar-full' : ''}`,
      }),
    );
  });
  return bars;
}

const trendCell = (trend: Trend) =>
  h(
    'td',
    { class: `trend trend-${trend.replace(/ /g, '-')}`, 'data-label': 'Trend' },
    TREND_SIGN[trend] ? h('span', { 'aria-hidden': 'true' }, `${TREND_SIGN[trend]} `) : null,
    trend,
  );

function itemsTable(progress: Progress): HTMLTableElement {
  return h(
    'table',
    { class: 'progress-items' },
    h('caption', {}, 'Each rubric item: what was earned of what could be earned'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Item'),
        h('th', { scope: 'col' }, 'Across runs'),
        h('th', { scope: 'col' }, 'Run by run'),
        h('th', { scope: 'col' }, 'Last run'),
        h('th', { scope: 'col' }, 'Trend'),
      ),
    ),
    h(
      'tbody',
      {},
      progress.items.map((item) =>
        h(
          'tr',
          { 'data-item': item.id },
          h(
            'th',
            { scope: 'row', title: item.explains },
            item.label,
            h('span', { class: 'item-source' }, item.source),
          ),
          h(
            'td',
            { 'data-label': 'Across runs' },
            item.rate === null ? '—' : `${item.rate}%`,
            h('span', { class: 'item-points' }, `${item.earned} of ${item.max}`),
          ),
          h('td', { class: 'bars-cell', 'data-label': 'Run by run' }, itemBars(item)),
          h('td', { 'data-label': 'Last run' }, item.last ? `${item.last.earned} of ${item.last.max}` : '—'),
          trendCell(item.trend),
        ),
      ),
    ),
  );
}

function runsTable(runs: readonly ProgressRun[]): HTMLTableElement {
  return h(
    'table',
    { class: 'progress-runs' },
    h('caption', {}, 'Fidelity and total, run by run'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Run'),
        h('th', { scope: 'col' }, 'Date'),
        h('th', { scope: 'col' }, 'Scenario'),
        h('th', { scope: 'col' }, 'Fidelity'),
        h('th', { scope: 'col' }, 'Total'),
      ),
    ),
    h(
      'tbody',
      {},
      runs.map((r, i) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, String(i + 1)),
          h('td', {}, day(r.createdAt)),
          h('td', { class: 'text-cell' }, scenarioTitle(r.scenario)),
          h('td', {}, String(r.fidelity)),
          h('td', {}, String(r.total)),
        ),
      ),
    ),
  );
}

/** Whether the run-by-run table was left open: My runs is rebuilt on every change (a run
 * picked, one deleted), and the table stays as the player left it. */
let numbersOpen = false;

/** The chart's numbers as a table, made when first opened (a year of runs is a long table). */
function numbersTable(runs: readonly ProgressRun[]): HTMLDetailsElement {
  const details = h('details', { open: numbersOpen }, h('summary', {}, 'The numbers as a table'));
  const fill = () => {
    if (details.open && !details.querySelector('table')) details.append(runsTable(runs));
  };
  details.addEventListener('toggle', () => {
    numbersOpen = details.open;
    fill();
  });
  fill();
  return details;
}

/** Score the runs saved before scores were kept, then show them (once per pass). */
let scoring: Promise<void> | null = null;
function scoreOlderRuns(app: App): void {
  scoring ??= app.runs
    .scorePending()
    .then((scored) => {
      // A dialog open now rebuilds the list as it closes; otherwise show the scores at once.
      if (scored > 0 && app.screen === 'runs' && !app.overlay) app.go('runs');
    })
    .finally(() => {
      scoring = null;
    });
}

/** The section, or null when there is no counselor run to show. */
export function buildProgress(app: App, summaries: readonly RunSummary[]): HTMLElement | null {
  if (!summaries.some((s) => s.mode === 'counselor')) return null;
  const progress = progressOf(summaries);
  const { runs } = progress;
  // Of the runs not yet scored, those the background pass could not replay (opening one says why).
  const stuck = summaries.filter(
    (s) => s.mode === 'counselor' && s.finished && needsScore(s) && app.runs.cannotScore(s.id),
  ).length;
  const waiting = progress.unscored - stuck;
  if (waiting > 0) scoreOlderRuns(app);
  const last = runs[runs.length - 1];
  const notCounted = [
    waiting
      ? `${plural(waiting, 'older run')} not yet scored (scoring ${waiting === 1 ? 'it' : 'them'} now)`
      : '',
    stuck ? `${plural(stuck, 'older run')} that could not be scored (open it to see why)` : '',
    progress.inProgress ? `${plural(progress.inProgress, 'run')} still in progress` : '',
  ].filter(Boolean);
  return h(
    'section',
    { class: 'progress', 'aria-labelledby': 'progress-title' },
    h('h2', { id: 'progress-title' }, 'Progress as counselor'),
    h(
      'p',
      { class: 'hint' },
      `Your finished counselor runs, oldest first, scored against the fidelity rubric: how each item went across them, the mistakes that recur and the scenarios practised. A trend compares your later runs with your earlier ones, so it needs at least ${MIN_RUNS_FOR_TREND} runs. Practice data, not an assessment.`,
    ),
    h(
      'p',
      { class: 'progress-count', 'data-runs': runs.length },
      runs.length
        ? `${plural(runs.length, 'counselor run')} scored, ${day(runs[0].createdAt)} to ${day(last.createdAt)}.`
        : 'No counselor run is finished and scored yet.',
      notCounted.length ? ` Not counted: ${notCounted.join('; ')}.` : '',
    ),
    runs.length
      ? [
          h(
            'div',
            { class: 'progress-top' },
            h(
              'figure',
              { class: 'progress-figure' },
              fidelityChart(runs, progress.fidelityTrend),
              h(
                'figcaption',
                {},
                `Fidelity per run (0–100). Last run: ${last.fidelity}, total ${last.total}.`,
                progress.fidelityTrend === 'too few runs' ? '' : ` Trend: ${progress.fidelityTrend}.`,
              ),
              numbersTable(runs),
            ),
            h(
              'div',
              { class: 'progress-side' },
              h('h3', {}, 'Scenarios practised'),
              h(
                'ul',
                { class: 'progress-scenarios' },
                progress.scenarios.map((s) =>
                  h(
                    'li',
                    {},
                    h('span', { class: 'text-cell' }, scenarioTitle(s.scenario)),
                    ` — ${plural(s.runs, 'run')}, last ${day(s.lastPractised)}`,
                  ),
                ),
              ),
              h('h3', {}, 'Mistakes that recur'),
              progress.faults.length
                ? h(
                    'ol',
                    { class: 'progress-faults' },
                    progress.faults.map((f) =>
                      h(
                        'li',
                        { 'data-fault': f.fault },
                        h('strong', {}, f.words),
                        ` — in ${f.runs} of ${plural(runs.length, 'run')}${f.times > f.runs ? ` (${f.times} times in all)` : ''}`,
                        h('span', { class: 'fault-why' }, f.explains),
                      ),
                    ),
                  )
                : h('p', {}, 'None of the named mistakes so far.'),
              h(
                'button',
                {
                  type: 'button',
                  'data-focus-key': 'export-progress',
                  onclick: () => {
                    const now = new Date();
                    download(
                      `counselor-progress-${now.toISOString().slice(0, 10)}.md`,
                      progressMarkdown(progressOf(app.listRuns()), { scenarioTitle, now }),
                      'text/markdown',
                    );
                  },
                },
                'Export summary (Markdown)',
              ),
            ),
          ),
          h('div', { class: 'progress-table-wrap' }, itemsTable(progress)),
        ]
      : null,
  );
}
