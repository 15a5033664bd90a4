// Session speed against bare inkjs doing the same work (figures, not tests):
// - The paths: random playthroughs of every mode of Kara and Jake. While they are recorded, every
//   answer the model gives the story (state_of, arousal, received, …) is logged in order.
// - Bare inkjs replays exactly those paths: one parsed story, reset per path, the same choices,
//   and the recorded answers from its externals, so it walks the same lines the session walks.
// - The session replays the same paths with the model, recorder and checkpoints.
// Both count the same unit: steps (non-empty lines and choices). After a warm-up the two run
// interleaved, several samples each; min / median / max and the ratio of medians are printed.
// A third side, interleaved with them, reads every checkpoint too (serialised only when first
// read), as saving the run after every choice does.
// Then: the time to start a session (the first start parses the story; later ones share it), and
// the time to explore every mode of every scenario, sampled as `explore` does and every path.
import { Story } from 'inkjs';
import { loadInkFiles, loadScenario, scenarioIds } from '../src/cli/scenarios.ts';
import { explore } from '../src/session/explore.ts';
import { Session } from '../src/session/session.ts';

const PATHS = Number(process.env.BENCH_PATHS ?? 150);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 7);
const scenario = loadScenario('kara-and-jake');

// Log every external answer by wrapping inkjs's binding (bench only).
const answers: unknown[] = [];
const bind = Story.prototype.BindExternalFunction;
Story.prototype.BindExternalFunction = function (this: Story, name, fn, lookaheadSafe) {
  const logged = (...args: unknown[]) => {
    const answer = (fn as (...a: unknown[]) => unknown)(...args);
    answers.push(answer);
    return answer;
  };
  return bind.call(this, name, logged as typeof fn, lookaheadSafe);
};

let seed = 7;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
interface RecordedPath {
  mode: string;
  entry: string;
  seed: number;
  choices: number[];
  answers: unknown[];
  steps: number;
}
const paths: RecordedPath[] = [];
for (let i = 0; i < PATHS; i++) {
  const mode = scenario.manifest.modes[i % scenario.manifest.modes.length];
  answers.length = 0;
  const session = Session.start({ ...scenario, mode: mode.id, seed: i + 1 });
  while (!session.ended) session.choose(1 + Math.floor(random() * session.choices.length));
  paths.push({
    mode: mode.id,
    entry: mode.entry,
    seed: i + 1,
    choices: session.steps.filter((s) => s.kind === 'choice').map((s) => s.chosen!),
    answers: [...answers],
    steps: session.steps.length,
  });
}
Story.prototype.BindExternalFunction = bind;

// Bare inkjs: one parsed story, its externals answering from the recording.
const bareStory = new Story(scenario.storyJson);
let queue: unknown[] = [];
let next = 0;
for (const name of ['state_of', 'stance_of', 'arousal', 'cycle_stage', 'received', 'minutes_left'])
  bareStory.BindExternalFunction(name, () => queue[next++], false);

function bare(): number {
  let steps = 0;
  for (const path of paths) {
    queue = path.answers;
    next = 0;
    bareStory.ResetState();
    bareStory.ChoosePathString(path.entry);
    let k = 0;
    for (;;) {
      while (bareStory.canContinue) {
        const text = bareStory.Continue()!.trim();
        if (text !== '' || (bareStory.currentTags?.length ?? 0) > 0) steps++;
      }
      if (!bareStory.currentChoices.length) break;
      bareStory.ChooseChoiceIndex(path.choices[k++] - 1);
      steps++;
    }
    if (next !== path.answers.length) throw new Error(`bare inkjs left the ${path.mode} path`);
  }
  return steps;
}

