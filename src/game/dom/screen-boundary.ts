// What a screen shows when building or updating it throws: what failed (the error's message, as
// text and cut short), that the saved runs are untouched, and a way back. The boundary reads and
// writes nothing of the runs: a screen is a view of them, so a broken view leaves them as they were.
import type { App, Screen } from '../app.ts';
import { h } from './h.ts';

/** How much of an error's message the screen shows. */
const SHOWN_CHARACTERS = 160;

const SCREEN_NAMES: Record<Screen, string> = {
  boot: 'The loading screen',
  title: 'The title screen',
  select: 'The scenario list',
  play: 'The play screen',
  debrief: 'The debrief',
  runs: 'My runs',
  compare: 'The comparison',
};

/** The message of anything thrown, on one line and cut short. */
export function failureText(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > SHOWN_CHARACTERS ? `${line.slice(0, SHOWN_CHARACTERS - 1)}…` : line;
}

/** Replace what `root` holds with the boundary for `screen`, which threw `error`. */
export function showBrokenScreen(app: App, root: HTMLElement, screen: Screen, error: unknown): void {
  // Kept for whoever debugs it: the console has the stack, the screen has the message.
  console.error(error);
  root.replaceChildren();
  // Styled as the title's card (style.css): one calm panel with its actions.
  root.className = 'screen screen-broken';
  // The way back: the title and My runs, but not the screen that just failed.
  const ways = (
    [
      ['title', 'Back to the title'],
      ['runs', 'My runs'],
    ] as const
  ).filter(([target]) => target !== screen);
  root.append(
    h(
      'div',
      { class: 'title-card broken-screen', role: 'alert' },
      h('h1', { tabindex: '-1' }, `${SCREEN_NAMES[screen]} could not be shown`),
      h('p', {}, 'Something went wrong while drawing it:'),
      h('p', { class: 'broken-message' }, h('code', {}, failureText(error))),
      h(
        'p',
        {},
        'Your runs are saved and untouched: nothing was changed or deleted. You can go back and carry on.',
      ),
      h(
        'div',
        { class: 'title-actions broken-ways' },
        ways.map(([target, label], i) =>
          h(
            'button',
            { type: 'button', class: i === 0 ? 'primary' : undefined, onclick: () => app.go(target) },
            label,
          ),
        ),
      ),
    ),
  );
  root.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
}
