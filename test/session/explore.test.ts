import { describe, expect, it } from 'vitest';
import { explore } from '../../src/session/explore.ts';
import { fixture } from '../fixtures.ts';

describe('explore', () => {
  it('walks every path and reports endings with their shortest choice path', () => {
    const result = explore({ ...fixture('tiny'), mode: 'pursuer' });
    expect(result.paths).toBe(4);
    expect(result.endings).toEqual({
      storm: { count: 2, shortest: [1, 1] },
      calm: { count: 2, shortest: [1, 2] },
    });
    expect(result.deadEnds.count).toBe(0);
    expect(result.unreachableKnots).toEqual([]);
    expect(result.unreachedEndings).toEqual([]);
    expect(result.choicePoints).toEqual({ min: 2, max: 2, mean: 2 });
  });

  it('finds dead ends, unreachable knots and unreached endings', () => {
    const result = explore({ ...fixture('deadend'), mode: 'pursuer' });
    expect(result.deadEnds.count).toBe(1);
    expect(result.deadEnds.examples[0].choices).toEqual([2]);
    expect(result.unreachableKnots).toEqual([{ name: 'tiny_orphan', file: 'part.ink', line: 14 }]);
    expect(result.unreachedEndings).toEqual(['storm']);
  });

  it('stops at the path limit and says so', () => {
    const result = explore({ ...fixture('tiny'), mode: 'pursuer', maxPaths: 3 });
    expect(result.paths).toBe(3);
    expect(result.truncated).toBe(true);
    // A path not walked might reach any knot: a truncated walk never claims there are none.
    expect(result.unreachableKnots).toBeNull();
  });

  it('reports ink errors with the choices that lead to them', () => {
    const result = explore({ ...fixture('badtags'), mode: 'pursuer' });
    expect(result.errors.count).toBe(1);
    expect(result.errors.examples[0]).toMatchObject({
      choices: [],
      message: expect.stringMatching(/#mood:happy/),
    });
  });
});
