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

/** Where a DOM slot sits on the canvas (the canvas fills the window, under the DOM layer). */
export function slotRect(scene: Phaser.Scene, slot: string | Element): Rect | null {
  const element = typeof slot === 'string' ? document.querySelector(slot) : slot;
  if (!element) return null;
  const box = element.getBoundingClientRect();
  const canvas = scene.game.canvas.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  const scaleX = scene.scale.width / canvas.width;
  const scaleY = scene.scale.height / canvas.height;
  return {
    x: (box.left - canvas.left) * scaleX,
    y: (box.top - canvas.top) * scaleY,
    width: box.width * scaleX,
    height: box.height * scaleY,
  };
}

export function reducedMotion(scene: Phaser.Scene): boolean {
  return prefersReducedMotion(appOf(scene).settings);
}

export function appOf(scene: Phaser.Scene): App {
  return scene.registry.get('app') as App;
}

/** Mix two colours, t from 0 to 1. */
export function mix(a: number, b: number, t: number): number {
  const c1 = Phaser.Display.Color.IntegerToColor(a);
  const c2 = Phaser.Display.Color.IntegerToColor(b);
  const k = Math.max(0, Math.min(1, t));
  return Phaser.Display.Color.GetColor(
    Math.round(c1.red + (c2.red - c1.red) * k),
    Math.round(c1.green + (c2.green - c1.green) * k),
    Math.round(c1.blue + (c2.blue - c1.blue) * k),
  );
}

/** The heat colour for an intensity 0–100. */
export function heat(intensity: number): number {
  return intensity < 50
    ? mix(COLORS.calm, COLORS.activated, intensity / 50)
    : mix(COLORS.activated, COLORS.flooded, (intensity - 50) / 50);
}

const backdropSize = new WeakMap<Phaser.GameObjects.Graphics, string>();

/** A soft vertical gradient behind everything. Scenes call this every frame; it redraws only
 * when the canvas size changes. */
export function drawBackdrop(graphics: Phaser.GameObjects.Graphics, width: number, height: number): void {
  const size = `${width}x${height}`;
  if (backdropSize.get(graphics) === size) return;
  backdropSize.set(graphics, size);
  graphics.clear();
  graphics.fillGradientStyle(COLORS.night, COLORS.night, COLORS.dusk, COLORS.dusk, 1);
  graphics.fillRect(0, 0, width, height);
}

/** A heart shape centred on (x, y), `size` across. */
export function fillHeart(graphics: Phaser.GameObjects.Graphics, x: number, y: number, size: number): void {
  const points: Phaser.Math.Vector2[] = [];
  for (let i = 0; i <= 40; i++) {
    const t = (i / 40) * Math.PI * 2;
    const hx = 16 * Math.sin(t) ** 3;
    const hy = -(13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t));
    points.push(new Phaser.Math.Vector2(x + (hx / 34) * size, y + (hy / 34) * size));
  }
  graphics.fillPoints(points, true);
}
