import * as Phaser from 'phaser';
import { COLORS, drawBackdrop, pixelRatio, reducedMotion } from './shared.ts';

/** Backdrop for the title and scenario screens: two lights chasing each other round a circle. */
export class BackdropScene extends Phaser.Scene {
  private backdrop!: Phaser.GameObjects.Graphics;
  private motif!: Phaser.GameObjects.Graphics;
  private angle = 0;

  constructor(key = 'backdrop') {
    super(key);
  }

  create(): void {
    this.backdrop = this.add.graphics();
    this.motif = this.add.graphics();
  }

  override update(_time: number, delta: number): void {
    const { width, height } = this.scale;
    drawBackdrop(this.backdrop, width, height);
    if (!reducedMotion(this)) this.angle += delta * 0.00035;
    const radius = Math.min(width, height) * 0.38;
    const cx = width * 0.5;
    const cy = height * 0.5;
    const g = this.motif.clear();
    const px = pixelRatio();
    g.lineStyle(2 * px, COLORS.muted, 0.18).strokeCircle(cx, cy, radius);
    for (let i = 0; i < 2; i++) {
      const a = this.angle + i * Math.PI * 0.55;
      g.fillStyle(COLORS.partner[i], 0.35).fillCircle(
        cx + Math.cos(a) * radius,
        cy + Math.sin(a) * radius,
        14 * px,
      );
      g.fillStyle(COLORS.partner[i], 0.12).fillCircle(
        cx + Math.cos(a) * radius,
        cy + Math.sin(a) * radius,
        30 * px,
      );
    }
  }
}
