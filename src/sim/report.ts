// The public JSON shape of a simulation step (DESIGN §8), shared by `sim` and `play`.
import type { Move } from './moves.ts';
import type { CycleReading, SimSnapshot } from './simulation.ts';
import type { PartnerState, Role, Stance } from './rules.ts';

export interface PublicPartner {
  state: PartnerState;
  stance: Stance;
  role: Role;
  arousal: number;
  heartRate: number;
}

export function publicPartners(snapshot: SimSnapshot): Record<string, PublicPartner> {
  const out: Record<string, PublicPartner> = {};
  for (const [id, p] of Object.entries(snapshot.partners)) {
    out[id] = { state: p.state, stance: p.stance, role: p.role, arousal: p.arousal, heartRate: p.heartRate };
  }
  return out;
}

export interface SimStepReport {
  move: { by: string; type: string; minutes?: number; to?: string };
  minutes: number;
  partners: Record<string, PublicPartner>;
  cycle: CycleReading;
}

export function stepReport(move: Move, snapshot: SimSnapshot): SimStepReport {
  return {
    move: {
      by: move.by,
      type: move.type,
      ...(move.minutes !== undefined ? { minutes: move.minutes } : {}),
      ...(move.to ? { to: move.to } : {}),
    },
    minutes: snapshot.minutes,
    partners: publicPartners(snapshot),
    cycle: { ...snapshot.cycle },
  };
}
