import * as Phaser from 'phaser';
import { FLOODING_HEART_RATE } from '../../sim/parameters.ts';
import { appOf, COLORS, drawBackdrop, FONT, slotRect, type Rect } from './shared.ts';

/** Draws the debrief's curves into its chart slots: heart rate with the flooding line, and arousal. */
export class DebriefScene extends Phaser.Scene {
  private backdrop!: Phaser.GameObjects.Graphics;
  private charts!: Phaser.GameObjects.Graphics;
  private texts: Phaser.GameObjects.Text[] = [];
  /** Layout the charts were last drawn for: they are redrawn only when it changes (resize, scroll). */
  private drawnFor = '';

  constructor() {
    super('debrief');
  }

  create(): void {
    this.drawnFor = '';
    this.backdrop = this.add.graphics();
    this.charts = this.add.graphics();
    this.texts = [];
  }

  override update(): void {
    const { width, height } = this.scale;
    const play = appOf(this).play;
    if (!play) return;
    const heartRect = slotRect(this, '.chart-slot[data-chart="heartRate"]');
    const arousalRect = slotRect(this, '.chart-slot[data-chart="arousal"]');
    const layout = JSON.stringify([width, height, heartRect, arousalRect, play.session.steps.length]);
    if (layout === this.drawnFor) return;
    this.drawnFor = layout;
    drawBackdrop(this.backdrop, width, height);
    this.charts.clear();
    this.texts.forEach((t) => t.destroy());
    this.texts = [];
    const steps = play.session.steps;
    const ids = play.scenario.manifest.partners.map((p) => p.id);
    if (heartRect)
      this.chart(
        heartRect,
        'Heart rate (bpm)',
        50,
        130,
        ids.map((id) => steps.map((s) => s.snapshot.partners[id].heartRate)),
        FLOODING_HEART_RATE,
      );
    if (arousalRect)
      this.chart(
        arousalRect,
        'Arousal (0–100)',
        0,
        100,
        ids.map((id) => steps.map((s) => s.snapshot.partners[id].arousal)),
        null,
      );
  }

  private chart(
    rect: Rect,
    title: string,
    min: number,
    max: number,
    series: number[][],
    line: number | null,
  ): void {
    const g = this.charts;
    const pad = { left: 44, right: 12, top: 26, bottom: 22 };
    const x0 = rect.x + pad.left;
    const y0 = rect.y + pad.top;
    const w = rect.width - pad.left - pad.right;
    const h = rect.height - pad.top - pad.bottom;
    const yOf = (v: number) => y0 + h - ((Math.max(min, Math.min(max, v)) - min) / (max - min)) * h;
    g.fillStyle(COLORS.night, 0.75).fillRoundedRect(rect.x, rect.y, rect.width, rect.height, 10);
    this.texts.push(
      this.add.text(rect.x + 12, rect.y + 6, title, { fontFamily: FONT, fontSize: '14px', color: '#f6efe6' }),
    );
    for (let v = min; v <= max; v += (max - min) / 4) {
      g.lineStyle(1, COLORS.muted, 0.2).lineBetween(x0, yOf(v), x0 + w, yOf(v));
      this.texts.push(
        this.add
          .text(x0 - 6, yOf(v), String(Math.round(v)), {
            fontFamily: FONT,
            fontSize: '11px',
            color: '#9aa6c4',
          })
          .setOrigin(1, 0.5),
      );
    }
    if (line !== null) {
      for (let x = x0; x < x0 + w; x += 10)
        g.lineStyle(2, COLORS.flooded, 0.9).lineBetween(x, yOf(line), Math.min(x + 5, x0 + w), yOf(line));
      this.texts.push(
        this.add
          .text(x0 + w - 4, yOf(line) - 4, 'flooding', {
            fontFamily: FONT,
            fontSize: '11px',
            color: '#f08a8d',
          })
          .setOrigin(1, 1),
      );
    }
    const count = Math.max(2, series[0]?.length ?? 2);
    series.forEach((values, i) => {
      const points = values.map((v, k) => new Phaser.Math.Vector2(x0 + (k / (count - 1)) * w, yOf(v)));
      g.lineStyle(3, COLORS.partner[i], 1).strokePoints(points, false);
    });
    this.texts.push(
      this.add.text(x0, y0 + h + 4, 'start', { fontFamily: FONT, fontSize: '11px', color: '#9aa6c4' }),
    );
    this.texts.push(
      this.add
        .text(x0 + w, y0 + h + 4, 'end', { fontFamily: FONT, fontSize: '11px', color: '#9aa6c4' })
        .setOrigin(1, 0),
    );
  }
}
