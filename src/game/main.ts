// The browser entry: the Phaser game (WebGL) behind, the accessible DOM layer in front, and a
// director that starts the scene for whichever screen the app is on.
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './style.css';
import * as Phaser from 'phaser';
import { App, type Screen } from './app.ts';
import type { ModeId } from '../story/manifest.ts';
import { DomLayer } from './dom/ui.ts';
import { BootScene } from './scenes/boot.ts';
import { DebriefScene } from './scenes/debrief.ts';
import { PlayScene } from './scenes/play.ts';
import { BackdropScene } from './scenes/title.ts';
import { COLORS } from './scenes/shared.ts';

const app = new App();
const params = new URLSearchParams(location.search);
const seedParam = params.get('seed');
// A seed is a safe whole number; anything else (a 400-digit number would become Infinity and be
// saved as null) is ignored, and new runs get a random seed.
if (seedParam !== null && /^\d+$/.test(seedParam) && Number.isSafeInteger(Number(seedParam)))
  app.fixedSeed = Number(seedParam);
const playParam = params.get('play')?.split('/');
if (playParam?.length === 2) app.deepLink = { scenario: playParam[0], mode: playParam[1] as ModeId };
const ui = new DomLayer(app, document.getElementById('ui')!);

const SCENE_FOR: Record<Screen, string> = {
  boot: 'boot',
  title: 'backdrop',
  select: 'backdrop',
  play: 'play',
  debrief: 'debrief',
  runs: 'backdrop',
  compare: 'debrief',
};

const game = new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'game',
  backgroundColor: COLORS.night,
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  scene: [BootScene, BackdropScene, PlayScene, DebriefScene],
  banner: false,
  // The picture changes once a line; 30 frames a second keeps the motion smooth and leaves the
  // CPU to the page on slow machines.
  fps: { limit: 30 },
  audio: { noAudio: true },
  callbacks: {
    preBoot: (g) => g.registry.set('app', app),
  },
});

let shown: string = 'boot';
app.subscribe(() => {
  const wanted = SCENE_FOR[app.screen];
  if (wanted === shown) return;
  game.scene.stop(shown);
  game.scene.start(wanted);
  shown = wanted;
});

// For the end-to-end tests and the benchmark: a read-only view of the state.
Object.assign(window, {
  danceOfDistance: {
    get screen() {
      return app.screen;
    },
    get snapshot() {
      return app.play?.snapshot ?? null;
    },
    get renderer() {
      return game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';
    },
    get typing() {
      return ui.typing;
    },
  },
});
