import * as Phaser from 'phaser';
import { FLOODING_HEART_RATE } from '../../sim/parameters.ts';
import {
  appOf,
  COLORS,
  drawBackdrop,
  FONT,
  layoutVersion,
  pixelRatio,
  slotRect,
  type Rect,
} from './shared.ts';

/** Draws the curves into the chart slots: on the debrief, heart rate with the flooding line and
 * arousal; on the compare screen, each partner's arousal in run A (solid) and run B (dashed). */
export class DebriefScene extends Phaser.Scene {
  private backdrop!: Phaser.GameObjects.Graphics;
  private charts!: Phaser.GameObjects.Graphics;
  private texts: Phaser.GameObjects.Text[] = [];
  /** Layout the charts were last drawn for: they are redrawn only when it changes (resize, scroll). */
  private drawnFor = '';
  /** The layout stamp the slots were last measured at (see layoutVersion). */
  private measuredAt = 0;

  constructor() {
    super('debrief');
  }

  create(): void {
    this.drawnFor = '';
    this.measuredAt = 0;
    this.backdrop = this.add.graphics();
    this.charts = this.add.graphics();
    this.texts = [];
  }

  override update(): void {
    const { width, height } = this.scale;
    drawBackdrop(this.backdrop, width, height);
    // Nothing moves here between layout changes: measure and redraw only after one.
    if (this.measuredAt === layoutVersion()) return;
    this.measuredAt = layoutVersion();
    const app = appOf(this);
    const slots = [...document.querySelectorAll<HTMLElement>('.chart-slot')];
    const rects = slots.map((slot) => slotRect(this, slot));
    const layout = JSON.stringify([
      app.screen,
      width,
      height,
      rects,
      app.play?.session.steps.length,
      app.comparing?.a.id,
      app.comparing?.b.id,
      pixelRatio(),
    ]);
    if (layout === this.drawnFor) return;
    this.drawnFor = layout;
    this.charts.clear();
    this.texts.forEach((t) => t.destroy());
    this.texts = [];
    slots.forEach((slot, i) => {
      const rect = rects[i];
      if (!rect) return;
      if (app.screen === 'debrief' && app.play) {
        const steps = app.play.session.steps;
        const series = app.play.scenario.manifest.partners.map((p, k) => ({
          values: steps.map((s) =>
            slot.dataset.chart === 'heartRate'
              ? s.snapshot.partners[p.id].heartRate
              : s.snapshot.partners[p.id].arousal,
          ),
          colour: COLORS.partner[k],
          dashed: false,
        }));
        if (slot.dataset.chart === 'heartRate')
          this.chart(rect, 'Heart rate (bpm)', 50, 130, series, FLOODING_HEART_RATE);
        else this.chart(rect, 'Arousal (0–100)', 0, 100, series, null);
      } else if (app.screen === 'compare' && app.comparing && slot.dataset.compare) {
        const id = slot.dataset.compare;
        const colour = COLORS.partner[Number(slot.dataset.index ?? 0)];
        const name = slot.getAttribute('aria-label')?.split("'")[0] ?? id;
        this.chart(
          rect,
          `${name}: arousal, run A and run B`,
          0,
          100,
          [
            {
              values: app.comparing.a.steps.map((s) => s.snapshot.partners[id]?.arousal ?? 0),
              colour,
              dashed: false,
            },
            {
              values: app.comparing.b.steps.map((s) => s.snapshot.partners[id]?.arousal ?? 0),
              colour,
              dashed: true,
            },
          ],
          null,
        );
      }
    });
  }

  private chart(
    rect: Rect,
    title: string,
    min: number,
    max: number,
    series: { values: number[]; colour: number; dashed: boolean }[],
    line: number | null,
  ): void {
    const g = this.charts;
    // Sizes in CSS pixels, times the canvas's density.
    const px = pixelRatio();
    const font = (size: number) => `${Math.round(size * px)}px`;
    const pad = { left: 44 * px, right: 12 * px, top: 26 * px, bottom: 22 * px };
    const x0 = rect.x + pad.left;
    const y0 = rect.y + pad.top;
    const w = rect.width - pad.left - pad.right;
    const h = rect.height - pad.top - pad.bottom;
    const yOf = (v: number) => y0 + h - ((Math.max(min, Math.min(max, v)) - min) / (max - min)) * h;
    g.fillStyle(COLORS.night, 0.75).fillRoundedRect(rect.x, rect.y, rect.width, rect.height, 10 * px);
    this.texts.push(
      this.add.text(rect.x + 12 * px, rect.y + 6 * px, title, {
        fontFamily: FONT,
        fontSize: font(14),
        color: '#f6efe6',
      }),
    );
    for (let v = min; v <= max; v += (max - min) / 4) {
      g.lineStyle(px, COLORS.muted, 0.2).lineBetween(x0, yOf(v), x0 + w, yOf(v));
      this.texts.push(
        this.add
          .text(x0 - 6 * px, yOf(v), String(Math.round(v)), {
            fontFamily: FONT,
            fontSize: font(11),
            color: '#9aa6c4',
          })
          .setOrigin(1, 0.5),
      );
    }
    if (line !== null) {
      for (let x = x0; x < x0 + w; x += 10 * px)
        g.lineStyle(2 * px, COLORS.flooded, 0.9).lineBetween(
          x,
          yOf(line),
          Math.min(x + 5 * px, x0 + w),
          yOf(line),
        );
      this.texts.push(
        this.add
          .text(x0 + w - 4 * px, yOf(line) - 4 * px, 'flooding', {
            fontFamily: FONT,
            fontSize: font(11),
            color: '#f08a8d',
          })
          .setOrigin(1, 1),
      );
    }
    const count = Math.max(2, ...series.map((s) => s.values.length));
    for (const { values, colour, dashed } of series) {
      const points = values.map((v, k) => new Phaser.Math.Vector2(x0 + (k / (count - 1)) * w, yOf(v)));
      if (!dashed) g.lineStyle(3 * px, colour, 1).strokePoints(points, false);
      else
        points
          .slice(1)
          .forEach(
            (p, k) =>
              k % 2 === 0 && g.lineStyle(3 * px, colour, 0.9).lineBetween(points[k].x, points[k].y, p.x, p.y),
          );
    }
    this.texts.push(
      this.add.text(x0, y0 + h + 4 * px, 'start', { fontFamily: FONT, fontSize: font(11), color: '#9aa6c4' }),
    );
    this.texts.push(
      this.add
        .text(x0 + w, y0 + h + 4 * px, 'end', { fontFamily: FONT, fontSize: font(11), color: '#9aa6c4' })
        .setOrigin(1, 0),
    );
  }
}
