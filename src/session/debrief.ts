// What the debrief shows at the end of a run, computed from its steps alone: the curves, the
// stages visited, the ratio, the choices that moved things most, and the counselor's score.
import type { CycleStage } from '../sim/couple.ts';
import { FLOODING_HEART_RATE } from '../sim/parameters.ts';
import type { PartnerState } from '../sim/rules.ts';
import { scoreSession, type SessionScore } from './score.ts';
import type { Step } from './session.ts';

export interface CurvePoint {
  step: number;
  minutes: number;
  arousal: number;
  heartRate: number;
  state: PartnerState;
}

export interface Mover {
  /** Index of the choice step. */
  step: number;
  text: string;
  move: string | null;
  /** Change in the partners' summed arousal from just before the choice to the next choice point. */
  arousalChange: number;
  /** The other partner heard this choice as an attack though it was meant warmly [SENTIMENT]. */
  misread?: true;
}

/** A warm move heard as an attack: the debrief names it as a misfire, not a mistake. */
export interface Misfire {
  /** Index of the step whose move was misheard. */
  step: number;
  /** Who made the move, and who heard it as an attack. */
  by: string;
  heardBy: string;
  move: string;
  text: string;
}

export interface Debrief {
  ending: string | null;
  curves: Record<string, CurvePoint[]>;
  floodingHeartRate: number;
  /** Stages in the order first reached, with how many steps each held. */
  stages: { stage: CycleStage; steps: number }[];
  ratio: number;
  positive: number;
  negative: number;
  floodedSteps: Record<string, number>;
  movers: Mover[];
  misfires: Misfire[];
  score?: SessionScore;
}

const misheardBy = (step: Step) =>
  Object.entries(step.snapshot.partners).find(([, p]) => p.reception === 'misread')?.[0];

const sumArousal = (step: Step) =>
  Object.values(step.snapshot.partners).reduce((sum, p) => sum + p.arousal, 0);

export function debriefOf(
  steps: readonly Step[],
  ending: string | null,
  counselor: boolean,
  names?: Readonly<Record<string, string>>,
): Debrief {
  const curves: Record<string, CurvePoint[]> = {};
  const floodedSteps: Record<string, number> = {};
  const stageSteps = new Map<CycleStage, number>();
  let positive = 0;
  let negative = 0;
  steps.forEach((step, index) => {
    for (const [id, p] of Object.entries(step.snapshot.partners)) {
      (curves[id] ??= []).push({
        step: index,
        minutes: step.snapshot.minutes,
        arousal: p.arousal,
        heartRate: p.heartRate,
        state: p.state,
      });
      floodedSteps[id] = (floodedSteps[id] ?? 0) + (p.state === 'flooded' ? 1 : 0);
    }
    stageSteps.set(step.snapshot.cycle.stage, (stageSteps.get(step.snapshot.cycle.stage) ?? 0) + 1);
  });
  const lastStep = steps[steps.length - 1];
  if (lastStep) {
    for (const p of Object.values(lastStep.snapshot.partners)) {
      positive += p.positiveMoves;
      negative += p.negativeMoves;
    }
  }
  const choiceIndexes = steps.flatMap((s, i) => (s.kind === 'choice' ? [i] : []));
  const movers: Mover[] = choiceIndexes.map((index, k) => {
    const before = index > 0 ? sumArousal(steps[index - 1]) : sumArousal(steps[index]);
    const nextChoice = choiceIndexes[k + 1] ?? steps.length;
    const after = sumArousal(steps[nextChoice - 1]);
    return {
      step: index,
      text: steps[index].text,
      move: steps[index].move?.type ?? null,
      arousalChange: Math.round((after - before) * 10) / 10,
      ...(misheardBy(steps[index]) ? { misread: true as const } : {}),
    };
  });
  const misfires: Misfire[] = steps.flatMap((step, index) => {
    const heardBy = misheardBy(step);
    return heardBy && step.move
      ? [{ step: index, by: step.move.by, heardBy, move: step.move.type, text: step.text }]
      : [];
  });
  movers.sort((a, b) => Math.abs(b.arousalChange) - Math.abs(a.arousalChange) || a.step - b.step);
  return {
    ending,
    curves,
    floodingHeartRate: FLOODING_HEART_RATE,
    stages: [...stageSteps].map(([stage, count]) => ({ stage, steps: count })),
    ratio: lastStep?.snapshot.cycle.ratio ?? 0,
    positive,
    negative,
    floodedSteps,
    movers: movers.slice(0, 3),
    misfires,
    ...(counselor ? { score: scoreSession(steps, names) } : {}),
  };
}
