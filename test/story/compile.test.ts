import { describe, expect, it } from 'vitest';
import { Story } from 'inkjs/full';
import { compileInk, parseDiagnostic } from '../../src/story/compile.ts';
import { loadInkFiles, loadScenario } from '../../src/cli/scenarios.ts';
import { InkCompileError } from '../../src/story/compile.ts';
import { FIXTURE_STORIES } from '../fixtures.ts';

describe('compileInk (inkjs compiler)', () => {
  it('names the file and line of a compile error in an included file', () => {
    const result = compileInk(loadInkFiles('broken', FIXTURE_STORIES), 'main.ink');
    expect(result.json).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({
        file: 'part.ink',
        line: 4,
        severity: 'error',
        message: expect.stringMatching(/tiny_nowhere/),
      }),
    ]);
    expect(() => loadScenario('broken', FIXTURE_STORIES)).toThrow(InkCompileError);
    expect(() => loadScenario('broken', FIXTURE_STORIES)).toThrow(/stories\/broken\/part\.ink:4: error:/);
  });

  it('strips the BOM from sources and from the compiled JSON', () => {
    const files = loadInkFiles('tiny', FIXTURE_STORIES);
    expect(files['part.ink'].charCodeAt(0)).toBe(0xfeff);
    const result = compileInk(files, 'main.ink');
    expect(result.errors).toEqual([]);
    expect(result.json!.charCodeAt(0)).toBe('{'.charCodeAt(0));
    expect(() => JSON.parse(result.json!)).not.toThrow();
  });

  it('keeps the ink fallbacks, so the story runs without the model (as in Inky)', () => {
    const { json } = compileInk(loadInkFiles('tiny', FIXTURE_STORIES), 'main.ink');
    const story = new Story(json!);
    story.allowExternalFunctionFallbacks = true;
    story.ChoosePathString('tiny_start');
    story.ContinueMaximally();
    story.ChooseChoiceIndex(1);
    expect(story.ContinueMaximally()).toMatch(/Sure. After dinner\?/);
  });

  it('reports a missing root or INCLUDE as an error, not a crash', () => {
    expect(compileInk({}, 'main.ink').errors[0]).toMatchObject({ file: 'main.ink', severity: 'error' });
    const result = compileInk({ 'main.ink': 'INCLUDE gone.ink\nHello.' }, 'main.ink');
    expect(result.json).toBeNull();
    expect(result.errors[0].message).toMatch(/gone\.ink/);
  });

  it('parses inkjs diagnostics into file, line and message', () => {
    expect(
      parseDiagnostic("ERROR: 'as-kara.ink' line 12: Expected end of line", 'main.ink', 'error'),
    ).toEqual({
      file: 'as-kara.ink',
      line: 12,
      message: 'Expected end of line',
      severity: 'error',
    });
    expect(parseDiagnostic('WARNING: line 3: Apparent loose end', 'main.ink', 'error')).toMatchObject({
      file: 'main.ink',
      line: 3,
      severity: 'warning',
    });
  });
});
