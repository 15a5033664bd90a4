// The public JSON shape of a simulation step (DESIGN §8), shared by `sim` and `play`.
import type { Move } from './moves.ts';
import type { CycleReading, SimSnapshot } from './simulation.ts';
import type { PartnerState, Reception, Role, Stance } from './rules.ts';

export interface PublicPartner {
  state: PartnerState;
  stance: Stance;
  role: Role;
  arousal: number;
  heartRate: number;
  /** Whether a declared break is under way. */
  onBreak: boolean;
  /** How this partner heard the step's move, when the other partner made it to them. */
  reception?: Reception;
}

export function publicPartners(snapshot: SimSnapshot): Record<string, PublicPartner> {
  const out: Record<string, PublicPartner> = {};
  for (const [id, p] of Object.entries(snapshot.partners)) {
    out[id] = {
      state: p.state,
      stance: p.stance,
      role: p.role,
      arousal: p.arousal,
      heartRate: p.heartRate,
      onBreak: p.onBreak,
      ...(p.reception ? { reception: p.reception } : {}),
    };
  }
  return out;
}

export interface SimStepReport {
  /** The move, or `{ "type": "wait", "minutes": N }` for minutes passing with no move. */
  move: { by?: string; type: string; minutes?: number; to?: string };
  minutes: number;
  partners: Record<string, PublicPartner>;
  cycle: CycleReading;
}

export function stepReport(move: Move | { wait: number }, snapshot: SimSnapshot): SimStepReport {
  return {
    move:
      'wait' in move
        ? { type: 'wait', minutes: move.wait }
        : {
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
