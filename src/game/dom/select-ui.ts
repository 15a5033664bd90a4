// The scenario select screen: a grid of cards, one per scenario, each saying who pursues, what it
// teaches and its content notes, with a button per mode; filtered by the mode to play and by what
// a scenario teaches, and sorted. The filter is kept while the game is open.
import type { App } from '../app.ts';
import type { ScenarioEntry } from '../stories.ts';
import { portraitUrl } from '../portraits.ts';
import { TOPICS, type ModeId, type ScenarioManifest, type Topic } from '../../story/manifest.ts';
import { clear, h, labelledSelect } from './h.ts';

type Sort = 'suggested' | 'title' | 'unplayed';

interface SelectFilter {
  mode: ModeId | 'any';
  topic: Topic | 'any';
  sort: Sort;
}

const filter: SelectFilter = { mode: 'any', topic: 'any', sort: 'suggested' };

const MODE_CHOICES: [SelectFilter['mode'], string][] = [
  ['any', 'Any role'],
  ['pursuer', 'The pursuer'],
  ['distancer', 'The distancer'],
  ['counselor', 'The counselor'],
];

const SORTS: [Sort, string][] = [
  ['suggested', 'Suggested order'],
  ['title', 'Title, A to Z'],
  ['unplayed', 'Not played yet first'],
];

/** The article's own scene first (the others adapt its reader comments), then by title. */
const suggested = (a: ScenarioManifest, b: ScenarioManifest) =>
  Number(a.id !== 'kara-and-jake') - Number(b.id !== 'kara-and-jake') || a.title.localeCompare(b.title);

export function buildSelect(app: App, root: HTMLElement): void {
  const played = new Map<string, number>();
  for (const run of app.listRuns()) played.set(run.scenario, (played.get(run.scenario) ?? 0) + 1);
  const topicsTaught = Object.entries(TOPICS).filter(([topic]) =>
    app.scenarios.some((s) => s.manifest.topics.includes(topic as Topic)),
  ) as [Topic, string][];

  const cards = h('ul', { class: 'cards', 'aria-labelledby': 'select-title' });
  const count = h('p', { class: 'select-count', role: 'status' });

  const select = <V extends string>(
    id: string,
    label: string,
    options: [V, string][],
    value: V,
    onChange: (value: V) => void,
  ) =>
    labelledSelect({ id, label, className: 'select-field' }, options, value, (v) => {
      onChange(v);
      show();
    });

  const show = () => {
    if (filter.topic !== 'any' && !topicsTaught.some(([t]) => t === filter.topic)) filter.topic = 'any';
    const shown = app.scenarios
      .filter(({ manifest }) => filter.mode === 'any' || manifest.modes.some((m) => m.id === filter.mode))
      .filter(({ manifest }) => filter.topic === 'any' || manifest.topics.includes(filter.topic))
      .sort((a, b) => {
        if (filter.sort === 'title') return a.manifest.title.localeCompare(b.manifest.title);
        if (filter.sort === 'unplayed') {
          const unplayed = Number(!!played.get(a.manifest.id)) - Number(!!played.get(b.manifest.id));
          if (unplayed) return unplayed;
        }
        return suggested(a.manifest, b.manifest);
      });
    clear(cards);
    cards.append(...shown.map((scenario) => card(app, scenario, played.get(scenario.manifest.id) ?? 0)));
    const total = app.scenarios.length;
    count.textContent =
      shown.length === total ? `${total} scenarios` : `Showing ${shown.length} of ${total} scenarios`;
    if (shown.length === 0) {
      cards.append(
        h(
          'li',
          { class: 'no-cards' },
          h('p', {}, 'No scenario matches both.'),
          h(
            'button',
            {
              type: 'button',
              onclick: () => {
                filter.mode = 'any';
                filter.topic = 'any';
                clear(root);
                buildSelect(app, root);
              },
            },
            'Show every scenario',
          ),
        ),
      );
    }
  };

  root.append(
    h(
      'div',
      { class: 'select-head' },
      h('h1', { id: 'select-title', tabindex: '-1' }, 'Choose a scenario'),
      h('button', { type: 'button', onclick: () => app.go('title') }, 'Back'),
    ),
    h(
      'div',
      { class: 'select-filters', role: 'group', 'aria-label': 'Which scenarios to show, in what order' },
      select('filter-mode', 'Play as', MODE_CHOICES, filter.mode, (v) => (filter.mode = v)),
      select(
        'filter-topic',
        'What it teaches',
        [['any', 'Anything'], ...topicsTaught] as [SelectFilter['topic'], string][],
        filter.topic,
        (v) => (filter.topic = v),
      ),
      select('filter-sort', 'Sort', SORTS, filter.sort, (v) => (filter.sort = v)),
      count,
    ),
    cards,
  );
  show();
}

function card(app: App, { manifest }: ScenarioEntry, runs: number): HTMLElement {
  const pursuer = manifest.partners.find((p) => p.role === 'pursuer');
  const distancer = manifest.partners.find((p) => p.role === 'distancer');
  const modes = manifest.modes.filter((m) => filter.mode === 'any' || m.id === filter.mode);
  return h(
    'li',
    { class: 'scenario-card', 'aria-labelledby': `card-${manifest.id}` },
    h(
      'div',
      { class: 'card-top' },
      h(
        'div',
        { class: 'card-portraits', 'aria-hidden': 'true' },
        manifest.partners.map((p) =>
          h('img', {
            src: portraitUrl(p.portrait, p.role === 'pursuer' ? 'reaching' : 'present'),
            alt: '',
            width: 72,
            height: 72,
            loading: 'lazy',
          }),
        ),
      ),
      h(
        'div',
        {},
        h('h2', { id: `card-${manifest.id}` }, manifest.title),
        h('p', { class: 'roles' }, `${pursuer?.name} pursues · ${distancer?.name} distances`),
      ),
    ),
    h('p', { class: 'summary' }, manifest.summary),
    h('p', { class: 'teaches' }, h('span', { class: 'sr-only' }, 'Teaches: '), manifest.teaches),
    h(
      'ul',
      { class: 'topics', 'aria-label': 'Topics' },
      manifest.topics.map((t) => h('li', {}, TOPICS[t])),
    ),
    h('p', { class: 'notes' }, `Content: ${manifest.contentNotes.join(', ')}`),
    h('p', { class: 'played' }, runs ? `Played ${runs === 1 ? 'once' : `${runs} times`}` : 'Not played yet'),
    h(
      'div',
      { class: 'modes', role: 'group', 'aria-label': `Play ${manifest.title}` },
      modes.map((mode) =>
        h(
          'button',
          {
            type: 'button',
            class: 'mode',
            'data-mode': mode.id,
            onclick: () => void app.startRun(manifest.id, mode.id),
          },
          h('span', { class: 'mode-label' }, mode.label),
          h('span', { class: 'mode-blurb' }, mode.blurb),
        ),
      ),
    ),
  );
}