function session(readCheckpoints = false): number {
  let steps = 0;
  for (const path of paths) {
    const run = Session.start({ ...scenario, mode: path.mode, seed: path.seed });
    for (const choice of path.choices) run.choose(choice);
    if (run.steps.length !== path.steps) throw new Error(`the session left the ${path.mode} path`);
    // Checkpoints are serialised when first read (a rewind, a save): read them all, as saving
    // the run would, to show what that costs on top.
    if (readCheckpoints) for (const checkpoint of run.checkpoints) void (checkpoint.ink, checkpoint.sim);
    steps += run.steps.length;
  }
  return steps;
}

const stepsPerSecond = (body: () => number) => {
  const start = process.hrtime.bigint();
  const steps = body();
  return steps / (Number(process.hrtime.bigint() - start) / 1e9);
};
const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1] };
};
const show = (label: string, xs: number[], unit: string, digits = 0) => {
  const { min, median, max } = stats(xs);
  const f = (x: number) => x.toFixed(digits);
  console.log(`${label.padEnd(36)} min ${f(min)}  median ${f(median)}  max ${f(max)} ${unit}`);
  return median;
};

if (bare() !== session()) throw new Error('bare inkjs and the session count different steps');
bare();
session(); // warm-up
const bareRates: number[] = [];
const sessionRates: number[] = [];
const savedRates: number[] = [];
for (let i = 0; i < SAMPLES; i++) {
  bareRates.push(stepsPerSecond(bare));
  sessionRates.push(stepsPerSecond(session));
  savedRates.push(stepsPerSecond(() => session(true)));
}
const totalSteps = paths.reduce((n, p) => n + p.steps, 0);
console.log(`${PATHS} paths of Kara and Jake (${totalSteps} steps), ${SAMPLES} interleaved samples each`);
const bareMedian = show('baseline: bare inkjs, same path', bareRates, 'steps/s');
const sessionMedian = show('session: story + model + recorder', sessionRates, 'steps/s');
console.log(`session / bare inkjs (medians): ${(sessionMedian / bareMedian).toFixed(3)} (goal ≥ 0.8)`);
const savedMedian = show('session, every checkpoint read', savedRates, 'steps/s');
console.log(
  `  … / bare inkjs (medians): ${(savedMedian / bareMedian).toFixed(3)} (as when every choice is saved)`,
);

// Starting a session: the first start of a story parses it; later starts share the parse.
const startTimes: number[] = [];
for (let i = 0; i < 30; i++) {
  const start = performance.now();
  Session.start({ ...scenario, mode: scenario.manifest.modes[i % 3].id, seed: i + 1 });
  startTimes.push(performance.now() - start);
}
show('Session.start after the first', startTimes, 'ms', 1);

// Exploring, as `npm run explore -- --scenario all` does (a sample guided by coverage), against a
// walk of every path of the same modes (skip it with BENCH_EVERY_PATH=0: it takes minutes).
const everyPathToo = process.env.BENCH_EVERY_PATH !== '0';
let sampleTotal = 0;
let everyTotal = 0;
for (const id of scenarioIds()) {
  const loaded = loadScenario(id);
  const files = loadInkFiles(id);
  for (const mode of loaded.manifest.modes) {
    const sample = explore({ ...loaded, files, mode: mode.id });
    sampleTotal += sample.milliseconds;
    let line = `explore ${id} as ${mode.id}: sample ${sample.paths} paths, choices taken ${sample.coverage.taken} of ${sample.coverage.choices}, ${Object.keys(sample.endings).length} endings, ${(sample.milliseconds / 1000).toFixed(1)} s`;
    if (everyPathToo) {
      const every = explore({ ...loaded, files, mode: mode.id, everyPath: true });
      everyTotal += every.milliseconds;
      line += `; every path ${every.paths} paths, choices taken ${every.coverage.taken}, ${(every.milliseconds / 1000).toFixed(1)} s`;
    }
    console.log(line);
  }
}
console.log(
  `explore every scenario: sample ${(sampleTotal / 1000).toFixed(1)} s (goal < 30 s)${everyPathToo ? `; every path ${(everyTotal / 1000).toFixed(1)} s; sample / every path ${(sampleTotal / everyTotal).toFixed(3)}` : ''}`,
);
