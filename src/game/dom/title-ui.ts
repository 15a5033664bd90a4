// The loading screen and the title: the way in, the content note, and Continue for a run in play.
import type { App } from '../app.ts';
import { h } from './h.ts';

export function buildBoot(root: HTMLElement): void {
  root.append(
    h('h1', { class: 'sr-only', tabindex: '-1' }, 'Dance of Distance is loading'),
    h('p', { class: 'boot-text', role: 'status' }, 'Loading…'),
  );
}

export function buildTitle(app: App, root: HTMLElement): void {
  const saved = app.savedRun();
  const savedScenario = saved ? app.scenarios.find((s) => s.manifest.id === saved.scenario) : null;
  const savedMode = savedScenario?.manifest.modes.find((m) => m.id === saved?.mode);
  root.append(
    h(
      'div',
      { class: 'title-card' },
      h('h1', { tabindex: '-1' }, 'Dance of Distance'),
      h(
        'p',
        { class: 'tagline' },
        'Practise the pursuer–distancer cycle: see how each move lands, and find the way out.',
      ),
      h(
        'div',
        { class: 'title-actions' },
        saved && savedScenario
          ? h(
              'button',
              { type: 'button', class: 'primary', onclick: () => void app.resumeSaved() },
              `Continue: ${savedScenario.manifest.title}, ${savedMode?.label ?? saved.mode}`,
            )
          : null,
        h(
          'button',
          { type: 'button', class: saved ? '' : 'primary', onclick: () => app.go('select') },
          'New game',
        ),
        h('button', { type: 'button', onclick: () => app.go('runs') }, 'My runs'),
        h('button', { type: 'button', onclick: () => app.open('settings') }, 'Settings'),
        h('button', { type: 'button', onclick: () => app.open('help') }, 'How to play'),
      ),
      h(
        'section',
        { class: 'content-note', 'aria-labelledby': 'content-note-title' },
        h('h2', { id: 'content-note-title' }, 'Before you play'),
        h(
          'p',
          {},
          h('strong', {}, 'A practice tool, not therapy. '),
          'The scenes show couples in conflict: criticism, contempt, stonewalling, loneliness, and in some scenarios fear. You can pause at any time with Esc.',
        ),
        h(
          'p',
          {},
          'If you are afraid of your partner, or someone is controlling, threatening or hurting you, that is not a cycle to fix together. If you are in danger, call your local emergency number. A domestic-violence support service in your area can help you plan for safety, in confidence.',
        ),
      ),
    ),
  );
}
