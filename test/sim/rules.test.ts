import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deliveryOf,
  heatOf,
  influenceOf,
  heartRateFor,
  letGoChance,
  misreadChance,
  nextArousal,
  receptionOf,
  seededDraw,
  withHeadroom,
  type PartnerParams,
} from '../../src/sim/rules.ts';
import { Simulation } from '../../src/sim/simulation.ts';
import { karaAndJake, play } from './helpers.ts';

const params: PartnerParams = {
  restingHeartRate: 66,
  setPoint: 20,
  inertia: 0.6,
  pressureSensitivity: 1.3,
  distanceSensitivity: 0.6,
  trust: 55,
};

describe('the body is smooth (Gottman: flooding above 100 bpm; Gottman–Murray influence functions)', () => {
  it('heats continuously across the flooding line: no step in heat, inertia or heart rate at 100 bpm', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 99.9, noNaN: true }), (arousal) => {
        const a = heatOf(arousal, 66);
        const b = heatOf(arousal + 0.1, 66);
        expect(b).toBeGreaterThanOrEqual(a);
        expect(b - a).toBeLessThan(0.05);
        // 0.1 of arousal is at most 0.1 bpm (with room for floating-point rounding).
        expect(Math.abs(heartRateFor(arousal + 0.1, 66) - heartRateFor(arousal, 66))).toBeLessThanOrEqual(
          0.1 + 1e-9,
        );
        const next = nextArousal(arousal, params, 0);
        const nextAbove = nextArousal(arousal + 0.1, params, 0);
        expect(Math.abs(nextAbove - next)).toBeLessThan(1);
      }),
    );
  });

  it("scales a speaker's warmth by how near the speaker is to flooding", () => {
    const calm = influenceOf(
      { type: 'validate', aim: 'me', delivery: deliveryOf(heatOf(20, 66)) },
      params,
      40,
      55,
      false,
      false,
    );
    const flooded = influenceOf(
      { type: 'validate', aim: 'me', delivery: deliveryOf(heatOf(70, 66)) },
      params,
      40,
      55,
      false,
      false,
    );
    expect(deliveryOf(heatOf(20, 66))).toBe(1);
    expect(deliveryOf(heatOf(70, 66))).toBe(0.5); // 101 bpm: over the line
    expect(flooded).toBeCloseTo(calm / 2, 6);
    expect(calm).toBeLessThan(0);
  });

  it('never lets a push take more than the headroom left', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (a, push) => {
          const added = withHeadroom(a, push);
          expect(added).toBeGreaterThanOrEqual(0);
          expect(a + added).toBeLessThanOrEqual(100);
          if (a <= 60) expect(added).toBeLessThanOrEqual(push + 1e-9);
        },
      ),
    );
  });
});

describe('reception: sentiment override (Weiss 1980; Hawkins, Carrère & Gottman 2002)', () => {
  it('draws the same number for the same seed, move and receiver, and spreads draws evenly', () => {
    expect(seededDraw(3, 5, 'jake')).toBe(seededDraw(3, 5, 'jake'));
    expect(seededDraw(3, 5, 'jake')).not.toBe(seededDraw(4, 5, 'jake'));
    const draws = Array.from({ length: 4000 }, (_, i) => seededDraw(i, 1, 'kara'));
    const low = draws.filter((d) => d < 0.25).length / draws.length;
    expect(low).toBeGreaterThan(0.2);
    expect(low).toBeLessThan(0.3);
    for (const d of draws) expect(d >= 0 && d < 1).toBe(true);
  });

  it('misreads warm moves more often when trust is low or the receiver is stirred, and only warm ones', () => {
    expect(misreadChance(20, 20, 0)).toBeGreaterThan(misreadChance(80, 20, 0));
    expect(misreadChance(55, 60, 0)).toBeGreaterThan(misreadChance(55, 20, 0));
    expect(misreadChance(55, 20, 1)).toBeGreaterThan(misreadChance(55, 20, 0));
    expect(receptionOf('criticize', { trust: 0, arousal: 90 }, 0, 0)).toBe('as_meant');
    expect(receptionOf('soft_startup', { trust: 0, arousal: 90 }, 0, 0)).toBe('misread');
    expect(receptionOf('self_soothe', { trust: 0, arousal: 90 }, 0, 0)).toBe('as_meant');
  });

  it('lets harsh moves go only with trust above the line', () => {
    expect(letGoChance(50)).toBe(0);
    expect(letGoChance(90)).toBeGreaterThan(0.3);
    expect(receptionOf('criticize', { trust: 95, arousal: 20 }, 0, 0.01)).toBe('let_go');
    expect(receptionOf('criticize', { trust: 40, arousal: 20 }, 0, 0.01)).toBe('as_meant');
  });

  it('makes a misheard soft start-up raise arousal where one heard as meant lowers it', () => {
    const outcomes = Array.from({ length: 40 }, (_, seed) => {
      const sim = new Simulation(karaAndJake(), { seed });
      const before = sim.snapshot().partners.jake.arousal;
      const after = sim.apply({ by: 'kara', type: 'soft_startup' }).partners.jake;
      return { reception: after.reception, change: after.arousal - before };
    });
    const misread = outcomes.filter((o) => o.reception === 'misread');
    const meant = outcomes.filter((o) => o.reception === 'as_meant');
    expect(misread.length).toBeGreaterThan(0);
    expect(meant.length).toBeGreaterThan(misread.length);
    for (const o of misread) expect(o.change).toBeGreaterThan(0);
    for (const o of meant) expect(o.change).toBeLessThan(0);
  });

  it('is exact on replay and after a restore, and differs between seeds', () => {
    const moves = 'kara:soft_startup,jake:turn_toward,kara:bid,jake:ask_space=20,kara:appreciate,jake:humor';
    const a = play(moves, new Simulation(karaAndJake(), { seed: 11 }));
    expect(play(moves, new Simulation(karaAndJake(), { seed: 11 }))).toEqual(a);
    const seeds = new Set(
      Array.from({ length: 20 }, (_, seed) =>
        JSON.stringify(play(moves, new Simulation(karaAndJake(), { seed }))),
      ),
    );
    expect(seeds.size).toBeGreaterThan(1);
  });
});
