// Session steps per second (story + model + recorder) against bare inkjs walking the same paths
// in the same run, and the time to explore every mode of every scenario. Figures, not tests.
import { Story } from 'inkjs';
import { loadInkFiles, loadScenario, scenarioIds } from '../src/cli/scenarios.ts';
import { explore } from '../src/session/explore.ts';
import { Session } from '../src/session/session.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const scenario = loadScenario('kara-and-jake');
let seed = 7;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;

// The paths: random playthroughs of every mode, recorded as choice lists.
const paths: { mode: string; entry: string; choices: number[] }[] = [];
for (let i = 0; i < RUNS; i++) {
  const mode = scenario.manifest.modes[i % scenario.manifest.modes.length];
  const session = Session.start({ ...scenario, mode: mode.id });
  while (!session.ended) session.choose(1 + Math.floor(random() * session.choices.length));
  paths.push({
    mode: mode.id,
    entry: mode.entry,
    choices: session.steps.filter((s) => s.kind === 'choice').map((s) => s.chosen!),
  });
}

function time(label: string, body: () => number): number {
  const start = process.hrtime.bigint();
  const lines = body();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const perSecond = lines / seconds;
  console.log(
    `${label.padEnd(40)} ${perSecond.toFixed(0).padStart(8)} steps/s  (${lines} steps in ${seconds.toFixed(2)} s)`,
  );
  return perSecond;
}

// Bare inkjs cannot follow the model's branches, so it walks the same choice numbers with the
// calm fallbacks: the same amount of ink per step, none of our work.
const bare = time('baseline: bare inkjs, same choices', () => {
  let lines = 0;
  for (const path of paths) {
    // A new Story per path, as a session starts one per run.
    const story = new Story(scenario.storyJson);
    story.allowExternalFunctionFallbacks = true;
    story.ChoosePathString(path.entry);
    for (let k = 0; k < 60; k++) {
      while (story.canContinue) {
        story.Continue();
        lines++;
      }
      if (!story.currentChoices.length) break;
      story.ChooseChoiceIndex(((path.choices[k] ?? 1) - 1) % story.currentChoices.length);
      lines++;
    }
  }
  return lines;
});
const ours = time('session: story + model + recorder', () => {
  let steps = 0;
  for (const path of paths) {
    const session = Session.start({ ...scenario, mode: path.mode });
    for (const choice of path.choices) session.choose(choice);
    steps += session.steps.length;
  }
  return steps;
});
console.log(`session / bare inkjs: ${(ours / bare).toFixed(3)}`);

const started = performance.now();
let walked = 0;
for (const id of scenarioIds()) {
  const loaded = loadScenario(id);
  for (const mode of loaded.manifest.modes)
    walked += explore({ ...loaded, files: loadInkFiles(id), mode: mode.id }).paths;
}
console.log(
  `explore every mode of every scenario: ${walked} paths in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
