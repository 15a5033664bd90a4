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
import { canvasPixelRatio, COLORS, markLayoutChanged, setPixelRatio } from './scenes/shared.ts';

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

// The canvas has the device's pixels, not the CSS pixels (Phaser 4 has no resolution setting of
// its own): its size is the window's times the pixel ratio, shown at 1 / ratio zoom, so the
// portraits, labels and lines are drawn sharp on a high-density screen and at 200% zoom.
const host = document.getElementById('game')!;
const cssSize = () => ({
  width: host.clientWidth || window.innerWidth,
  height: host.clientHeight || window.innerHeight,
});
let css = cssSize();
let ratio = canvasPixelRatio(css.width, css.height);
setPixelRatio(ratio);

const game = new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'game',
  backgroundColor: COLORS.night,
  scale: {
    mode: Phaser.Scale.NONE,
    width: Math.round(css.width * ratio),
    height: Math.round(css.height * ratio),
    zoom: 1 / ratio,
  },
  scene: [BootScene, BackdropScene, PlayScene, DebriefScene],
  banner: false,
  // No frame cap: the cycle's lights move at the display's own rate (the draw loop allocates
  // nothing and reads no layout, so a frame is cheap).
  audio: { noAudio: true },
  callbacks: {
    preBoot: (g) => g.registry.set('app', app),
  },
});

/** Follow the window's size and density (a resize, a zoom, a move to another screen). */
function fitCanvas(): void {
  css = cssSize();
  ratio = canvasPixelRatio(css.width, css.height);
  setPixelRatio(ratio);
  game.scale.setZoom(1 / ratio);
  game.scale.resize(Math.round(css.width * ratio), Math.round(css.height * ratio));
  // Phaser leaves the CSS size alone when it equals the canvas size; set it either way.
  game.canvas.style.width = `${css.width}px`;
  game.canvas.style.height = `${css.height}px`;
}
window.addEventListener('resize', fitCanvas);
// A change of density alone (the window dragged to another screen) fires no resize.
const watchDensity = () =>
  matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener(
    'change',
    () => {
      fitCanvas();
      watchDensity();
    },
    { once: true },
  );
watchDensity();
game.events.once(Phaser.Core.Events.READY, fitCanvas);

// The scenes measure the DOM slots they draw into only when something may have moved them.
// A scroll moves them only if it scrolls something they are in (the page; not the conversation).
window.addEventListener(
  'scroll',
  (event) => {
    const target = event.target;
    if (!(target instanceof Element) || target.querySelector('.portrait-slot, .circle-slot, .chart-slot'))
      markLayoutChanged();
  },
  { capture: true, passive: true },
);
document.addEventListener('toggle', markLayoutChanged, true);
document.fonts?.addEventListener('loadingdone', markLayoutChanged);
app.subscribe(markLayoutChanged);

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
    get canvasPixels() {
      return { width: game.canvas.width, height: game.canvas.height, ratio };
    },
    get renderer() {
      return game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';
    },
    get typing() {
      return ui.typing;
    },
  },
});
