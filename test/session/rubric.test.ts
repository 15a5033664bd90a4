// The counselor's rubric on scripted sessions: real model snapshots from moves, so each rule is
// tested on exactly the situation it names.
import { describe, expect, it } from 'vitest';
import { rubricOf, fidelityOf, type RubricItemId } from '../../src/session/rubric.ts';
import { scoreSession } from '../../src/session/score.ts';
import type { Step } from '../../src/session/session.ts';
import { parseMoveSpec } from '../../src/sim/moves.ts';
import { Simulation } from '../../src/sim/simulation.ts';
import { simSetupOf } from '../../src/story/manifest.ts';
import { loadScenario } from '../../src/cli/scenarios.ts';

const { manifest } = loadScenario('kara-and-jake');

/** A session from a script: `>move` is the counselor's choice, `who:move` a line, `wait=N` minutes,
 * `#ending` the last line. */
function session(...script: string[]): Step[] {
  const sim = new Simulation(simSetupOf(manifest), { seed: 1 });
  const steps: Step[] = [
    {
      kind: 'line',
      speaker: null,
      text: 'They sit down.',
      tags: [],
      coach: false,
      move: null,
      snapshot: sim.snapshot(),
    },
  ];
  for (const item of script) {
    if (item.startsWith('wait=')) {
      const minutes = Number(item.slice(5));
      steps.push({
        kind: 'line',
        speaker: null,
        text: `${minutes} minutes pass.`,
        tags: [`time:${minutes}`],
        coach: false,
        move: null,
        snapshot: sim.pass(minutes),
      });
      continue;
    }
    if (item.startsWith('#')) {
      const ending = item.slice(1);
      steps.push({
        kind: 'line',
        speaker: null,
        text: 'The end.',
        tags: [`ending:${ending}`],
        coach: false,
        move: null,
        ending,
        snapshot: sim.snapshot(),
      });
      continue;
    }
    const choice = item.startsWith('>');
    const move = parseMoveSpec(choice ? `counselor:${item.slice(1)}` : item);
    steps.push({
      kind: choice ? 'choice' : 'line',
      speaker: choice ? 'counselor' : move.by,
      text: item,
      tags: [],
      coach: false,
      move,
      ...(choice ? { choices: [], chosen: 1 } : {}),
      snapshot: sim.apply(move),
    });
  }
  return steps;
}

const item = (steps: Step[], id: RubricItemId) => rubricOf(steps, { ending: null }).find((i) => i.id === id)!;
const FLOOD_JAKE = Array.from({ length: 5 }, () => 'kara:contempt');

