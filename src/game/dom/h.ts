// A tiny element builder. Text from stories and saved files goes in as text nodes only: nothing
// here ever sets innerHTML, so markup in a line is shown, never run.
type Attrs = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else if (name === 'class') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

export function clear(element: Element): void {
  while (element.firstChild) element.firstChild.remove();
}

/** Where focus was in a part of the page about to be rebuilt: its key (an id, or a
 * `data-focus-key` naming what the control does to what), its text, the keys of the controls after
 * it in Tab order, and its place in that order. */
export interface FocusSpot {
  key: string | null;
  text: string | null;
  following: string[];
  index: number;
}

const FOCUSABLE = 'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';
const focusables = (root: Element) => [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
const keyOf = (element: Element) => element.id || (element as HTMLElement).dataset.focusKey || null;

/** The focus spot of `element` within `root`, or null when focus is elsewhere. */
export function focusSpot(root: Element, element: Element | null): FocusSpot | null {
  if (!element || !root.contains(element)) return null;
  const all = focusables(root);
  const index = all.indexOf(element as HTMLElement);
  const following = all
    .slice(index + 1)
    .map(keyOf)
    .filter((key): key is string => key !== null);
  return { key: keyOf(element), text: element.textContent, following, index };
}

/**
 * Focus the rebuilt control at `spot`: the one with the same key, else the only one with the same
 * text; if it is gone (a deleted run's button), the first control after it that is still there,
 * else the last control.
 */
export function restoreFocus(root: Element, spot: FocusSpot): void {
  const all = focusables(root);
  const byKey = new Map(all.map((e) => [keyOf(e), e]));
  const sameText = all.filter((e) => e.textContent === spot.text);
  const target =
    (spot.key ? byKey.get(spot.key) : undefined) ??
    (sameText.length === 1 ? sameText[0] : undefined) ??
    spot.following.map((key) => byKey.get(key)).find((e) => e !== undefined) ??
    all[Math.min(Math.max(spot.index, 0), all.length - 1)];
  target?.focus({ preventScroll: true });
}

/** A labelled select (Settings, the scenario filters): `options` are [value, words] pairs. */
export function labelledSelect<V extends string>(
  field: { id: string; label: string; className: string },
  options: readonly (readonly [V, string])[],
  value: V,
  onChange: (value: V) => void,
): HTMLElement {
  return h(
    'div',
    { class: field.className },
    h('label', { for: field.id }, field.label),
    h(
      'select',
      { id: field.id, onchange: (event: Event) => onChange((event.target as HTMLSelectElement).value as V) },
      options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
    ),
  );
}
