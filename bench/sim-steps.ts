// Model steps per second over a long random move sequence (a figure, not a test).
//
// Both sides do the same work for every move and return the same snapshot:
//   model     `Simulation.apply`: the partner and couple machines (xstate actors).
//   baseline  `PlainSimulation.apply` (bench/plain-sim.ts): the same steps written out as plain
//             code, calling the same rule functions for every quantity the machines derive
//             (arousal and trust of the receiver, the mover's own effect, pursuit bookkeeping,
//             state thresholds, stances, reception draws, the couple's intensity, trend, ratio and
//             stage), and building the same snapshot.
// Before timing, every snapshot of the two is compared over the whole sequence; the run stops if
// any differ. Each timed run folds every snapshot into a checksum that is printed, so neither
// side's result can be dropped as unused. After a warm-up of each, the samples alternate
// baseline, model, baseline, model…; each sample starts a fresh simulation on the same moves.
import { isDeepStrictEqual } from 'node:util';
import { loadManifest } from '../src/cli/scenarios.ts';
import { COUNSELOR_ID, MOVE_TYPES, isCounselorMove, isPartnerMove, type Move } from '../src/sim/moves.ts';
import { Simulation, type SimSnapshot } from '../src/sim/simulation.ts';
import { simSetupOf } from '../src/story/manifest.ts';
import { PlainSimulation } from './plain-sim.ts';

const STEPS = Number(process.env.BENCH_STEPS ?? 20_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 7);

let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const partnerMoves = MOVE_TYPES.filter(isPartnerMove).filter((m) => m !== 'take_break');
const counselorMoves = MOVE_TYPES.filter(isCounselorMove);
// The partners take turns; now and then one takes a break, and one move in six is the
// counselor's, to both or to one of them (counselor mode).
const moves: Move[] = Array.from({ length: STEPS }, (_, i) => {
  const by = i % 2 ? 'jake' : 'kara';
  const roll = random();
  if (roll < 0.02) return { by, type: 'take_break', minutes: 20 };
  if (roll < 0.18) {
    const to = random() < 0.5 ? {} : { to: random() < 0.5 ? 'kara' : 'jake' };
    return { by: COUNSELOR_ID, type: pick(counselorMoves), ...to };
  }
  return { by, type: pick(partnerMoves) };
});
const setup = simSetupOf(loadManifest('kara-and-jake'));

interface Stepper {
  apply(move: Move): SimSnapshot;
}
const sides: { label: string; start: () => Stepper }[] = [
  { label: 'baseline: plain code, same rules', start: () => new PlainSimulation(setup) },
  { label: 'model: partner + couple machines', start: () => new Simulation(setup) },
];

/** Everything a snapshot says, folded into one number. */
function fold(sum: number, s: SimSnapshot): number {
  sum += s.minutes + (s.breakSince ?? -1) + s.cycle.intensity + s.cycle.ratio;
  sum += s.cycle.stage.length + s.cycle.trend.length;
  for (const id in s.partners) {
    const p = s.partners[id];
    sum += p.arousal + p.heartRate + p.trust + p.positiveMoves * 3 + p.negativeMoves * 5;
    sum += p.state.length + p.stance.length * 7 + p.role.length + (p.onBreak ? 11 : 0);
    sum += (p.reception?.length ?? 0) * 13 + p.horsemen.criticism + p.horsemen.contempt * 2;
    sum += p.horsemen.defensiveness * 3 + p.horsemen.stonewalling * 4;
  }
  return sum;
}

// 1. Same work: identical snapshots at every step.
{
  const [plain, model] = sides.map((side) => side.start());
  moves.forEach((move, i) => {
    const a = plain.apply(move);
    const b = model.apply(move);
    if (!isDeepStrictEqual(a, b)) {
      console.error(`step ${i} (${move.by} ${move.type}): the baseline and the model differ`);
      console.error(JSON.stringify({ baseline: a, model: b }, null, 1));
      process.exit(1);
    }
  });
  console.log(`checked: baseline and model snapshots identical at all ${STEPS} steps`);
}

// 2. Timing.
function run(start: () => Stepper): { seconds: number; checksum: number } {
  const began = process.hrtime.bigint();
  const sim = start();
  let checksum = 0;
  for (const move of moves) checksum = fold(checksum, sim.apply(move));
  return { seconds: Number(process.hrtime.bigint() - began) / 1e9, checksum };
}

const checksums = sides.map((side) => run(side.start).checksum); // warm-up, discarded
const seconds: number[][] = sides.map(() => []);
for (let sample = 0; sample < SAMPLES; sample++) {
  sides.forEach((side, i) => {
    const result = run(side.start);
    if (result.checksum !== checksums[i]) throw new Error(`${side.label}: checksum changed between runs`);
    seconds[i].push(result.seconds);
  });
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => {
  const s = sorted(xs);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const rate = (s: number) => (STEPS / s).toFixed(0).padStart(9);

console.log(
  `${STEPS} steps a sample, ${SAMPLES} samples each after a warm-up, interleaved; steps/s min / median / max:`,
);
sides.forEach((side, i) => {
  const s = sorted(seconds[i]);
  // The slowest run gives the fewest steps a second.
  console.log(
    `${side.label.padEnd(34)} ${rate(s[s.length - 1])} ${rate(median(s))} ${rate(s[0])}   checksum ${checksums[i].toFixed(1)}`,
  );
});
if (checksums[0] !== checksums[1]) console.log('checksums differ: the two sides did not compute the same');
const ratio = median(seconds[1]) / median(seconds[0]);
console.log(
  `model / baseline time per step (ratio of medians): ${ratio.toFixed(2)}× — what the xstate machinery costs on top of the same arithmetic`,
);
