import * as Phaser from 'phaser';
import { appOf, drawBackdrop, FONT, pixelRatio } from './shared.ts';

/** Loads the font and the saved runs, then shows the title (portraits load per scenario, in play). */
export class BootScene extends Phaser.Scene {
  constructor() {
    super('boot');
  }

  preload(): void {
    const { width, height } = this.scale;
    drawBackdrop(this.add.graphics(), width, height);
    this.add
      .text(width / 2, height / 2, 'Dance of Distance', {
        fontFamily: FONT,
        fontSize: `${Math.round(28 * pixelRatio())}px`,
        color: '#f6efe6',
      })
      .setOrigin(0.5);
  }

  create(): void {
    const app = appOf(this);
    // The title needs the saved runs (for Continue) as well as the font.
    void Promise.all([document.fonts?.load(`16px ${FONT}`), app.loadRuns()]).finally(() => app.go('title'));
  }
}
