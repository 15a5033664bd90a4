import * as Phaser from 'phaser';
import { COLORS, drawBackdrop, reducedMotion } from './shared.ts';

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
    g.lineStyle(2, COLORS.muted, 0.18).strokeCircle(cx, cy, radius);
    const chase = [this.angle, this.angle + Math.PI * 0.55];
    chase.forEach((a, i) => {
      g.fillStyle(COLORS.partner[i], 0.35).fillCircle(
        cx + Math.cos(a) * radius,
        cy + Math.sin(a) * radius,
        14,
      );
      g.fillStyle(COLORS.partner[i], 0.12).fillCircle(
        cx + Math.cos(a) * radius,
        cy + Math.sin(a) * radius,
        30,
      );
    });
  }
}
