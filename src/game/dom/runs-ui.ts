// My runs and Compare: the replay screens of the DOM layer.
import type { App } from '../app.ts';
import { compareRuns, whatIf, type WhatIfOption } from '../../session/compare.ts';
import type { RunHead, RunSummary } from '../../session/compact.ts';
import type { RunRecord } from '../../session/run.ts';
import { scenarioEntry } from '../stories.ts';
import { MOVE_WORDS, STAGE_WORDS, STATE_WORDS } from '../words.ts';
import { clear, h } from './h.ts';
import { buildProgress } from './progress-ui.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** A small curve of both partners' arousal over a run (from its summary: no replay). */
export function sparkline(run: RunSummary, label: string): SVGSVGElement {
  const width = 160;
  const height = 36;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.classList.add('sparkline');
  Object.values(run.arousal).forEach((values, i) => {
    const points = values.map(
      (v, k) =>
        `${((k / Math.max(1, values.length - 1)) * width).toFixed(1)},${(height - 2 - (v / 100) * (height - 4)).toFixed(1)}`,
    );
    const line = document.createElementNS(SVG, 'polyline');
    line.setAttribute('points', points.join(' '));
    line.setAttribute('class', `spark-${i}`);
    svg.append(line);
  });
  return svg;
}

export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

// One formatter for the whole list: making one per date is slow with a thousand runs.
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = (iso: string) => dateFormat.format(new Date(iso));

function runTitle(run: RunHead): { scenario: string; mode: string; ending: string } {
  const manifest = scenarioEntry(run.scenario)?.manifest;
  const mode = manifest?.modes.find((m) => m.id === run.mode)?.label ?? run.mode;
  const ending = run.finished
    ? run.ending
      ? (manifest?.endings[run.ending]?.title ?? run.ending)
      : 'no ending'
    : 'in progress';
  return { scenario: manifest?.title ?? run.scenario, mode, ending };
}

export function buildRuns(app: App, root: HTMLElement): void {
  const runs = app.listRuns();
  const byId = new Map(runs.map((run) => [run.id, run]));
  const file = h('input', {
    type: 'file',
    accept: 'application/json,.json',
    class: 'sr-only',
    id: 'import-file',
    // The label before it is the control (a button to the keyboard); the input is not a Tab stop.
    tabindex: '-1',
    'aria-hidden': 'true',
    onchange: async (event: Event) => {
      const input = event.target as HTMLInputElement;
      const chosen = input.files?.[0];
      if (chosen) await app.importRuns(await chosen.text());
      input.value = '';
    },
  });
  const picked = app.picked.map((id) => runs.find((r) => r.id === id)).filter((r): r is RunSummary => !!r);
  const progress = buildProgress(app, runs);
  const comparable =
    picked.length === 2 && picked[0].scenario === picked[1].scenario && picked[0].mode === picked[1].mode;
  root.append(
    h(
      'div',
      { class: 'select-head' },
      h('h1', { tabindex: '-1' }, 'My runs'),
      h('button', { type: 'button', onclick: () => app.go('title') }, 'Back'),
    ),
    h(
      'div',
      { class: 'runs-actions' },
      h(
        'label',
        {
          for: 'import-file',
          class: 'button-like',
          tabindex: '0',
          role: 'button',
          onkeydown: (e: Event) => {
            const key = (e as KeyboardEvent).key;
            if (key === 'Enter' || key === ' ') {
              e.preventDefault();
              file.click();
            }
          },
        },
        'Import runs…',
      ),
      file,
      h(
        'button',
        {
          type: 'button',
          disabled: runs.length === 0,
          onclick: async () =>
            download('dance-of-distance-runs.json', await app.exportRuns(runs.map((r) => r.id))),
        },
        'Export all',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          disabled: !comparable,
          onclick: () => void app.compare(picked[0].id, picked[1].id),
        },
        'Compare the two picked',
      ),
      h(
        'p',
        { class: 'hint', 'aria-live': 'polite' },
        picked.length < 2
          ? `Pick two runs of the same scenario and mode to compare (${picked.length} picked).`
          : comparable
            ? 'Ready to compare.'
            : 'These two are of different scenarios or modes.',
      ),
    ),
    // The counselor's progress over time, when there is a counselor run (progress-ui.ts).
    ...(progress ? [progress] : []),
    runs.length
      ? h(
          'ul',
          { class: 'runs' },
          runs.map((run) => {
            const t = runTitle(run);
            const scenario = scenarioEntry(run.scenario);
            const outdated = scenario ? scenario.storyVersion !== run.storyVersion : true;
            const parent = run.parentId ? byId.get(run.parentId) : null;
            return h(
              'li',
              { class: 'run-card' },
              h('input', {
                type: 'checkbox',
                id: `pick-${run.id}`,
                checked: app.picked.includes(run.id),
                onchange: () => app.togglePick(run.id),
              }),
              h(
                'div',
                { class: 'run-info' },
                h('label', { for: `pick-${run.id}`, class: 'run-title' }, `${t.scenario} · ${t.mode}`),
                h(
                  'p',
                  {},
                  `${date(run.updatedAt)} · ${run.choices.length} choice${run.choices.length === 1 ? '' : 's'} · ${t.ending}`,
                ),
                run.parentId
                  ? h(
                      'p',
                      { class: 'hint' },
                      `Branched at choice ${(run.branchedAt ?? 0) + 1} from ${parent ? `the run of ${date(parent.createdAt)}` : 'a deleted run'}`,
                    )
                  : null,
                outdated ? h('p', { class: 'warning' }, 'Recorded on an older version of this story') : null,
              ),
              sparkline(run, `Arousal over the run: ${t.ending}`),
              h(
                'div',
                { class: 'run-buttons' },
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'primary',
                    'data-focus-key': `open:${run.id}`,
                    onclick: () => void app.openRun(run.id),
                  },
                  run.finished ? 'Open' : 'Resume',
                ),
                h(
                  'button',
                  {
                    type: 'button',
                    'data-focus-key': `export:${run.id}`,
                    onclick: async () =>
                      download(
                        `run-${run.scenario}-${run.mode}-${run.id.slice(0, 8)}.json`,
                        await app.exportRuns([run.id]),
                      ),
                  },
                  'Export',
                ),
                h(
                  'button',
                  {
                    type: 'button',
                    'data-focus-key': `delete:${run.id}`,
                    onclick: () =>
                      app.ask({
                        title: 'Delete this run?',
                        message: `${t.scenario}, ${t.mode}, ${date(run.updatedAt)}. This cannot be undone; export it first if you may want it.`,
                        confirmLabel: 'Delete',
                        action: () => void app.deleteRun(run.id),
                      }),
                  },
                  'Delete',
                ),
              ),
            );
          }),
        )
      : h('p', { class: 'empty' }, 'No runs yet. Every game you play is saved here as you play it.'),
  );
}

