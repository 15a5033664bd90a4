// The public JSON of a playthrough (DESIGN §8 `play`), shared by the CLI and the exporters.
import { publicPartners, type PublicPartner } from '../sim/report.ts';
import type { CycleReading } from '../sim/simulation.ts';
import type { OfferedChoice, Session, Step } from './session.ts';
import { scoreSession, type SessionScore } from './score.ts';
import { partnerNames } from '../story/manifest.ts';

export interface PlayStepReport {
  kind: Step['kind'];
  speaker: string | null;
  text: string;
  tags: string[];
  choices?: OfferedChoice[];
  chosen?: number;
  /** The simulated clock after this step, in minutes since the start. */
  clock: number;
  partners: Record<string, PublicPartner>;
  cycle: CycleReading;
}

export interface PlayReport {
  scenario: string;
  mode: string;
  seed: number;
  storyVersion: string;
  steps: PlayStepReport[];
  ending: string | null;
  /** Choices still on offer when the scripted choices ran out (empty when the story ended). */
  awaiting: OfferedChoice[];
  score?: SessionScore;
  /** With --from-run: whether the run's story version and recorded steps match this replay. */
  fromRun?: { id: string; storyVersionMatches: boolean; matchesRecording: boolean };
}

export function playReport(session: Session): PlayReport {
  const report: PlayReport = {
    scenario: session.manifest.id,
    mode: session.mode.id,
    seed: session.seed,
    storyVersion: session.storyVersion,
    steps: session.steps.map((step) => ({
      kind: step.kind,
      speaker: step.speaker,
      text: step.text,
      tags: step.tags,
      ...(step.choices ? { choices: step.choices, chosen: step.chosen } : {}),
      clock: step.snapshot.minutes,
      partners: publicPartners(step.snapshot),
      cycle: { ...step.snapshot.cycle },
    })),
    ending: session.ending,
    awaiting: session.choices,
  };
  if (session.mode.id === 'counselor')
    report.score = scoreSession(session.steps, partnerNames(session.manifest));
  return report;
}
