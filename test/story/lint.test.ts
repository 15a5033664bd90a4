import { describe, expect, it } from 'vitest';
import { loadInkFiles, loadManifest } from '../../src/cli/scenarios.ts';
import { lintInk } from '../../src/story/lint.ts';
import { FIXTURE_STORIES } from '../fixtures.ts';

describe('lintInk', () => {
  it('names file and line for every unknown tag, missing move and unknown id', () => {
    const problems = lintInk(
      loadInkFiles('badtags', FIXTURE_STORIES),
      loadManifest('badtags', FIXTURE_STORIES),
    );
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      "part.ink:2: unknown tag '#mood:happy' (known: speaker, move, coach, mistake, ending, time, body)",
      'part.ink:3: every choice needs a #move inside its brackets',
      "part.ink:5: unknown move 'hug' in #move:hug",
      'part.ink:9: #to:bob names no partner of this scenario',
      "part.ink:12: unknown move 'teleport' in #move:jake.teleport",
      'part.ink:13: #speaker:nobody names nobody in this scenario',
      'part.ink:14: #ending:nowhere is not an ending in scenario.json',
      "part.ink:15: #time takes whole minutes from 1 to 1440, as in #time:20 (got 'time:soon')",
      'part.ink:16: #body:bob.… names no partner of this scenario',
      "part.ink:17: #body names who and how, as in #body:jake.flooded (one of calm, stirred, hot, flooded, settled; got 'body:kara.furious')",
    ]);
  });

  it('passes a clean story', () => {
    expect(lintInk(loadInkFiles('tiny', FIXTURE_STORIES), loadManifest('tiny', FIXTURE_STORIES))).toEqual([]);
  });
});

describe('checkScenario', () => {
  it('fails with file:line messages for a broken story', async () => {
    const { checkScenario } = await import('../../src/cli/check.ts');
    expect(checkScenario('broken', { storiesDir: FIXTURE_STORIES }).problems).toEqual([
      "stories/broken/part.ink:4: error: Divert target not found: '-> tiny_nowhere'",
    ]);
    const deadend = checkScenario('deadend', { storiesDir: FIXTURE_STORIES }).problems;
    expect(deadend).toContain("stories/deadend/part.ink:14: knot 'tiny_orphan' is never reached as pursuer");
    expect(deadend.some((p) => p.includes('dead end at --choices 2'))).toBe(true);
  });
});
