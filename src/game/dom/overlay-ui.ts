// The dialogs over a screen: pause, help, settings and confirmations. Focus goes into a dialog when
// it opens and back where it was when it closes.
import type { App } from '../app.ts';
import { clear, focusSpot, h, labelledSelect, restoreFocus, type FocusSpot } from './h.ts';

export class Overlays {
  private renderedOverlay: string | null = null;
  private returnFocus: HTMLElement | null = null;
  private returnSpot: FocusSpot | null = null;

  constructor(
    private readonly app: App,
    private readonly overlayEl: HTMLElement,
    private readonly screen: HTMLElement,
  ) {}

  render(): void {
    const overlay = this.app.overlay;
    const key = overlay ? `${overlay}:${JSON.stringify(this.app.settings)}` : null;
    if (key === this.renderedOverlay) return;
    const wasOpen = this.renderedOverlay !== null;
    this.renderedOverlay = key;
    clear(this.overlayEl);
    this.overlayEl.hidden = !overlay;
    if (!overlay) {
      // Back to the control that opened the dialog; if the screen was rebuilt meanwhile, to the
      // same control rebuilt (or, if it is gone, its neighbour).
      if (this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
      else if (this.returnSpot) restoreFocus(this.screen, this.returnSpot);
      this.returnFocus = null;
      this.returnSpot = null;
      return;
    }
    if (!wasOpen) {
      this.returnFocus = document.activeElement as HTMLElement | null;
      this.returnSpot = focusSpot(this.screen, this.returnFocus);
    }
    const close = () => this.app.closeOverlay();
    const dialog = h('div', {
      class: 'dialog',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'dialog-title',
    });
    if (overlay === 'confirm' && this.app.confirmation) {
      const c = this.app.confirmation;
      dialog.setAttribute('role', 'alertdialog');
      dialog.append(
        h('h2', { id: 'dialog-title', tabindex: '-1' }, c.title),
        h('p', {}, c.message),
        h(
          'div',
          { class: 'dialog-actions' },
          h(
            'button',
            { type: 'button', class: 'primary', onclick: () => this.app.confirm() },
            c.confirmLabel,
          ),
          h('button', { type: 'button', onclick: () => this.app.open(null) }, 'Cancel'),
        ),
      );
    } else if (overlay === 'pause') {
      dialog.append(
        h('h2', { id: 'dialog-title', tabindex: '-1' }, 'Paused'),
        h('p', {}, 'Your run is saved after every choice.'),
        h(
          'div',
          { class: 'dialog-actions' },
          h('button', { type: 'button', class: 'primary', onclick: () => this.app.open(null) }, 'Resume'),
          h('button', { type: 'button', onclick: () => this.app.open('settings') }, 'Settings'),
          h('button', { type: 'button', onclick: () => this.app.open('help') }, 'How to play'),
          h('button', { type: 'button', onclick: () => this.app.quitToTitle() }, 'Save and quit to title'),
        ),
      );
    } else if (overlay === 'settings') {
      const s = this.app.settings;
      const select = (
        label: string,
        id: string,
        value: string,
        options: [string, string][],
        onchange: (v: string) => void,
      ) => labelledSelect({ id, label, className: 'field' }, options, value, onchange);
      const toggle = (label: string, id: string, checked: boolean, onchange: (v: boolean) => void) =>
        h(
          'div',
          { class: 'field check' },
          h('input', {
            type: 'checkbox',
            id,
            checked,
            onchange: (e: Event) => onchange((e.target as HTMLInputElement).checked),
          }),
          h('label', { for: id }, label),
        );
      dialog.append(
        h('h2', { id: 'dialog-title', tabindex: '-1' }, 'Settings'),
        select(
          'Text speed',
          'set-speed',
          s.textSpeed,
          [
            ['slow', 'Slow'],
            ['normal', 'Normal'],
            ['fast', 'Fast'],
            ['instant', 'Instant'],
          ],
          (v) => this.app.updateSettings({ textSpeed: v as never }),
        ),
        select(
          'Text size',
          'set-size',
          String(s.textSize),
          [
            ['100', 'Standard'],
            ['125', 'Large'],
            ['150', 'Larger'],
          ],
          (v) => this.app.updateSettings({ textSize: Number(v) as never }),
        ),
        select(
          'Motion',
          'set-motion',
          s.motion,
          [
            ['system', 'Follow my system setting'],
            ['reduced', 'Reduced'],
            ['full', 'Full'],
          ],
          (v) => this.app.updateSettings({ motion: v as never }),
        ),
        toggle('Sound', 'set-sound', s.sound, (v) => this.app.updateSettings({ sound: v })),
        toggle('Coaching notes', 'set-coaching', s.coaching, (v) => this.app.updateSettings({ coaching: v })),
        toggle('Hints before choosing (what to notice)', 'set-hints', s.hints, (v) =>
          this.app.updateSettings({ hints: v }),
        ),
        toggle('Draft your own line before the options show', 'set-drafts', s.drafts, (v) =>
          this.app.updateSettings({ drafts: v }),
        ),
        h(
          'div',
          { class: 'dialog-actions' },
          h('button', { type: 'button', class: 'primary', onclick: close }, 'Done'),
        ),
      );
    } else {
      dialog.append(
        h('h2', { id: 'dialog-title', tabindex: '-1' }, 'How to play'),
        h(
          'ul',
          {},
          h('li', {}, h('kbd', {}, '1'), '–', h('kbd', {}, '9'), ' choose what to say or do'),
          h('li', {}, h('kbd', {}, 'Enter'), ' or ', h('kbd', {}, 'Space'), ' show the next line'),
          h('li', {}, h('kbd', {}, 'Esc'), ' pause; settings and help are there too'),
        ),
        h(
          'p',
          {},
          'Each partner has a heart rate and an arousal bar. Past 100 beats a minute a person is flooded: words barely land, and only a break of at least twenty minutes brings them back (Gottman).',
        ),
        h(
          'p',
          {},
          'The circle shows where the couple is: pursue – withdraw, attack – withdraw, attack – defend, withdraw – withdraw, round again. Its two lights are the two partners, in the colours of the dots beside their names. Faster, hotter and tighter means the cycle is tightening; the way out is engage – engage, in the middle, where the two lights meet.',
        ),
        h(
          'p',
          {},
          'Time is simulated: each exchange takes about a minute, and a break lasts as long as the story tells it. Talking or provoking inside the twenty minutes floods a partner again.',
        ),
        h(
          'p',
          {},
          'Words do not always land as meant. When trust is low, a warm sentence is sometimes heard as an attack (a misfire, marked in the conversation and the debrief); when trust is high, a harsh one is sometimes let go. The run’s seed decides, so a replay is exact.',
        ),
        h(
          'p',
          {},
          'When your own character is flooded, warm options are marked “hard to say”: they land weaker and shakier, and a break is always on offer. As the counselor, your own body is not modelled: in a real room your regulation matters too.',
        ),
        h('p', {}, 'Coaching notes explain what just happened; turn them off in Settings for a harder game.'),
        h(
          'p',
          {},
          'As the counselor, the session has an hour of about fifty minutes (the clock is in the top bar): talk, slow work and time-outs spend it, and it can run out. The debrief scores you on a fidelity rubric — the moves of Johnson’s EFT tango, Gottman’s physiology, safety screening with each partner alone, and the novice mistakes to avoid — and every point names the choice that earned or lost it, with a way back there to try again.',
        ),
        h(
          'p',
          {},
          'Two optional helps, in Settings: a hint before choosing (what to notice in the room; press H), and a box to draft your own line before the options show. Both are kept in the run, in the transcript and its Markdown export, for you or a supervisor to read. My runs shows your progress across counselor runs.',
        ),
        h(
          'div',
          { class: 'dialog-actions' },
          h('button', { type: 'button', class: 'primary', onclick: close }, 'Close'),
        ),
      );
    }
    this.overlayEl.append(dialog);
    dialog.querySelector<HTMLElement>('h2')?.focus();
  }

  // ---- keyboard ------------------------------------------------------------------------------
}
