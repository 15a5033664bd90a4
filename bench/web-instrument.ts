// The in-page instrument for bench/web.ts, installed before any page script (addInitScript) in
// the game and in the bare page alike. Everything is timed in the page with performance.now()
// (milliseconds since navigation start); the bench reads the marks once, at the end.
//
// - Rendered frames. The game caps Phaser at 30 fps, so the browser runs requestAnimationFrame
//   callbacks in which nothing is drawn, and main.ts exposes no Phaser game to hook. So the
//   instrument counts WebGL calls that change the canvas (clear and the draw calls) and wraps
//   requestAnimationFrame: a frame is a rendered frame when a callback in it issued at least one.
//   Its time is the rAF timestamp; its work is the time spent in those callbacks. The same
//   instrument runs on the bare page, where every frame draws.
// - Every frame the browser runs (its own rAF loop), to show what the browser can do.
// - `frameShown`: after the first rendered frame (the bare page's first frame).
// - `choiceShown`: after the first frame that shows a choice button. A MutationObserver notes when
//   a `button.choice` is attached and not hidden; the mark is taken once the next frame is done.
// - "Done with a frame": from inside that frame's rAF phase, a MessageChannel message; it runs once
//   the main thread has finished the frame's style, layout and paint.
// - Reading the opening lines: the game shows its lines one at a time and its choices only after
//   the last. While `autoAdvance` is on, the instrument clicks the game's Continue button as soon
//   as it is there (no choice showing), the way a player presses Enter, with no reading time. The
//   bare page has no Continue button.
// - Frame records are kept only while `recording` is on, so the page's memory does not grow.
//
// It is a string, not a function, so that the TypeScript runner's helpers never leak into it.
export const INSTRUMENT = String.raw`(() => {
  const bench = {
    recording: false,
    autoAdvance: true,
    frames: [],
    ticks: [],
    firstFrame: null,
    firstLineAttached: null,
    choiceAttached: null,
    firstChoice: null,
    advances: 0,
  };
  window.__bench = bench;
  let frameShown;
  let choiceShown;
  bench.frameShown = new Promise((done) => (frameShown = done));
  bench.choiceShown = new Promise((done) => (choiceShown = done));

  let draws = 0;
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of ['clear', 'drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements']) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        draws += 1;
        return original.apply(this, args);
      };
    }
  }

  const raf = window.requestAnimationFrame.bind(window);
  const whenFrameDone = (done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(0);
  };
  window.requestAnimationFrame = (callback) =>
    raf((time) => {
      const before = draws;
      const start = performance.now();
      callback(time);
      if (draws === before) return;
      if (bench.firstFrame === null) {
        bench.firstFrame = -1;
        whenFrameDone((at) => {
          bench.firstFrame = at;
          frameShown(at);
        });
      }
      if (!bench.recording) return;
      const work = performance.now() - start;
      const last = bench.frames[bench.frames.length - 1];
      if (last && last[0] === time) last[1] += work;
      else bench.frames.push([time, work]);
    });
  const tick = (time) => {
    if (bench.recording) bench.ticks.push(time);
    raf(tick);
  };
  raf(tick);

  const observer = new MutationObserver(() => {
    if (bench.firstLineAttached === null && document.querySelector('.log .line'))
      bench.firstLineAttached = performance.now();
    const choice = document.querySelector('button.choice');
    if (choice && !choice.closest('[hidden]')) {
      if (bench.choiceAttached === null) {
        bench.choiceAttached = performance.now();
        raf(() =>
          whenFrameDone((at) => {
            bench.firstChoice = at;
            choiceShown(at);
          }),
        );
      }
      return;
    }
    if (!bench.autoAdvance) return;
    const next = document.querySelector('button.continue:not(.primary):not([hidden])');
    if (next && !next.closest('[hidden]')) {
      bench.advances += 1;
      next.click();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
})();`;

/** The game's settings for every bench page: lines appear whole, no sound, full motion. */
export const SETTINGS = `localStorage.setItem('dance-of-distance.settings.v1', JSON.stringify({ textSpeed: 'instant', sound: false, motion: 'full' }));`;
