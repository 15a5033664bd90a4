import * as Phaser from 'phaser';
import { allPortraits } from '../portraits.ts';
import { appOf, COLORS, drawBackdrop, FONT } from './shared.ts';

/** Loads the portraits and the font, with a progress bar, then shows the title. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super('boot');
  }

  preload(): void {
    const { width, height } = this.scale;
    drawBackdrop(this.add.graphics(), width, height);
    const barWidth = Math.min(420, width * 0.7);
    const x = (width - barWidth) / 2;
    const y = height / 2;
    this.add
      .text(width / 2, y - 40, 'Dance of Distance', { fontFamily: FONT, fontSize: '28px', color: '#f6efe6' })
      .setOrigin(0.5);
    const frame = this.add.graphics();
    frame.lineStyle(2, COLORS.muted, 1).strokeRoundedRect(x, y, barWidth, 16, 8);
    const bar = this.add.graphics();
    this.load.on('progress', (value: number) => {
      bar
        .clear()
        .fillStyle(COLORS.calm, 1)
        .fillRoundedRect(x + 3, y + 3, Math.max(10, (barWidth - 6) * value), 10, 5);
    });
    for (const { key, url } of allPortraits()) this.load.svg(key, url, { width: 320, height: 320 });
  }

  create(): void {
    const app = appOf(this);
    // The title needs the saved runs (for Continue) as well as the font.
    void Promise.all([document.fonts?.load(`16px ${FONT}`), app.loadRuns()]).finally(() => app.go('title'));
  }
}
