// What every scenario's ink sources must show, whatever the scenario: clean tags and moves, every
// narrated body tagged so the model can check it, and coaching that never genders the roles.
import { describe, expect, it } from 'vitest';
import { loadInkFiles, loadManifest, scenarioIds } from '../../src/cli/scenarios.ts';
import { lintInk } from '../../src/story/lint.ts';

/** Lines of ink source, with their file and number, that are not comments. */
function sourceLines(files: Record<string, string>) {
  return Object.entries(files).flatMap(([file, text]) =>
    text.split('\n').map((line, i) => ({ where: `${file}:${i + 1}`, line: line.replace(/\/\/.*$/, '') })),
  );
}

describe.each(scenarioIds())('the sources of %s', (id) => {
  const manifest = loadManifest(id);
  const files = loadInkFiles(id);
  const lines = sourceLines(files);
  const names = `\\b(${manifest.partners.map((p) => p.name).join('|')})\\b`;

  it('has clean tags and moves throughout', () => {
    expect(lintInk(files, manifest)).toEqual([]);
  });

  it('tags every line that narrates a body with #body, so the model can check it (DESIGN §4a)', () => {
    const untagged = lines.filter(
      ({ line }) =>
        /\b(heart|pulse|chest|pounding|racing|adrenaline)\b/i.test(line) &&
        !/#coach/.test(line) &&
        !/#body:/.test(line),
    );
    expect(untagged.map((u) => `${u.where}: ${u.line.trim()}`)).toEqual([]);
  });

  it('states principles in coach lines without gendering the roles', () => {
    const gendered = lines.filter(
      ({ line }) =>
        /#coach/.test(line) &&
        /\b(pursuers?|distancers?|withdrawers?)\b/i.test(line) &&
        /\b(she|he|her|him|his|hers)\b/i.test(line.replace(new RegExp(names, 'g'), '')) &&
        !new RegExp(names).test(line),
    );
    expect(gendered.map((u) => `${u.where}: ${u.line.trim()}`)).toEqual([]);
  });
});
