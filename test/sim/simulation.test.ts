import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/sim/simulation.ts';
import { karaAndJake, last, play } from './helpers.ts';

describe('simulation of Kara and Jake', () => {
  it('lets each role provoke the other: pressure hits the distancer harder, distance hits the pursuer harder (Lerner; Christensen & Heavey)', () => {
    const rise = (moves: string, who: string) => {
      const sim = new Simulation(karaAndJake());
      const before = sim.snapshot().partners[who].arousal;
      return last(play(moves, sim)).partners[who].arousal - before;
    };
    for (const pressure of ['criticize', 'demand', 'blame']) {
      expect(rise(`kara:${pressure}`, 'jake'), pressure).toBeGreaterThan(rise(`jake:${pressure}`, 'kara'));
    }
    for (const distance of ['stonewall', 'withdraw', 'dismiss']) {
      expect(rise(`jake:${distance}`, 'kara'), distance).toBeGreaterThan(rise(`kara:${distance}`, 'jake'));
    }
  });

  it('walks the circle in order as an exchange escalates (Wile 2013)', () => {
    const steps = play(
      'kara:criticize,jake:dismiss,kara:criticize,jake:stonewall,kara:contempt,jake:defend,kara:criticize,jake:stonewall,kara:withdraw',
    );
    const visited = steps
      .map((s) => s.cycle.stage)
      .filter((stage, i, all) => i === 0 || all[i - 1] !== stage);
    expect(visited).toEqual(['pursue-withdraw', 'attack-withdraw', 'attack-defend', 'withdraw-withdraw']);
    expect(steps[5].cycle.trend).toBe('tightening');
    expect(last(steps).cycle.intensity).toBeGreaterThan(steps[0].cycle.intensity + 20);
  });

  it('reaches engage-engage on a run of regulating moves, with the trend easing (Johnson: de-escalation)', () => {
    const steps = play(
      'kara:criticize,jake:defend,kara:blame,jake:defend,kara:own_part,jake:turn_toward,kara:validate,jake:share_vulnerable,kara:appreciate',
    );
    expect(steps[3].cycle.stage).not.toBe('engage-engage');
    expect(steps[3].cycle.trend).toBe('tightening');
    expect(last(steps).cycle.stage).toBe('engage-engage');
    expect(steps[6].cycle.trend).toBe('easing');
    expect(last(steps).cycle.ratio).toBeGreaterThan(1);
  });

  it('takes a 20-minute break to clear flooding, where 5 minutes does not (Gottman 1994)', () => {
    const flood = 'kara:criticize,jake:dismiss,kara:criticize,jake:defend,kara:contempt';
    expect(last(play(flood)).partners.jake.state).toBe('flooded');
    const short = play(`${flood},jake:take_break=5,kara:bid`);
    expect(last(short).partners.jake.state).toBe('flooded');
    const long = play(`${flood},jake:take_break=20,kara:bid`);
    expect(last(long).partners.jake.state).not.toBe('flooded');
    expect(long[5].minutes - long[4].minutes).toBe(20);
  });

  it('turns a pursuer whose pursuit keeps failing cold, and lets the distancer become the pursuer (seed 002, Teri; Christensen & Heavey)', () => {
    const sim = new Simulation(karaAndJake());
    const failing = play(
      'kara:bid,jake:dismiss,kara:soft_startup,jake:stonewall,kara:ask_closeness,jake:withdraw,kara:bid,jake:dismiss,kara:demand,jake:stonewall',
      sim,
    );
    expect(last(failing).partners.kara.stance).toBe('cold');
    expect(last(failing).partners.kara.role).toBe('pursuer');
    const flipped = play(
      'jake:bid,kara:withdraw,jake:ask_closeness,kara:dismiss,jake:soft_startup,kara:stonewall',
      sim,
    );
    expect(last(flipped).partners.jake.role).toBe('pursuer');
    expect(last(flipped).partners.kara.role).toBe('distancer');
    expect(['present', 'deflecting', 'defending', 'stonewalling']).toContain(
      last(flipped).partners.kara.stance,
    );
  });

  it('keeps the positive-to-negative ratio between the partners (Gottman: 5:1 in stable couples)', () => {
    const steps = play(
      'kara:soft_startup,jake:turn_toward,kara:appreciate,jake:validate,kara:humor,jake:dismiss',
    );
    expect(last(steps).cycle.ratio).toBe(5);
    expect(play('counselor:reflect,kara:criticize')[1].cycle.ratio).toBe(0);
  });

  it('restores a persisted simulation exactly, including a partner part-way through a break', () => {
    const sim = new Simulation(karaAndJake());
    play('kara:criticize,jake:dismiss,kara:criticize,jake:defend,kara:contempt,jake:take_break=10', sim);
    const copy = Simulation.restore(karaAndJake(), JSON.parse(JSON.stringify(sim.persist())));
    expect(copy.snapshot()).toEqual(sim.snapshot());
    const rest = 'jake:take_break=12,kara:soft_startup,jake:repair';
    expect(play(rest, copy)).toEqual(play(rest, sim));
  });
});
