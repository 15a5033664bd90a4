// The debrief: the ending, both partners' curves and their numbers, the stages, the ratio, the
// turning points, the counselor's rubric and the transcript, and where to go from here.
import type { App } from '../app.ts';
import { debriefOf } from '../../session/debrief.ts';
import type { MoveType } from '../../sim/moves.ts';
import { partnerNames } from '../../story/manifest.ts';
import { MOVE_WORDS, STAGE_WORDS, STATE_WORDS } from '../words.ts';
import { h } from './h.ts';
import { toMarkdownTranscript } from '../../session/markdown.ts';
import { download } from './runs-ui.ts';
import { rubricSection, transcriptSection } from './rubric-ui.ts';

export function buildDebrief(app: App, root: HTMLElement): void {
  const play = app.play!;
  const { manifest } = play.scenario;
  const session = play.session;
  const debrief = debriefOf(
    session.steps,
    session.ending,
    session.mode.id === 'counselor',
    partnerNames(manifest),
  );
  const ending = session.ending ? manifest.endings[session.ending] : null;
  const name = (id: string) => manifest.partners.find((p) => p.id === id)?.name ?? id;
  const table = h(
    'table',
    {},
    h('caption', {}, 'Heart rate and arousal at each turn'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Step'),
        ...manifest.partners.flatMap((p) => [
          h('th', { scope: 'col' }, `${p.name} bpm`),
          h('th', { scope: 'col' }, `${p.name} arousal`),
          h('th', { scope: 'col' }, `${p.name} state`),
        ]),
      ),
    ),
    h(
      'tbody',
      {},
      session.steps.map((step, i) =>
        step.move
          ? h(
              'tr',
              {},
              h('th', { scope: 'row' }, String(i + 1)),
              ...manifest.partners.flatMap((p) => {
                const r = step.snapshot.partners[p.id];
                return [
                  h('td', {}, String(Math.round(r.heartRate))),
                  h('td', {}, String(Math.round(r.arousal))),
                  h('td', {}, STATE_WORDS[r.state]),
                ];
              }),
            )
          : null,
      ),
    ),
  );
  root.append(
    h(
      'div',
      { class: 'debrief' },
      h('h1', { tabindex: '-1' }, 'How it went'),
      h('p', { class: 'debrief-sub' }, `${manifest.title} · ${session.mode.label}`),
      h(
        'section',
        { class: 'ending-card' },
        h('h2', {}, ending ? ending.title : 'The story stopped'),
        h('p', {}, ending ? ending.summary : 'This path has no ending yet.'),
      ),
      debrief.score ? rubricSection(debrief.score, session, (k) => app.branch(k)) : null,
      h(
        'section',
        { class: 'charts', 'aria-labelledby': 'charts-title' },
        h('h2', { id: 'charts-title' }, 'Their bodies, turn by turn'),
        h('div', {
          class: 'chart-slot',
          'data-chart': 'heartRate',
          role: 'img',
          'aria-label': `Heart rate over the run. The flooding line is at ${debrief.floodingHeartRate} beats per minute. ${manifest.partners.map((p) => `${p.name} was flooded for ${debrief.floodedSteps[p.id]} of ${session.steps.length} steps`).join('; ')}.`,
        }),
        h(
          'p',
          { class: 'chart-legend', 'aria-hidden': 'true' },
          manifest.partners.map((p, i) => h('span', { class: `legend legend-${i}` }, p.name)),
          h('span', { class: 'legend legend-flood' }, 'Flooding line (100 bpm)'),
        ),
        h('div', {
          class: 'chart-slot',
          'data-chart': 'arousal',
          role: 'img',
          'aria-label': 'Arousal over the run, 0 to 100, for both partners.',
        }),
        h('details', {}, h('summary', {}, 'The numbers as a table'), table),
      ),
      h(
        'section',
        { class: 'facts' },
        h('h2', {}, 'Around the circle'),
        h(
          'ol',
          { class: 'stages' },
          debrief.stages.map((s) =>
            h('li', {}, `${STAGE_WORDS[s.stage]} — ${s.steps} step${s.steps === 1 ? '' : 's'}`),
          ),
        ),
        h(
          'p',
          {},
          `Positive to negative moves: ${debrief.positive} to ${debrief.negative} (ratio ${debrief.ratio.toFixed(1)} : 1). Stable couples keep about 5 : 1 even in conflict; below 1 : 1 is the danger zone (Gottman).`,
        ),
      ),
      h(
        'section',
        { class: 'movers' },
        h('h2', {}, 'The choices that moved things most'),
        debrief.movers.length
          ? h(
              'ol',
              {},
              debrief.movers.map((m) =>
                h(
                  'li',
                  {},
                  h('q', {}, m.text),
                  ` — ${m.move ? MOVE_WORDS[m.move] : 'a choice'}: the two of them ${m.arousalChange > 0 ? 'heated up' : 'calmed down'} by ${Math.abs(m.arousalChange).toFixed(0)} points together`,
                  m.misread ? ' (it was heard as an attack: a misfire, not a mistake)' : '',
                ),
              ),
            )
          : h('p', {}, 'No choices were made.'),
        debrief.misfires.length
          ? h(
              'div',
              { class: 'misfires' },
              h('h3', {}, 'Misfires'),
              h(
                'p',
                {},
                'Moves meant warmly that were heard as attacks. They are not mistakes: when trust is low, a partner can hear even a gentle sentence as criticism (sentiment override; Weiss 1980, Gottman). What helps is noticing it and trying again, slower.',
              ),
              h(
                'ul',
                {},
                debrief.misfires.map((f) =>
                  h(
                    'li',
                    {},
                    h('q', {}, f.text),
                    ` — ${name(f.by)}'s ${MOVE_WORDS[f.move as MoveType] ?? f.move}, heard by ${name(f.heardBy)} as an attack`,
                  ),
                ),
              ),
            )
          : null,
        h(
          'p',
          {},
          `Flooded steps: ${Object.entries(debrief.floodedSteps)
            .map(([id, n]) => `${name(id)} ${n}`)
            .join(', ')}.`,
        ),
      ),
      transcriptSection(session, (id) => (id === null ? null : id === 'counselor' ? 'Counselor' : name(id))),
      h(
        'section',
        { class: 'branches', 'aria-labelledby': 'branches-title' },
        h('h2', { id: 'branches-title' }, 'Take another branch'),
        h(
          'p',
          {},
          'Go back to any choice and try something else. The new run starts from the saved moment, and this one stays in My runs to compare.',
        ),
        h(
          'ol',
          { class: 'choice-list' },
          session.steps
            .filter((step) => step.kind === 'choice')
            .map((step, k) =>
              h(
                'li',
                {},
                h('span', {}, `“${step.text}”`),
                h('button', { type: 'button', onclick: () => app.branch(k) }, `Go back to choice ${k + 1}`),
              ),
            ),
        ),
      ),
      h(
        'div',
        { class: 'debrief-actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'primary',
            onclick: () => app.startRun(manifest.id, session.mode.id),
          },
          'Play this mode again',
        ),
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              if (app.run && !app.picked.includes(app.run.id)) app.togglePick(app.run.id);
              app.go('runs');
            },
          },
          'Compare with another run',
        ),
        h('button', { type: 'button', onclick: () => app.go('select') }, 'Choose another scenario'),
        h('button', { type: 'button', onclick: () => downloadTranscript(app) }, 'Save transcript (Markdown)'),
        h('button', { type: 'button', onclick: () => window.print() }, 'Print debrief'),
        h('button', { type: 'button', onclick: () => app.go('title') }, 'Title screen'),
      ),
    ),
  );
}

function downloadTranscript(app: App): void {
  const play = app.play;
  if (!play) return;
  download(
    `${play.scenario.manifest.id}-${play.session.mode.id}.md`,
    toMarkdownTranscript(play.session),
    'text/markdown',
  );
}
