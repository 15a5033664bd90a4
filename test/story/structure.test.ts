import { describe, expect, it } from 'vitest';
import { endingsIn } from '../../src/story/structure.ts';
import { explore } from '../../src/session/explore.ts';
import { loadInkFiles, loadScenario } from '../../src/cli/scenarios.ts';

describe('story structure', () => {
  it("finds the endings written in a mode's knots, not in functions or other knots", () => {
    const files = {
      'a.ink': [
        '=== mine ===',
        'It ends. #ending:calm',
        '=== function helper() ===',
        '~ return 1 // #ending:never',
        '=== theirs ===',
        'They leave. #speaker:kara #ending:storm',
      ].join('\n'),
    };
    expect([...endingsIn(files, new Set(['mine']))]).toEqual(['calm']);
    expect([...endingsIn(files, new Set(['mine', 'theirs']))].sort()).toEqual(['calm', 'storm']);
  });

  it("asks each mode of Kara and Jake for the endings its own knots tell: out of time is the counselor's alone", () => {
    const scenario = loadScenario('kara-and-jake');
    const files = loadInkFiles('kara-and-jake');
    const clockEndings = endingsIn(files, new Set(['counsel_out_of_time']));
    expect([...clockEndings]).toEqual(['out_of_time']);
    const pursuer = explore({ ...scenario, files, mode: 'pursuer', maxPaths: 5, stopWhenStale: 5 });
    expect(pursuer.unreachedEndings).not.toContain('out_of_time');
  });
});
