// Model steps per second over a long random move sequence (a figure, not a test). The baseline,
// measured in the same run, is the same loop with the pure rule functions only (no xstate
// actors), so the ratio shows what the machines cost on top of the arithmetic.
import { loadManifest } from '../src/cli/scenarios.ts';
import { MOVE_TYPES, isPartnerMove, type Move } from '../src/sim/moves.ts';
import { influenceOf, nextArousal } from '../src/sim/rules.ts';
import { Simulation } from '../src/sim/simulation.ts';
import { simSetupOf } from '../src/story/manifest.ts';

const STEPS = Number(process.env.BENCH_STEPS ?? 200_000);
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const partnerMoves = MOVE_TYPES.filter(isPartnerMove).filter((m) => m !== 'take_break');
const moves: Move[] = Array.from({ length: STEPS }, (_, i) => {
  const by = i % 2 ? 'jake' : 'kara';
  if (random() < 0.02) return { by, type: 'take_break', minutes: 20 };
  return { by, type: partnerMoves[Math.floor(random() * partnerMoves.length)] };
});
const setup = simSetupOf(loadManifest('kara-and-jake'));

function time(label: string, body: () => void): number {
  const start = process.hrtime.bigint();
  body();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const perSecond = STEPS / seconds;
  console.log(
    `${label.padEnd(34)} ${perSecond.toFixed(0).padStart(10)} steps/s  (${seconds.toFixed(2)} s for ${STEPS})`,
  );
  return perSecond;
}

const baseline = time('baseline: pure rules only', () => {
  const arousal: Record<string, number> = { kara: 30, jake: 20 };
  for (const move of moves) {
    const receiver = setup.partners.find((p) => p.id !== move.by)!;
    arousal[receiver.id] = nextArousal(
      arousal[receiver.id],
      receiver.params,
      influenceOf({ type: move.type, aim: 'me' }, receiver.params, arousal[receiver.id], 50, false, false),
    );
  }
});
const model = time('model: partner + couple machines', () => {
  const sim = new Simulation(setup);
  for (const move of moves) sim.apply(move);
});
console.log(`model / baseline: ${(model / baseline).toFixed(3)}`);
