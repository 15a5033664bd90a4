import * as Phaser from 'phaser';
import type { App } from '../app.ts';
import { prefersReducedMotion } from '../settings.ts';

export const COLORS = {
  night: 0x141a2e,
  dusk: 0x243152,
  cream: 0xf6efe6,
  muted: 0x9aa6c4,
  calm: 0x5ec4b6,
  activated: 0xf2b45a,
  escalated: 0xef7f5e,
  flooded: 0xe0474c,
  cooling: 0x8c9ae6,
  partner: [0x6fc3f2, 0xf5a35c],
};

export const STATE_COLOR: Record<string, number> = {
  calm: COLORS.calm,
  activated: COLORS.activated,
  escalated: COLORS.escalated,
  flooded: COLORS.flooded,
  cooling: COLORS.cooling,
};

export const FONT = '"Atkinson Hyperlegible", system-ui, sans-serif';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * How many canvas pixels the canvas gives each CSS pixel: the device's pixel ratio (so portraits,
 * labels and lines are sharp on a high-density screen and at 200% zoom), at most 3, and less if
 * the canvas would pass about 8.3 million pixels (a 4K screen's worth: more would cost fill rate
 * and memory without looking sharper).
 */
export function canvasPixelRatio(
  cssWidth: number,
  cssHeight: number,
  device = window.devicePixelRatio,
): number {
  const wanted = Math.min(3, Math.max(1, device || 1));
  const budget = Math.sqrt(8_300_000 / Math.max(1, cssWidth * cssHeight));
  return Math.max(1, Math.min(wanted, budget));
}

let ratio = 1;
/** The canvas's pixels per CSS pixel now (main.ts sets it when the window or its density changes).
 * Scenes draw in canvas pixels, so a line width or a font size in CSS pixels is multiplied by it. */
export const pixelRatio = (): number => ratio;
export function setPixelRatio(value: number): void {
  ratio = value;
  markLayoutChanged();
}

// The DOM slots the canvas draws into are measured only after something may have moved them (a
// resize, a scroll, a screen change, a slot changing size), never on every frame: a layout read
// per frame forces the browser to lay the page out again between frames.
let layoutStamp = 1;
/** Something may have moved the slots: scenes measure them again on their next frame. */
export function markLayoutChanged(): void {
  layoutStamp += 1;
}
/** Changes whenever the slots may have moved; a scene compares it with the stamp it measured at. */
export const layoutVersion = (): number => layoutStamp;

const observed = new Set<Element>();
let resizes: ResizeObserver | null = null;
function observe(element: Element): void {
  if (observed.has(element) || typeof ResizeObserver === 'undefined') return;
  resizes ??= new ResizeObserver(markLayoutChanged);
  observed.add(element);
  resizes.observe(element);
}
/** Stop watching slots that have left the page (a screen rebuilt), so none is kept alive. */
function pruneObserved(): void {
  for (const element of observed)
    if (!element.isConnected) {
      observed.delete(element);
      resizes?.unobserve(element);
    }
}

/** Where a DOM slot sits on the canvas, in canvas pixels (the canvas fills the window, under the
 * DOM layer). A layout read: call it when layoutVersion() has changed, not every frame. */
export function slotRect(scene: Phaser.Scene, slot: string | Element, out?: Rect): Rect | null {
  const element = typeof slot === 'string' ? document.querySelector(slot) : slot;
  if (!element) return null;
  pruneObserved();
  observe(element);
  const box = element.getBoundingClientRect();
  const canvas = scene.game.canvas.getBoundingClientRect();
  if (box.width === 0 || box.height === 0 || canvas.width === 0) return null;
  const scaleX = scene.scale.width / canvas.width;
  const scaleY = scene.scale.height / canvas.height;
  const rect = out ?? { x: 0, y: 0, width: 0, height: 0 };
  rect.x = (box.left - canvas.left) * scaleX;
  rect.y = (box.top - canvas.top) * scaleY;
  rect.width = box.width * scaleX;
  rect.height = box.height * scaleY;
  return rect;
}

export function reducedMotion(scene: Phaser.Scene): boolean {
  return prefersReducedMotion(appOf(scene).settings);
}

export function appOf(scene: Phaser.Scene): App {
  return scene.registry.get('app') as App;
}

/** Mix two colours, t from 0 to 1 (integer arithmetic: no colour objects, so no garbage per frame). */
export function mix(a: number, b: number, t: number): number {
  const k = Math.max(0, Math.min(1, t));
  const channel = (shift: number) => {
    const from = (a >> shift) & 0xff;
    return Math.round(from + (((b >> shift) & 0xff) - from) * k) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}

/** The heat colour for an intensity 0–100. */
export function heat(intensity: number): number {
  return intensity < 50
    ? mix(COLORS.calm, COLORS.activated, intensity / 50)
    : mix(COLORS.activated, COLORS.flooded, (intensity - 50) / 50);
}

const backdropSize = new WeakMap<Phaser.GameObjects.Graphics, { width: number; height: number }>();

/** A soft vertical gradient behind everything. Scenes call this every frame; it redraws only
 * when the canvas size changes. */
export function drawBackdrop(graphics: Phaser.GameObjects.Graphics, width: number, height: number): void {
  const drawn = backdropSize.get(graphics);
  if (drawn && drawn.width === width && drawn.height === height) return;
  backdropSize.set(graphics, { width, height });
  graphics.clear();
  graphics.fillGradientStyle(COLORS.night, COLORS.night, COLORS.dusk, COLORS.dusk, 1);
  graphics.fillRect(0, 0, width, height);
}

// The heart's outline, computed once (unit coordinates); drawing it reuses the same points.
const HEART_STEPS = 40;
const HEART_UNIT = Array.from({ length: HEART_STEPS + 1 }, (_, i) => {
  const t = (i / HEART_STEPS) * Math.PI * 2;
  const hx = 16 * Math.sin(t) ** 3;
  const hy = -(13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t));
  return { x: hx / 34, y: hy / 34 };
});
const HEART_POINTS = HEART_UNIT.map(() => ({ x: 0, y: 0 }));

/** A heart shape centred on (x, y), `size` across (no allocation: it is drawn every frame). */
export function fillHeart(graphics: Phaser.GameObjects.Graphics, x: number, y: number, size: number): void {
  for (let i = 0; i < HEART_UNIT.length; i++) {
    HEART_POINTS[i].x = x + HEART_UNIT[i].x * size;
    HEART_POINTS[i].y = y + HEART_UNIT[i].y * size;
  }
  graphics.fillPoints(HEART_POINTS as Phaser.Math.Vector2[], true);
}
