// The accessible DOM layer over the canvas: every word, button and meter lives here, so the game
// is playable by keyboard and screen reader. The canvas behind draws into the `*-slot` elements.
// This module switches screens, shows notices and handles the keys; each screen is a module of
// its own (title-ui, select-ui, play-ui, debrief-ui, runs-ui with compare, progress-ui), and the
// dialogs are overlay-ui.
import type { App } from '../app.ts';
import { prefersReducedMotion } from '../settings.ts';
import { buildDebrief } from './debrief-ui.ts';
import { clear, focusSpot, h, restoreFocus } from './h.ts';
import { Overlays } from './overlay-ui.ts';
import { PlayScreen } from './play-ui.ts';
import { buildCompare, buildRuns } from './runs-ui.ts';
import { showBrokenScreen } from './screen-boundary.ts';
import { buildSelect } from './select-ui.ts';
import { buildBoot, buildTitle } from './title-ui.ts';

export class DomLayer {
  private readonly root: HTMLElement;
  private readonly screenEl: HTMLElement;
  private readonly overlayEl: HTMLElement;
  private readonly noticeEl: HTMLElement;
  private renderedScreen: string | null = null;
  /** The play screen while it is on screen: its parts are updated in place. */
  private playScreen: PlayScreen | null = null;
  private readonly overlays: Overlays;

  constructor(
    private readonly app: App,
    host: HTMLElement,
  ) {
    this.root = host;
    this.screenEl = h('main', { id: 'screen', class: 'screen' });
    this.overlayEl = h('div', { id: 'overlay', class: 'overlay', hidden: true });
    this.noticeEl = h('div', { id: 'notice', class: 'notice', role: 'alert', hidden: true });
    this.root.append(this.screenEl, this.overlayEl, this.noticeEl);
    this.overlays = new Overlays(app, this.overlayEl, this.screenEl);
    document.addEventListener('keydown', (event) => this.onKey(event));
    // On paper the canvas charts are gone, so the debrief prints its numbers table instead.
    window.addEventListener('beforeprint', () =>
      document.querySelectorAll('details').forEach((d) => (d.open = true)),
    );
    app.subscribe(() => this.render());
    this.render();
  }

  /** Whether the current line is still being typed out. */
  get typing(): boolean {
    return this.playScreen?.typing ?? false;
  }

  private render(): void {
    const { app } = this;
    document.documentElement.style.setProperty('--text-scale', String(app.settings.textSize / 100));
    document.documentElement.classList.toggle('reduce-motion', prefersReducedMotion(app.settings));
    // My runs has no live parts to patch: it is rebuilt on every change, keeping focus in place.
    const rebuild = app.screen === 'runs' && this.renderedScreen === 'runs' && !app.overlay;
    const focused = rebuild ? focusSpot(this.screenEl, document.activeElement) : null;
    if (this.renderedScreen !== app.screen || rebuild) {
      const fresh = this.renderedScreen !== app.screen;
      this.renderedScreen = app.screen;
      this.playScreen = null;
      clear(this.screenEl);
      this.screenEl.className = `screen screen-${app.screen}`;
      const build = {
        boot: () => buildBoot(this.screenEl),
        title: () => buildTitle(app, this.screenEl),
        select: () => buildSelect(app, this.screenEl),
        play: () => {
          this.playScreen = new PlayScreen(app, this.screenEl);
          this.playScreen.build();
        },
        debrief: () => buildDebrief(app, this.screenEl),
        runs: () => buildRuns(app, this.screenEl),
        compare: () => buildCompare(app, this.screenEl),
      }[app.screen];
      // A screen that throws shows what failed and a way back, instead of a blank page.
      try {
        build();
        if (fresh) this.screenEl.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
        else if (focused) restoreFocus(this.screenEl, focused);
      } catch (error) {
        this.playScreen = null; // half built: nothing to update in place
        showBrokenScreen(app, this.screenEl, app.screen, error);
      }
    }
    if (app.screen === 'play' && this.playScreen) {
      try {
        this.playScreen.update();
      } catch (error) {
        this.playScreen = null;
        showBrokenScreen(app, this.screenEl, app.screen, error);
      }
    }
    this.overlays.render();
    this.noticeEl.hidden = !app.notice;
    // News that all went well is a status, not an alarm: its own colour, announced politely.
    this.noticeEl.className = `notice ${app.noticeKind}`;
    this.noticeEl.setAttribute('role', app.noticeKind === 'news' ? 'status' : 'alert');
    clear(this.noticeEl);
    if (app.notice) {
      this.noticeEl.append(
        h('p', {}, app.notice),
        h('button', { type: 'button', onclick: () => app.dismissNotice() }, 'Dismiss'),
      );
    }
  }

  private onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    const inControl = target.closest('button, select, input, textarea, a, summary');
    if (event.key === 'Escape') {
      event.preventDefault();
      if (this.app.overlay) this.app.closeOverlay();
      else if (this.app.screen === 'play') this.app.open('pause');
      return;
    }
    if (event.key === 'Tab' && this.app.overlay) {
      const focusable = [...this.overlayEl.querySelectorAll<HTMLElement>('button, select, input')];
      if (!focusable.length) return;
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
      return;
    }
    if (this.app.overlay || this.app.screen !== 'play') return;
    // Typing a draft: the keys are the player's words, not commands.
    if (target.closest('textarea, input')) return;
    if ((event.key === 'h' || event.key === 'H') && this.app.settings.hints) {
      event.preventDefault();
      this.app.takeHint();
      return;
    }
    if (/^[1-9]$/.test(event.key)) {
      if (this.app.waitingForChoice && !this.typing) {
        event.preventDefault();
        this.app.choose(Number(event.key));
      }
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && !inControl) {
      event.preventDefault();
      if (!this.app.waitingForChoice || this.typing) this.playScreen?.continueOrSkip();
    }
  }
}
