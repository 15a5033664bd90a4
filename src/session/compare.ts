// Branching, comparing and "what if": the replay tools. All work from saved checkpoints, so no
// run is replayed from the start.
import type { CycleStage } from '../sim/couple.ts';
import type { PartnerState } from '../sim/rules.ts';
import type { ScenarioManifest } from '../story/manifest.ts';
import { debriefOf } from './debrief.ts';
import { runFromSession, sessionAt, type RunMeta, type RunRecord } from './run.ts';
import type { Session } from './session.ts';

export interface Scenario {
  manifest: ScenarioManifest;
  storyJson: string;
}

/** A new run that shares the first `k` choices of `record` and branches at choice point `k`. */
export function branchRun(
  record: RunRecord,
  k: number,
  scenario: Scenario,
  meta: RunMeta,
): { session: Session; run: RunRecord } {
  const session = sessionAt(record, k, scenario);
  const run = runFromSession(session, { ...meta, parentId: record.id, branchedAt: k });
  return { session, run };
}

export interface RunOutcome {
  id: string;
  ending: string | null;
  finished: boolean;
  choices: number;
  ratio: number;
  peakIntensity: number;
  finalIntensity: number;
  stages: CycleStage[];
  partners: Record<string, { state: PartnerState; arousal: number; heartRate: number; floodedSteps: number }>;
}

export function outcomeOf(record: RunRecord): RunOutcome {
  const debrief = debriefOf(record.steps, record.ending, false);
  const last = record.steps[record.steps.length - 1]?.snapshot;
  const partners: RunOutcome['partners'] = {};
  for (const [id, p] of Object.entries(last?.partners ?? {})) {
    partners[id] = {
      state: p.state,
      arousal: p.arousal,
      heartRate: p.heartRate,
      floodedSteps: debrief.floodedSteps[id] ?? 0,
    };
  }
  return {
    id: record.id,
    ending: record.ending,
    finished: record.finished,
    choices: record.choices.length,
    ratio: debrief.ratio,
    peakIntensity: Math.max(0, ...record.steps.map((s) => s.snapshot.cycle.intensity)),
    finalIntensity: last?.cycle.intensity ?? 0,
    stages: debrief.stages.map((s) => s.stage),
    partners,
  };
}

export interface Comparison {
  scenario: string;
  mode: string;
  /** Where the runs part: the choice point (from 1) and the step index both share up to. */
  split: { choice: number; step: number; a: string | null; b: string | null } | null;
  a: RunOutcome;
  b: RunOutcome;
  /** What differs between the outcomes, in words. */
  differences: string[];
}

export class CompareError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CompareError';
  }
}

export function compareRuns(a: RunRecord, b: RunRecord): Comparison {
  if (a.scenario !== b.scenario || a.mode !== b.mode) {
    throw new CompareError(
      `runs of different scenarios or modes cannot be compared (${a.scenario}/${a.mode} and ${b.scenario}/${b.mode})`,
    );
  }
  let k = 0;
  while (k < a.choices.length && k < b.choices.length && a.choices[k] === b.choices[k]) k++;
  const identical = k === a.choices.length && k === b.choices.length;
  const choiceText = (run: RunRecord) => run.steps.filter((s) => s.kind === 'choice')[k]?.text ?? null;
  const stepOfChoice = (run: RunRecord) => run.checkpoints[k]?.stepCount ?? run.steps.length;
  const split = identical
    ? null
    : { choice: k + 1, step: Math.min(stepOfChoice(a), stepOfChoice(b)), a: choiceText(a), b: choiceText(b) };
  const oa = outcomeOf(a);
  const ob = outcomeOf(b);
  const differences: string[] = [];
  if (oa.ending !== ob.ending) differences.push(`ending: ${oa.ending ?? 'none'} vs ${ob.ending ?? 'none'}`);
  if (oa.ratio !== ob.ratio) differences.push(`ratio: ${oa.ratio} vs ${ob.ratio}`);
  if (oa.peakIntensity !== ob.peakIntensity)
    differences.push(`peak intensity: ${oa.peakIntensity} vs ${ob.peakIntensity}`);
  for (const id of Object.keys(oa.partners)) {
    const pa = oa.partners[id];
    const pb = ob.partners[id];
    if (pb && pa.state !== pb.state) differences.push(`${id} ends ${pa.state} vs ${pb.state}`);
    if (pb && pa.floodedSteps !== pb.floodedSteps)
      differences.push(`${id} flooded for ${pa.floodedSteps} vs ${pb.floodedSteps} steps`);
  }
  return { scenario: a.scenario, mode: a.mode, split, a: oa, b: ob, differences };
}

export interface WhatIfOption {
  number: number;
  text: string;
  move: string | null;
  /** The model at the next choice point (or the end) after taking this option. */
  partners: Record<string, { state: PartnerState; arousal: number; change: number }>;
  stage: CycleStage;
  ending: string | null;
}

/** What each option at choice point `k` would do to both partners by the next choice point. */
export function whatIf(record: RunRecord, k: number, scenario: Scenario): WhatIfOption[] {
  const base = sessionAt(record, k, scenario);
  const before = base.snapshot;
  return base.choices.map((choice, i) => {
    const session = sessionAt(record, k, scenario);
    session.choose(i + 1);
    const after = session.snapshot;
    const partners: WhatIfOption['partners'] = {};
    for (const [id, p] of Object.entries(after.partners)) {
      partners[id] = {
        state: p.state,
        arousal: p.arousal,
        change: Math.round((p.arousal - before.partners[id].arousal) * 10) / 10,
      };
    }
    return {
      number: i + 1,
      text: choice.text,
      move: choice.move,
      partners,
      stage: after.cycle.stage,
      ending: session.ended ? session.ending : null,
    };
  });
}