describe('the counselor rubric', () => {
  it('scores an enactment before the cycle is tracked as premature, and the same enactment after tracking as earned', () => {
    const premature = session('>enactment>kara', 'kara:criticize', '>reflect');
    const without = session('>reflect');
    const contained = session('>reflect', 'kara:criticize', '>enactment>kara');
    expect(item(premature, 'encounter')).toMatchObject({ earned: 0, max: 1 });
    expect(item(premature, 'contained')).toMatchObject({ earned: 0, max: 1 });
    expect(item(premature, 'contained').turns).toEqual([
      expect.objectContaining({ choice: 0, outcome: 'lost', fault: 'premature_enactment' }),
    ]);
    // Processing a premature enactment is not processing an engaged encounter.
    expect(item(premature, 'process').earned).toBe(0);
    expect(item(contained, 'encounter')).toMatchObject({ earned: 1 });
    expect(item(contained, 'contained')).toMatchObject({ earned: 1 });
    // The same path without the premature enactment scores higher.
    expect(scoreSession(premature).fidelity).toBeLessThan(scoreSession(without).fidelity);
    expect(scoreSession(premature).fidelity).toBeLessThan(scoreSession(contained).fidelity);
    // The model agrees: the premature enactment heats the room, the contained one calms it.
    const arousal = (steps: Step[], at: number) =>
      Object.values(steps[at].snapshot.partners).reduce((sum, p) => sum + p.arousal, 0);
    expect(arousal(premature, 1)).toBeGreaterThan(arousal(premature, 0));
    expect(arousal(contained, 3)).toBeLessThan(arousal(contained, 2));
  });

  it('costs a time-out in a calm room, and earns one called with someone flooded', () => {
    const calm = session('>time_out=20', 'wait=20', '>reflect');
    expect(item(calm, 'physiology').turns).toEqual([
      expect.objectContaining({ outcome: 'lost', fault: 'calm_time_out' }),
    ]);
    expect(item(calm, 'physiology').earned).toBe(0);
    expect(calm.at(-1)!.snapshot.minutes).toBeGreaterThanOrEqual(20);
    const flooded = session(...FLOOD_JAKE, '>time_out=20', 'wait=20', '>reflect');
    expect(flooded[5].snapshot.partners.jake.state).toBe('flooded');
    expect(item(flooded, 'physiology')).toMatchObject({ earned: 1, max: 1 });
    expect(scoreSession(calm).fidelity).toBeLessThan(scoreSession(session('>reflect')).fidelity);
  });

  it('names pressing on while a partner is flooded, at the choice it happened', () => {
    const steps = session(...FLOOD_JAKE, '>evoke>jake', 'jake:stonewall');
    const physiology = item(steps, 'physiology');
    expect(physiology.earned).toBe(0);
    expect(physiology.turns).toEqual([
      expect.objectContaining({ choice: 0, outcome: 'lost', fault: 'pressed_on_flooded' }),
    ]);
    expect(physiology.turns[0].note).toMatch(/jake flooded/);
    // Pressing on is not attunement: the same aimed move earns no alliance while he is flooded…
    expect(item(steps, 'alliance').turns).toEqual([]);
    // …and earns it in a calm room.
    const calm = item(session('>evoke>jake', 'jake:share_vulnerable'), 'alliance');
    expect(calm.turns).toEqual([expect.objectContaining({ choice: 0, outcome: 'earned' })]);
  });

  it('counts seeing a flooded couple one at a time as regulating, and holding a running break as the break itself', () => {
    const alone = session(...FLOOD_JAKE, '>screen_safety>jake', 'wait=3', 'counselor:screen_safety>kara');
    expect(item(alone, 'physiology')).toMatchObject({ earned: 1, max: 1 });
    const held = session(...FLOOD_JAKE, '>time_out=20', 'wait=10', '>time_out=20', 'wait=10');
    expect(held[7].snapshot.breakSince).not.toBeNull();
    const physiology = item(held, 'physiology');
    expect(physiology.turns.map((t) => t.fault ?? t.outcome)).not.toContain('calm_time_out');
    expect(physiology.turns.filter((t) => t.outcome === 'lost')).toEqual([]);
  });

  it('earns deepening only when that partner answers with the softer feeling', () => {
    const opened = session('>conjecture>jake', 'jake:share_vulnerable');
    const shrugged = session('>evoke>jake', 'jake:withdraw');
    const otherOpened = session('>evoke>jake', 'kara:share_vulnerable');
    expect(item(opened, 'deepen').earned).toBe(1);
    expect(item(shrugged, 'deepen').earned).toBe(0);
    expect(item(otherOpened, 'deepen').earned).toBe(0);
  });

  it('asks about safety with each partner alone; a joint question is a fault', () => {
    const alone = session('>screen_safety>kara', 'counselor:screen_safety>jake');
    const joint = session('>screen_safety');
    expect(item(alone, 'safety')).toMatchObject({ earned: 2, max: 2 });
    expect(item(alone, 'screen_alone').earned).toBe(1);
    expect(item(joint, 'safety').earned).toBe(0);
    expect(item(joint, 'screen_alone').earned).toBe(0);
    expect(item(joint, 'screen_alone').turns[0]).toMatchObject({ fault: 'joint_screening', choice: 0 });
    expect(scoreSession(joint).fidelity).toBeLessThan(scoreSession(session()).fidelity);
  });

  it('costs a side taken, advice and a label, each at its turn; a conjecture is not a label', () => {
    const steps = session('>take_sides>kara', '>advise', '>interpret>jake', '>conjecture>jake');
    expect(item(steps, 'no_sides')).toMatchObject({
      earned: 0,
      turns: [expect.objectContaining({ choice: 0, fault: 'take_sides' })],
    });
    expect(item(steps, 'alliance')).toMatchObject({
      earned: 1,
      turns: [expect.objectContaining({ choice: 3 })],
    });
    expect(item(steps, 'no_fixing')).toMatchObject({
      earned: 0,
      turns: [expect.objectContaining({ choice: 1 })],
    });
    expect(item(steps, 'no_labels')).toMatchObject({
      earned: 0,
      turns: [expect.objectContaining({ choice: 2 })],
    });
    expect(item(session('>conjecture>jake'), 'no_labels').earned).toBe(1);
  });

  it('loses the hour when the clock ends the session, and uses partner names in its notes', () => {
    const out = session('>reflect', '#out_of_time');
    expect(scoreSession(out).items.find((i) => i.id === 'pace')!.earned).toBe(0);
    expect(scoreSession(session('>reflect', '#deadlock')).items.find((i) => i.id === 'pace')!.earned).toBe(1);
    // A walk-out is no close: the point is not earned, though nothing ran out.
    const walked = scoreSession(session('>reflect', '#walked_out')).items.find((i) => i.id === 'pace')!;
    expect(walked).toMatchObject({ earned: 0, turns: [] });
    const named = scoreSession(session('>screen_safety>kara'), { kara: 'Kara', jake: 'Jake' });
    expect(named.items.find((i) => i.id === 'safety')!.turns[0].note).toBe('asked Kara alone');
  });

  it('keeps every item within 0..max and fidelity within 0..100', () => {
    for (const steps of [session(), session('>take_sides>jake', '>take_sides>kara', '>take_sides>jake')]) {
      const items = rubricOf(steps, { ending: null });
      for (const i of items) expect(i.earned).toBeGreaterThanOrEqual(0);
      for (const i of items) expect(i.earned).toBeLessThanOrEqual(i.max);
      expect(fidelityOf(items)).toBeGreaterThanOrEqual(0);
      expect(fidelityOf(items)).toBeLessThanOrEqual(100);
    }
  });
});
