// The help a trainee may turn on before a choice (DESIGN §4b): a hint (what to notice now, never
// what to pick) and a box to draft one's own line before the options show. Both are kept in the
// run, for the transcript and a supervisor. Built once per play screen and updated in place, so
// typing in the draft box is never interrupted by the screen redrawing.
import type { App } from '../app.ts';
import { h } from './h.ts';

export class ChoiceNotes {
  /** Sits above the choices: the hint, and what was drafted for this choice. */
  readonly element: HTMLElement;
  private readonly hintButton: HTMLButtonElement;
  private readonly hintText: HTMLElement;
  private readonly draftForm: HTMLFormElement;
  private readonly draftBox: HTMLTextAreaElement;
  private readonly draftShown: HTMLElement;
  /** The choice point the draft box was last opened for, to clear and focus it once per choice. */
  private draftOpenedFor: number | null = null;

  constructor(private readonly app: App) {
    this.hintText = h('p', { class: 'hint-text', role: 'status' });
    this.hintButton = h(
      'button',
      { type: 'button', class: 'hint-button', onclick: () => this.app.takeHint() },
      'What to notice',
      h('kbd', {}, 'H'),
    );
    this.draftBox = h('textarea', {
      id: 'draft-box',
      rows: 3,
      maxlength: 2000,
      placeholder: 'In your own words…',
      'aria-describedby': 'draft-why',
    });
    this.draftForm = h(
      'form',
      {
        class: 'draft',
        onsubmit: (event: Event) => {
          event.preventDefault();
          this.app.submitDraft(this.draftBox.value);
        },
        // Ctrl+Enter (or ⌘+Enter) in the box shows the options, as a chat box sends.
        onkeydown: (event: Event) => {
          const key = event as KeyboardEvent;
          if (key.key === 'Enter' && (key.ctrlKey || key.metaKey)) {
            event.preventDefault();
            this.app.submitDraft(this.draftBox.value);
          }
        },
      },
      h('label', { for: 'draft-box' }, 'What would you say here?'),
      h(
        'p',
        { id: 'draft-why', class: 'draft-why' },
        'Write it before you see the options; it is kept beside your choice in the transcript, for you or a supervisor to read.',
      ),
      this.draftBox,
      h(
        'div',
        { class: 'draft-actions' },
        h('button', { type: 'submit', class: 'primary' }, 'Show the options'),
        h('kbd', {}, 'Ctrl+Enter'),
      ),
    );
    this.draftShown = h('p', { class: 'draft-shown' });
    this.element = h(
      'div',
      { class: 'choice-notes' },
      this.hintButton,
      this.hintText,
      this.draftForm,
      this.draftShown,
    );
  }

  /**
   * Show what fits the moment: nothing while lines are still coming, else the hint and the draft.
   * Returns true when the draft box closed with focus in it, so the caller moves focus to the options.
   */
  update(choicePending: boolean): boolean {
    const hadFocus = !this.draftForm.hidden && this.draftForm.contains(document.activeElement);
    const play = this.app.play;
    const settings = this.app.settings;
    const at = play?.session.choicePoint ?? null;
    const active = !!play && choicePending && at !== null;
    this.element.hidden = !active || (!settings.hints && !settings.drafts);
    if (!active || !play) {
      this.draftOpenedFor = null;
      this.draftForm.hidden = true;
      return hadFocus;
    }
    const hint = play.session.hints.find((n) => n.choice === at);
    this.hintButton.hidden = !settings.hints || !!hint;
    this.hintText.hidden = !hint;
    this.hintText.textContent = hint ? `Notice: ${hint.text}` : '';

    const drafting = this.app.draftPending;
    this.draftForm.hidden = !drafting;
    if (drafting && this.draftOpenedFor !== at) {
      this.draftOpenedFor = at;
      this.draftBox.value = '';
      this.draftBox.focus({ preventScroll: true });
    }
    const draft = play.session.drafts.find((n) => n.choice === at);
    this.draftShown.hidden = drafting || !draft;
    this.draftShown.textContent = draft ? `You drafted: “${draft.text}”` : '';
    return hadFocus && !drafting;
  }
}