export function buildCompare(app: App, root: HTMLElement): void {
  const pair = app.comparing!;
  const { scenario } = pair;
  const { manifest } = scenario;
  const comparison = compareRuns(pair.a, pair.b);
  const name = (id: string) => manifest.partners.find((p) => p.id === id)?.name ?? id;
  const ta = runTitle(pair.a);
  const tb = runTitle(pair.b);
  const splitStep = comparison.split?.step ?? pair.a.steps.length;
  const column = (run: RunRecord, label: string) =>
    h(
      'div',
      { class: 'transcript', role: 'region', tabindex: '0', 'aria-label': `${label} transcript` },
      h('h3', {}, label),
      run.steps
        .slice(splitStep)
        .map((step) =>
          step.kind === 'choice'
            ? h('p', { class: 'line choice-line' }, `Choice ${step.chosen}: ${step.text}`)
            : step.coach
              ? null
              : h(
                  'p',
                  { class: 'line' },
                  step.speaker
                    ? h('strong', {}, `${step.speaker === 'counselor' ? 'Counselor' : name(step.speaker)}: `)
                    : null,
                  step.text,
                ),
        ),
    );
  const stages = (run: RunRecord, label: string) =>
    h(
      'div',
      { class: 'stage-strip' },
      h('span', { class: 'strip-label' }, label),
      h(
        'ol',
        { 'aria-label': `${label}: stages over time` },
        run.steps.map((s, i) =>
          h(
            'li',
            {
              class: `chip chip-${s.snapshot.cycle.stage}`,
              title: `Step ${i + 1}: ${STAGE_WORDS[s.snapshot.cycle.stage]}`,
            },
            h('span', { class: 'sr-only' }, `Step ${i + 1}: ${STAGE_WORDS[s.snapshot.cycle.stage]}`),
          ),
        ),
      ),
    );
  const whatIfBox = h('div', { class: 'what-if-result', 'aria-live': 'polite' });
  const choicePoints = pair.a.steps.filter((s) => s.kind === 'choice');
  const showWhatIf = (k: number) => {
    clear(whatIfBox);
    let options: WhatIfOption[];
    try {
      options = whatIf(pair.a, k, scenario);
    } catch (error) {
      whatIfBox.append(h('p', { class: 'warning' }, `Cannot look ahead here: ${(error as Error).message}`));
      return;
    }
    whatIfBox.append(
      h(
        'table',
        {},
        h('caption', {}, `At choice ${k + 1}, each option would leave them like this by the next choice:`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Option'),
            ...manifest.partners.map((p) => h('th', { scope: 'col' }, p.name)),
            h('th', { scope: 'col' }, 'Circle'),
          ),
        ),
        h(
          'tbody',
          {},
          options.map((o) =>
            h(
              'tr',
              { class: pair.a.choices[k] === o.number ? 'taken' : '' },
              h(
                'th',
                { scope: 'row' },
                `${o.number}. ${o.text}${o.move ? ` (${MOVE_WORDS[o.move] ?? o.move})` : ''}${pair.a.choices[k] === o.number ? ' — taken in run A' : ''}`,
              ),
              ...manifest.partners.map((p) => {
                const r = o.partners[p.id];
                return h(
                  'td',
                  {},
                  `${STATE_WORDS[r.state]}, ${r.change > 0 ? '+' : ''}${r.change.toFixed(0)}`,
                );
              }),
              h(
                'td',
                {},
                o.ending ? `ends: ${manifest.endings[o.ending]?.title ?? o.ending}` : STAGE_WORDS[o.stage],
              ),
            ),
          ),
        ),
      ),
    );
  };
  const select = h(
    'select',
    {
      id: 'what-if-point',
      onchange: (e: Event) => showWhatIf(Number((e.target as HTMLSelectElement).value)),
    },
    choicePoints.map((s, k) =>
      h('option', { value: k }, `Choice ${k + 1}: ${s.text.slice(0, 70)}${s.text.length > 70 ? '…' : ''}`),
    ),
  );
  const outcomeRow = (label: string, a: string, b: string) =>
    h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, a), h('td', {}, b));
  root.append(
    h(
      'div',
      { class: 'compare' },
      h(
        'div',
        { class: 'select-head' },
        h('h1', { tabindex: '-1' }, 'Compare two runs'),
        h('button', { type: 'button', onclick: () => app.go('runs') }, 'Back to My runs'),
      ),
      h(
        'p',
        { class: 'debrief-sub' },
        `${manifest.title} · ${ta.mode}. Run A: ${date(pair.a.updatedAt)}; run B: ${date(pair.b.updatedAt)}.`,
      ),
      h(
        'section',
        { class: 'split' },
        h('h2', {}, 'Where they split'),
        comparison.split
          ? h(
              'p',
              {},
              `At choice ${comparison.split.choice}, run A chose “${comparison.split.a ?? '(nothing: it stopped)'}” and run B chose “${comparison.split.b ?? '(nothing: it stopped)'}”.`,
            )
          : h('p', {}, 'These runs made the same choices.'),
      ),
      h(
        'section',
        { class: 'charts' },
        h('h2', {}, 'Arousal, run A against run B'),
        manifest.partners.map((p, i) =>
          h('div', {
            class: 'chart-slot',
            'data-compare': p.id,
            'data-index': i,
            role: 'img',
            'aria-label': `${p.name}'s arousal in run A (solid) and run B (dashed). Flooded for ${comparison.a.partners[p.id]?.floodedSteps ?? 0} steps in A and ${comparison.b.partners[p.id]?.floodedSteps ?? 0} in B.`,
          }),
        ),
        h(
          'p',
          { class: 'chart-legend', 'aria-hidden': 'true' },
          h('span', { class: 'legend legend-0' }, 'Run A (solid)'),
          h('span', { class: 'legend legend-dash' }, 'Run B (dashed)'),
        ),
      ),
      h(
        'section',
        { class: 'stages-compare' },
        h('h2', {}, 'Around the circle, step by step'),
        stages(pair.a, 'Run A'),
        stages(pair.b, 'Run B'),
      ),
      h(
        'section',
        { class: 'outcomes' },
        h('h2', {}, 'Outcomes'),
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h('tr', {}, h('td', {}), h('th', { scope: 'col' }, 'Run A'), h('th', { scope: 'col' }, 'Run B')),
          ),
          h(
            'tbody',
            {},
            outcomeRow('Ending', ta.ending, tb.ending),
            outcomeRow(
              'Positive to negative',
              `${comparison.a.ratio.toFixed(1)} : 1`,
              `${comparison.b.ratio.toFixed(1)} : 1`,
            ),
            outcomeRow(
              'Peak intensity',
              comparison.a.peakIntensity.toFixed(0),
              comparison.b.peakIntensity.toFixed(0),
            ),
            ...manifest.partners.map((p) =>
              outcomeRow(
                `${p.name} at the end`,
                `${STATE_WORDS[comparison.a.partners[p.id].state]}, flooded ${comparison.a.partners[p.id].floodedSteps} steps`,
                `${STATE_WORDS[comparison.b.partners[p.id].state]}, flooded ${comparison.b.partners[p.id].floodedSteps} steps`,
              ),
            ),
          ),
        ),
      ),
      h(
        'section',
        { class: 'what-if' },
        h('h2', {}, 'What if?'),
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'what-if-point' }, 'At which choice of run A'),
          select,
        ),
        whatIfBox,
      ),
      h(
        'section',
        { class: 'side-by-side' },
        h('h2', {}, 'From the split onward'),
        h('div', { class: 'columns' }, column(pair.a, 'Run A'), column(pair.b, 'Run B')),
      ),
    ),
  );
  if (choicePoints.length) showWhatIf(Math.max(0, (comparison.split?.choice ?? 1) - 1));
  (select as HTMLSelectElement).value = String(Math.max(0, (comparison.split?.choice ?? 1) - 1));
}
