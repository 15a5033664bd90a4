import { loadManifest } from '../../src/cli/scenarios.ts';
import { simSetupOf } from '../../src/story/manifest.ts';
import { parseMoveSpec } from '../../src/sim/moves.ts';
import { Simulation, type SimSnapshot } from '../../src/sim/simulation.ts';

export const karaAndJake = () => simSetupOf(loadManifest('kara-and-jake'));

/** Play `who:move,…` on a fresh Kara-and-Jake simulation; returns every snapshot after a move. */
export function play(moves: string, sim = new Simulation(karaAndJake())): SimSnapshot[] {
  return moves.split(',').map((spec) => sim.applyWhole(parseMoveSpec(spec)));
}

export const last = <T>(items: T[]): T => items[items.length - 1];
