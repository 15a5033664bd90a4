import { describe, expect, it } from 'vitest';
import { createActor, initialTransition, SimulatedClock, transition } from 'xstate';
import { partnerMachine, type PartnerInput } from '../../src/sim/partner.ts';
import { FLOOD_RECOVERY_MINUTES } from '../../src/sim/parameters.ts';
import { influenceOf, heartRateFor, type PartnerParams } from '../../src/sim/rules.ts';
import { karaAndJake } from './helpers.ts';

const jake = (): PartnerInput => karaAndJake().partners.find((p) => p.id === 'jake')!;

/** A partner that holds its arousal (inertia 1) at `arousal`, so one rule can be isolated. */
const held = (arousal: number, restingHeartRate = 70): PartnerInput => ({
  id: 'p',
  role: 'distancer',
  params: {
    restingHeartRate,
    setPoint: arousal,
    inertia: 1,
    pressureSensitivity: 1,
    distanceSensitivity: 1,
    trust: 50,
  } satisfies PartnerParams,
});

describe('partner machine', () => {
  it('is flooded exactly when heart rate is above 100 bpm (Gottman 1994: flooding above 100 bpm)', () => {
    // resting 70 bpm + 0.5 bpm per arousal point: arousal 60 is 100 bpm, 61 is 100.5 bpm
    expect(heartRateFor(60, 70)).toBe(100);
    const [atHundred] = initialTransition(partnerMachine, held(60));
    expect(atHundred.value).toBe('escalated');
    const [aboveHundred] = initialTransition(partnerMachine, held(61));
    expect(aboveHundred.context.heartRate).toBeGreaterThan(100);
    expect(aboveHundred.value).toBe('flooded');
  });

  it('floods a distancer after a run of criticism or contempt, but not after as many soft start-ups (Gottman: harsh start-up)', () => {
    for (const harsh of ['criticize', 'contempt'] as const) {
      let [snapshot] = initialTransition(partnerMachine, jake());
      for (let i = 0; i < 4; i++) {
        [snapshot] = transition(partnerMachine, snapshot, {
          type: 'MOVE_RECEIVED',
          move: harsh,
          aim: 'me',
          roomUnready: false,
        });
      }
      expect(snapshot.value, harsh).toBe('flooded');
    }
    let [soft] = initialTransition(partnerMachine, jake());
    for (let i = 0; i < 4; i++) {
      [soft] = transition(partnerMachine, soft, {
        type: 'MOVE_RECEIVED',
        move: 'soft_startup',
        aim: 'me',
        roomUnready: false,
      });
    }
    expect(soft.value).toBe('calm');
  });

  it('barely takes in validation or repair while flooded, and takes provocation harder (Gottman: diffuse physiological arousal)', () => {
    const receive = (input: PartnerInput, move: 'validate' | 'repair' | 'criticize') => {
      const [start] = initialTransition(partnerMachine, input);
      const [after] = transition(partnerMachine, start, {
        type: 'MOVE_RECEIVED',
        move,
        aim: 'me',
        roomUnready: false,
      });
      return { before: start, change: after.context.arousal - start.context.arousal };
    };
    // Same arousal (62); only the resting heart rate decides whether it is over the flood line.
    for (const soothing of ['validate', 'repair'] as const) {
      const flooded = receive(held(62, 70), soothing);
      const escalated = receive(held(62, 60), soothing);
      expect(flooded.before.value).toBe('flooded');
      expect(escalated.before.value).toBe('escalated');
      expect(Math.abs(flooded.change)).toBeLessThan(Math.abs(escalated.change) / 3);
    }
    expect(receive(held(62, 70), 'criticize').change).toBeGreaterThan(
      receive(held(62, 60), 'criticize').change * 1.2,
    );
    const params = held(62).params;
    expect(influenceOf({ type: 'criticize', aim: 'me' }, params, 62, 50, true, false)).toBeGreaterThan(
      influenceOf({ type: 'criticize', aim: 'me' }, params, 62, 50, false, false),
    );
  });

  describe('breaks on a simulated clock (Gottman: at least 20 minutes to recover; seed 002: "at least twenty minutes")', () => {
    const floodedActor = () => {
      const clock = new SimulatedClock();
      const actor = createActor(partnerMachine, { input: jake(), clock }).start();
      for (let i = 0; i < 4; i++)
        actor.send({ type: 'MOVE_RECEIVED', move: 'contempt', aim: 'me', roomUnready: false });
      expect(actor.getSnapshot().value).toBe('flooded');
      return { actor, clock };
    };
    const rest = (
      actor: ReturnType<typeof floodedActor>['actor'],
      clock: SimulatedClock,
      minutes: number,
    ) => {
      const start = clock.now() / 60_000;
      actor.send({ type: 'BREAK_STARTED', now: start });
      for (let m = 1; m <= minutes; m++) {
        clock.increment(60_000);
        actor.send({ type: 'MINUTE_PASSED', now: start + m });
      }
    };

    it(`ends flooding after ${FLOOD_RECOVERY_MINUTES} minutes with no provocation`, () => {
      const { actor, clock } = floodedActor();
      rest(actor, clock, FLOOD_RECOVERY_MINUTES);
      expect(actor.getSnapshot().value).not.toBe('flooded');
      expect(actor.getSnapshot().value).not.toBe('cooling');
      expect(actor.getSnapshot().context.heartRate).toBeLessThanOrEqual(100);
    });

    it('does not end flooding after 5 minutes: talking again finds the partner still flooded', () => {
      const { actor, clock } = floodedActor();
      rest(actor, clock, 5);
      expect(actor.getSnapshot().value).toBe('cooling');
      actor.send({ type: 'MOVE_RECEIVED', move: 'bid', aim: 'me', roomUnready: false });
      expect(actor.getSnapshot().value).toBe('flooded');
    });

    it('floods again when provoked during the break', () => {
      const { actor, clock } = floodedActor();
      rest(actor, clock, 12);
      actor.send({ type: 'MOVE_RECEIVED', move: 'criticize', aim: 'me', roomUnready: false });
      expect(actor.getSnapshot().value).toBe('flooded');
      rest(actor, clock, 12); // 12 more minutes of a new break are still not 20
      expect(actor.getSnapshot().value).toBe('cooling');
    });

    it('lets a partner self-soothe during the break without cutting it short', () => {
      const { actor, clock } = floodedActor();
      rest(actor, clock, 3);
      actor.send({ type: 'MOVE_MADE', move: 'self_soothe' });
      expect(actor.getSnapshot().value).toBe('cooling');
    });
  });
});
