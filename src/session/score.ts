// How a counselor's session went (DESIGN §4b): the fidelity rubric (what the counselor did, item
// by item, with the turns behind each) and the outcome in the model (what it did to the couple).
// The total weighs them equally, so good technique in a hard room and luck in an easy one are
// both visible: a trainee sees which half pulled it down.
import type { Step } from './session.ts';
import { fidelityOf, rubricOf, type RubricItem } from './rubric.ts';

export interface SessionScore {
  /** Half fidelity, half the mean of the three outcome parts; 0–100. */
  total: number;
  /** The rubric's share earned, 0–100. */
  fidelity: number;
  /** [JOHNSON] De-escalation: how far intensity fell from its peak by the end. */
  deescalation: number;
  /** [GOTTMAN-RATIO] The partners' positive-to-negative ratio against 5:1. */
  ratio: number;
  /** [GOTTMAN-FLOOD] Steps without anyone flooded. */
  regulation: number;
  /** The rubric, item by item. */
  items: RubricItem[];
}

const pct = (value: number) => Math.round(Math.max(0, Math.min(1, value)) * 100);

/** `names` gives the partners' names for the rubric's notes (ids where missing). */
export function scoreSession(steps: readonly Step[], names?: Readonly<Record<string, string>>): SessionScore {
  const ending = [...steps].reverse().find((s) => s.ending)?.ending ?? null;
  const items = rubricOf(steps, { ending, ...(names ? { names } : {}) });
  const fidelity = fidelityOf(items);
  if (steps.length === 0) return { total: 0, fidelity, deescalation: 0, ratio: 0, regulation: 0, items };
  const intensities = steps.map((s) => s.snapshot.cycle.intensity);
  const peak = Math.max(...intensities);
  const end = intensities[intensities.length - 1];
  const start = intensities[0];
  // Full marks for ending at or below where the session started, scaled by how high it ran.
  const deescalation =
    peak <= start ? pct(1 - (end - start) / 100) : pct((peak - end) / (peak - Math.min(start, end) || 1));
  const ratio = pct(steps[steps.length - 1].snapshot.cycle.ratio / 5);
  const calmSteps = steps.filter(
    (s) => !Object.values(s.snapshot.partners).some((p) => p.state === 'flooded'),
  ).length;
  const regulation = pct(calmSteps / steps.length);
  const outcome = (deescalation + ratio + regulation) / 3;
  const total = Math.round(fidelity / 2 + outcome / 2);
  return { total, fidelity, deescalation, ratio, regulation, items };
}
