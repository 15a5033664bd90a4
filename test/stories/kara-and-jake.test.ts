// Kara and Jake as a whole: its sources and its openings. Each mode's walk (every path, with the
// path properties) is in kara-and-jake.<mode>.test.ts, on the shared tests of scenario-modes.ts.
import { describe, expect, it } from 'vitest';
import { loadInkFiles, loadScenario } from '../../src/cli/scenarios.ts';
import { Session } from '../../src/session/session.ts';
import { lintInk } from '../../src/story/lint.ts';
import { playPicks } from './scenario-modes.ts';

const scenario = loadScenario('kara-and-jake');
const files = loadInkFiles('kara-and-jake');

/** Lines of ink source, with their file and number, that are not comments. */
const sourceLines = Object.entries(files).flatMap(([file, text]) =>
  text.split('\n').map((line, i) => ({ where: `${file}:${i + 1}`, line: line.replace(/\/\/.*$/, '') })),
);

describe('Kara and Jake', () => {
  it('has clean tags and moves throughout', () => {
    expect(lintInk(files, scenario.manifest)).toEqual([]);
  });

  it('tags every line that narrates a body with #body, so the model can check it (DESIGN §4a)', () => {
    const untagged = sourceLines.filter(
      ({ line }) =>
        /\b(heart|pulse|chest|pounding|racing|adrenaline)\b/i.test(line) &&
        !/#coach/.test(line) &&
        !/#body:/.test(line),
    );
    expect(untagged.map((u) => `${u.where}: ${u.line.trim()}`)).toEqual([]);
  });

  it('states principles in coach lines without gendering the roles', () => {
    const gendered = sourceLines.filter(
      ({ line }) =>
        /#coach/.test(line) &&
        /\b(pursuers?|distancers?|withdrawers?)\b/i.test(line) &&
        /\b(she|he|her|him|his|hers)\b/i.test(line.replace(/Kara|Jake/g, '')) &&
        !/\b(Kara|Jake)\b/.test(line),
    );
    expect(gendered.map((u) => `${u.where}: ${u.line.trim()}`)).toEqual([]);
  });

  it('gives the harsh and the soft opening clearly different consequences (as Kara)', () => {
    const start = Session.start({ ...scenario, mode: 'pursuer' });
    const harsh = start.choices.findIndex((c) => c.move === 'criticize') + 1;
    const soft = start.choices.findIndex((c) => c.move === 'soft_startup') + 1;
    expect(harsh).toBeGreaterThan(0);
    expect(soft).toBeGreaterThan(0);
    const after = (n: number) => {
      const s = Session.start({ ...scenario, mode: 'pursuer' });
      s.choose(n);
      const reply = s.steps.find((step) => step.kind === 'line' && step.speaker === 'jake')!;
      return { jake: s.snapshot.partners.jake, reply: reply.text, stage: s.snapshot.cycle };
    };
    const a = after(harsh);
    const b = after(soft);
    expect(a.jake.arousal).toBeGreaterThan(b.jake.arousal + 10);
    expect(a.reply).not.toBe(b.reply);
    expect(a.stage.trend).toBe('tightening');
  });

  it.each(['distancer', 'counselor'])('shows both the harsh and the soft opening as %s', (mode) => {
    const seen = new Set<string>();
    for (let first = 0; first < 4; first++) {
      for (let second = 0; second < 4; second++) {
        const session = playPicks(scenario, mode, [first, second, 0]);
        session.steps.forEach((s) => s.move?.by === 'kara' && seen.add(s.move.type));
      }
    }
    expect(seen).toContain('criticize');
    expect(seen).toContain('soft_startup');
  });
});
