import { describe, expect, it } from 'vitest';
import { explore } from '../../src/session/explore.ts';
import { loadInkFiles, loadScenario } from '../../src/cli/scenarios.ts';
import { fixture } from '../fixtures.ts';

describe('explore, every path', () => {
  it('walks every path and reports endings with their shortest choice path', () => {
    const result = explore({ ...fixture('tiny'), mode: 'pursuer', everyPath: true });
    expect(result.paths).toBe(4);
    expect(result.complete).toBe(true);
    expect(result.endings).toEqual({
      storm: { count: 2, shortest: [1, 1] },
      calm: { count: 2, shortest: [1, 2] },
    });
    expect(result.deadEnds.count).toBe(0);
    expect(result.unreachableKnots).toEqual([]);
    expect(result.unreachedEndings).toEqual([]);
    expect(result.choicePoints).toEqual({ min: 2, max: 2, mean: 2 });
    expect(result.coverage).toEqual({ choices: 4, taken: 4, untaken: [] });
  });

  it('finds dead ends, unreachable knots and unreached endings', () => {
    const result = explore({ ...fixture('deadend'), mode: 'pursuer', everyPath: true });
    expect(result.deadEnds.count).toBe(1);
    expect(result.deadEnds.examples[0].choices).toEqual([2]);
    expect(result.unreachableKnots).toEqual([{ name: 'tiny_orphan', file: 'part.ink', line: 14 }]);
    expect(result.unreachedEndings).toEqual(['storm']);
  });

  it('stops at the path limit and says so', () => {
    const result = explore({ ...fixture('deadend'), mode: 'pursuer', everyPath: true, maxPaths: 1 });
    expect(result.paths).toBe(1);
    expect(result.truncated).toBe(true);
    // A path not walked might reach an unvisited knot: a truncated walk names what it did not
    // visit and claims nothing about whether it can be reached.
    expect(result.unvisitedKnots.map((k) => k.name)).toEqual(['tiny_orphan']);
    expect(result.unreachableKnots).toBeNull();
    // Every knot visited is proof enough, whatever was not walked.
    expect(
      explore({ ...fixture('tiny'), mode: 'pursuer', everyPath: true, maxPaths: 3 }).unreachableKnots,
    ).toEqual([]);
  });

  it('reports ink errors with the choices that lead to them', () => {
    const result = explore({ ...fixture('badtags'), mode: 'pursuer', everyPath: true });
    expect(result.errors.count).toBe(1);
    expect(result.errors.examples[0]).toMatchObject({
      choices: [],
      message: expect.stringMatching(/#mood:happy/),
    });
  });
});

describe('explore, a sample guided by coverage', () => {
  it('with one seed and room for every path, walks each path once and knows it has seen them all', () => {
    const every = explore({ ...fixture('tiny'), mode: 'pursuer', everyPath: true });
    const sample = explore({ ...fixture('tiny'), mode: 'pursuer', seeds: 1, maxPaths: 50 });
    expect(sample.method).toBe('sample');
    expect(sample.paths).toBe(every.paths);
    expect(sample.complete).toBe(true);
    const shape = (endings: typeof every.endings) =>
      Object.fromEntries(Object.entries(endings).map(([id, e]) => [id, [e.count, e.shortest.length]]));
    expect(shape(sample.endings)).toEqual(shape(every.endings));
    expect(sample.unreachableKnots).toEqual([]);
  });

  it('over several seeds finds the dead end once, and when it has walked every path of every seed, says what is unreachable', () => {
    const result = explore({ ...fixture('deadend'), mode: 'pursuer' });
    expect(result.complete).toBe(true);
    expect(result.deadEnds.examples).toEqual([
      { choices: [2], message: expect.stringMatching(/without an #ending/) },
    ]);
    expect(result.unreachableKnots?.map((k) => k.name)).toEqual(['tiny_orphan']);
  });

  it('claims nothing about the knots a partial sample did not visit', () => {
    const scenario = { ...loadScenario('kara-and-jake'), files: loadInkFiles('kara-and-jake') };
    const result = explore({ ...scenario, mode: 'distancer', maxPaths: 3 });
    expect(result.complete).toBe(false);
    expect(result.unvisitedKnots.length).toBeGreaterThan(0);
    expect(result.unreachableKnots).toBeNull();
  });

  it('stops at its budget without claiming what it has not seen', () => {
    const result = explore({ ...fixture('tiny'), mode: 'pursuer', seeds: 1, maxPaths: 1 });
    expect(result.paths).toBe(1);
    expect(result.truncated).toBe(true);
    expect(result.unreachedEndings).toHaveLength(1);
    expect(result.coverage.taken).toBeLessThan(result.coverage.choices);
  });

  it('names a choice that was offered but never taken by its text', () => {
    const result = explore({ ...fixture('tiny'), mode: 'pursuer', seeds: 1, maxPaths: 1 });
    expect(result.coverage.untaken.length).toBeGreaterThan(0);
    for (const choice of result.coverage.untaken) expect(choice.text).toEqual(expect.any(String));
  });

  it('never walks a path twice, and tries every choice it is offered before repeating one', () => {
    const scenario = { ...loadScenario('kara-and-jake'), files: loadInkFiles('kara-and-jake') };
    const seen = new Set<string>();
    let repeats = 0;
    const result = explore({
      ...scenario,
      mode: 'pursuer',
      seeds: 1,
      maxPaths: 60,
      onPath: (_, choices) => {
        if (seen.has(choices.join(','))) repeats += 1;
        seen.add(choices.join(','));
      },
    });
    expect(result.paths).toBe(60);
    expect(repeats).toBe(0);
    // The same seed and budget give the same sample.
    const again = explore({ ...scenario, mode: 'pursuer', seeds: 1, maxPaths: 60 });
    expect(again.endings).toEqual(result.endings);
    // Guided by coverage, 60 paths have taken most of the mode's choices (a walk in choice order takes far fewer).
    const inOrder = explore({ ...scenario, mode: 'pursuer', everyPath: true, maxPaths: 60 });
    expect(result.coverage.taken).toBeGreaterThan(inOrder.coverage.taken + 10);
  });

  it('stops once a run of paths shows nothing new', () => {
    const scenario = { ...loadScenario('kara-and-jake'), files: loadInkFiles('kara-and-jake') };
    const result = explore({ ...scenario, mode: 'counselor', maxPaths: 5_000, stopWhenStale: 100 });
    expect(result.paths).toBeLessThan(5_000);
    expect(result.unvisitedKnots).toEqual([]);
  });
});
