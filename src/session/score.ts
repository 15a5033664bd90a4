// How a counselor's session went, from the model alone (DESIGN §1: "a debrief that scores the
// session"). Each part is 0–100 and the score is their mean, so a trainee can see which part
// pulled it down.
import { categoryOf } from '../sim/moves.ts';
import type { Step } from './session.ts';

export interface SessionScore {
  /** Mean of the parts below, 0–100. */
  total: number;
  /** [JOHNSON] De-escalation: how far intensity fell from its peak by the end. */
  deescalation: number;
  /** [GOTTMAN-RATIO] The partners' positive-to-negative ratio against 5:1. */
  ratio: number;
  /** Interventions that were not the classic mistakes (taking sides, advising, interpreting). */
  technique: number;
  /** [GOTTMAN-FLOOD] Turns without anyone flooded. */
  regulation: number;
}

const pct = (value: number) => Math.round(Math.max(0, Math.min(1, value)) * 100);

export function scoreSession(steps: readonly Step[]): SessionScore {
  if (steps.length === 0) return { total: 0, deescalation: 0, ratio: 0, technique: 0, regulation: 0 };
  const intensities = steps.map((s) => s.snapshot.cycle.intensity);
  const peak = Math.max(...intensities);
  const end = intensities[intensities.length - 1];
  const start = intensities[0];
  // Full marks for ending at or below where the session started, scaled by how high it ran.
  const deescalation =
    peak <= start ? pct(1 - (end - start) / 100) : pct((peak - end) / (peak - Math.min(start, end) || 1));
  const ratio = pct(steps[steps.length - 1].snapshot.cycle.ratio / 5);
  const counselorMoves = steps.filter((s) => s.move && s.move.by === 'counselor');
  const mistakes = counselorMoves.filter((s) => categoryOf(s.move!.type) === 'counselorMistake').length;
  const technique = counselorMoves.length ? pct(1 - mistakes / counselorMoves.length) : 0;
  const calmTurns = steps.filter(
    (s) => !Object.values(s.snapshot.partners).some((p) => p.state === 'flooded'),
  ).length;
  const regulation = pct(calmTurns / steps.length);
  const total = Math.round((deescalation + ratio + technique + regulation) / 4);
  return { total, deescalation, ratio, technique, regulation };
}
