// Checkpoints are captured at every choice point and serialised only when read
// (StoryRunner.captureState, Simulation.persistLater). What is read later must be what
// serialising at the time would have given, byte for byte, however far the run went on since.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenarios.ts';
import { Session } from '../../src/session/session.ts';
import { Simulation } from '../../src/sim/simulation.ts';
import { simSetupOf } from '../../src/story/manifest.ts';
import { StoryRunner } from '../../src/story/runner.ts';

const scenario = loadScenario('kara-and-jake');

function seeded(seed: number) {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

describe('lazy checkpoints', () => {
  it("capture the ink state as ink would save it then, however the story goes on (inkjs's internals)", () => {
    for (const mode of scenario.manifest.modes) {
      for (let run = 0; run < 4; run++) {
        const random = seeded(run + 1);
        // Answers that vary, so the story takes several of its branches.
        const answer = () => random();
        const runner = new StoryRunner(
          scenario.storyJson,
          {
            state_of: () => (answer() < 0.3 ? 'flooded' : answer() < 0.5 ? 'escalated' : 'calm'),
            stance_of: () => (answer() < 0.5 ? 'open' : 'defending'),
            arousal: () => Math.round(answer() * 100),
            cycle_stage: () => 'pursue-withdraw',
            received: () => (answer() < 0.3 ? 'misread' : 'as_meant'),
            minutes_left: () => Math.round(answer() * 50),
          },
          run + 1,
        );
        runner.start(mode.entry);
        const captured: { later: () => string; then: string }[] = [];
        for (;;) {
          while (runner.canContinue) runner.continue();
          const choices = runner.choices;
          if (choices.length === 0) break;
          const later = runner.captureState();
          const then = runner.saveState();
          expect(later()).toBe(then);
          captured.push({ later, then });
          runner.choose(choices[Math.floor(random() * choices.length)].index);
        }
        expect(captured.length).toBeGreaterThan(2);
        for (const { later, then } of captured) expect(later()).toBe(then);
        // A captured state loads back into the story, as a saved one does.
        const middle = captured[Math.floor(captured.length / 2)];
        runner.loadState(middle.later());
        expect(runner.saveState()).toBe(middle.then);
      }
    }
  });

  it('persist the model as persisting it then would have, however it goes on', () => {
    const sim = new Simulation(simSetupOf(scenario.manifest), { seed: 5 });
    const kept: { later: () => unknown; then: string }[] = [];
    const moves = ['criticize', 'stonewall', 'soft_startup', 'take_break', 'defend', 'turn_toward'] as const;
    for (let i = 0; i < 120; i++) {
      sim.apply({ by: sim.partnerIds[i % 2], type: moves[i % moves.length] });
      if (i % 7 === 0) sim.pass(i % 25);
      kept.push({ later: sim.persistLater(), then: JSON.stringify(sim.persist()) });
    }
    for (const { later, then } of kept) expect(JSON.stringify(later())).toBe(then);
  });

  it('read as plain records: JSON, structuredClone, spreads, equality and assignment', () => {
    const random = seeded(3);
    const eager = Session.start({ ...scenario, mode: 'pursuer', seed: 9 });
    const lazy = Session.start({ ...scenario, mode: 'pursuer', seed: 9 });
    for (;;) {
      // Read the eager session's checkpoint as soon as it is made.
      JSON.stringify(eager.checkpoints.at(-1));
      if (eager.ended) break;
      const n = 1 + Math.floor(random() * eager.choices.length);
      eager.choose(n);
      lazy.choose(n);
    }
    expect(JSON.stringify(lazy.checkpoints)).toBe(JSON.stringify(eager.checkpoints));
    const [first] = lazy.checkpoints;
    // As the plain record the session used to make (the model's snapshots keep undefined fields).
    const plain = { stepCount: first.stepCount, ink: first.ink, sim: first.sim };
    expect(Object.keys(first)).toEqual(['stepCount', 'ink', 'sim']);
    expect(structuredClone(first)).toStrictEqual(plain);
    expect({ ...first }).toStrictEqual(plain);
    expect(first).toStrictEqual(plain);
    expect(first.ink).toBe(first.ink); // computed once
    first.ink = 'changed';
    expect(first.ink).toBe('changed');
    expect(JSON.parse(JSON.stringify(first)).ink).toBe('changed');
  });

  it('rewind and resume from a checkpoint never read before', () => {
    const random = seeded(8);
    const session = Session.start({ ...scenario, mode: 'counselor', seed: 4 });
    while (!session.ended) session.choose(1 + Math.floor(random() * session.choices.length));
    const steps = JSON.stringify(session.steps);
    const k = Math.floor(session.checkpoints.length / 2);
    const resumed = Session.resume(
      { ...scenario, mode: 'counselor', seed: 4 },
      session.checkpoints.slice(0, k + 1),
      session.steps,
    );
    session.rewind(k);
    expect(JSON.stringify(resumed.steps)).toBe(JSON.stringify(session.steps));
    expect(resumed.choices).toEqual(session.choices);
    const replay = Session.start({ ...scenario, mode: 'counselor', seed: 4 });
    const chosen = JSON.parse(steps).filter((s: { kind: string }) => s.kind === 'choice');
    for (const step of chosen) replay.choose(step.chosen);
    for (const s of [session, resumed]) {
      for (const step of chosen.slice(k)) s.choose(step.chosen);
      expect(JSON.stringify(s.steps)).toBe(steps);
      expect(JSON.stringify(s.checkpoints)).toBe(JSON.stringify(replay.checkpoints));
    }
  });
});
