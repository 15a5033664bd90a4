import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenarios.ts';
import {
  SUMMARY_SCORE_VERSION,
  summaryOf,
  validateSummary,
  type RunSummary,
  type SummaryScore,
} from '../../src/session/compact.ts';
import {
  FAULT_WORDS,
  markdownText,
  MIN_RUNS_FOR_TREND,
  progressMarkdown,
  progressOf,
  trendOf,
} from '../../src/session/progress.ts';
import { RUBRIC_ITEMS, type RubricItemId } from '../../src/session/rubric.ts';
import { runFromSession } from '../../src/session/run.ts';
import { scoreSession } from '../../src/session/score.ts';
import { Session } from '../../src/session/session.ts';
import { COUNSELOR_FAULTS, type CounselorFault } from '../../src/sim/moves.ts';

const ITEM_IDS = Object.keys(RUBRIC_ITEMS) as RubricItemId[];

/** A day in March 2026 at noon UTC (so the local date is the same day anywhere). */
const on = (day: number) => `2026-03-${String(day).padStart(2, '0')}T12:00:00.000Z`;

/** A score where every item earns `earned[id] ?? max` of `max[id] ?? 1`. */
function score(
  earned: Partial<Record<RubricItemId, number>>,
  faults: { fault: CounselorFault; item: RubricItemId; choice?: number }[] = [],
  max: Partial<Record<RubricItemId, number>> = {},
): SummaryScore {
  const items = ITEM_IDS.map((id) => ({ id, max: max[id] ?? 1, earned: earned[id] ?? max[id] ?? 1 }));
  const got = items.reduce((n, i) => n + i.earned, 0);
  const out = items.reduce((n, i) => n + i.max, 0);
  const fidelity = Math.round((100 * got) / out);
  return {
    version: SUMMARY_SCORE_VERSION,
    total: Math.round(fidelity / 2 + 25),
    fidelity,
    items,
    faults: faults.map((f) => ({ choice: 0, ...f })),
  };
}

/** A summary as the store keeps it: a counselor run unless told, finished, scored if given. */
function summary(
  id: string,
  day: number,
  given: Partial<RunSummary> & { score?: SummaryScore } = {},
): RunSummary {
  return {
    format: 'dance-of-distance/run',
    version: 1,
    id,
    parentId: null,
    branchedAt: null,
    scenario: 'kara-and-jake',
    mode: 'counselor',
    seed: 1,
    storyVersion: 'v1',
    createdAt: on(day),
    updatedAt: on(day),
    choices: [1, 2],
    ending: 'reconnect',
    finished: true,
    arousal: { kara: [10, 20], jake: [12, 30] },
    compact: true,
    ...given,
  };
}

describe('progress as counselor: from the summaries alone', () => {
  it('takes only finished counselor runs, oldest first, and counts the rest apart', () => {
    const progress = progressOf([
      summary('c', 5, { score: score({}) }),
      summary('a', 1, { score: score({ track: 0 }) }),
      summary('pursuer', 2, { mode: 'pursuer' }),
      summary('open', 3, { finished: false, ending: null, score: score({}) }),
      summary('b', 3, { score: score({ deepen: 0 }) }),
      // Saved before scores were kept; and one scored by an older rubric.
      summary('old', 4),
      summary('older-rubric', 4, { score: { ...score({}), version: SUMMARY_SCORE_VERSION - 1 } }),
    ]);
    expect(progress.runs.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(progress.unscored).toBe(2);
    expect(progress.inProgress).toBe(1);
    // "Not yet scored" is not zero: the unscored runs are in no rate.
    expect(progress.items.find((i) => i.id === 'pace')).toMatchObject({ earned: 3, max: 3, rate: 100 });
    // But they were practised.
    expect(progress.scenarios).toEqual([{ scenario: 'kara-and-jake', runs: 5, lastPractised: on(5) }]);
  });

  it('rates each item across runs (earned over possible) and run by run', () => {
    const progress = progressOf([
      summary('a', 1, { score: score({ physiology: 1, deepen: 0 }, [], { physiology: 3, deepen: 2 }) }),
      summary('b', 2, { score: score({ physiology: 0, deepen: 1 }, [], { physiology: 1, deepen: 2 }) }),
      summary('c', 3, { score: score({ physiology: 2, deepen: 2 }, [], { physiology: 2, deepen: 2 }) }),
    ]);
    const physiology = progress.items.find((i) => i.id === 'physiology')!;
    // 3 of 6 across the runs, not the mean of 33%, 0% and 100%.
    expect(physiology).toMatchObject({ earned: 3, max: 6, rate: 50, perRun: [33, 0, 100] });
    expect(physiology.last).toEqual({ earned: 2, max: 2, rate: 100 });
    const deepen = progress.items.find((i) => i.id === 'deepen')!;
    expect(deepen).toMatchObject({ earned: 3, max: 6, rate: 50, perRun: [0, 50, 100], trend: 'improving' });
    expect(progress.items.map((i) => i.id)).toEqual(ITEM_IDS);
    expect(progress.items[0]).toMatchObject({
      label: RUBRIC_ITEMS.track.label,
      source: RUBRIC_ITEMS.track.source,
    });
    expect(progress.runs.map((r) => r.fidelity)).toEqual(
      [1, 2, 3].map((i) => progress.runs[i - 1].score.fidelity),
    );
  });

  it('an item a run lacks is left out of that run, not scored as zero', () => {
    const withoutSafety = score({});
    withoutSafety.items = withoutSafety.items.filter((i) => i.id !== 'safety');
    const progress = progressOf([
      summary('a', 1, { score: withoutSafety }),
      summary('b', 2, { score: score({ safety: 1 }) }),
    ]);
    expect(progress.items.find((i) => i.id === 'safety')).toMatchObject({
      earned: 1,
      max: 1,
      rate: 100,
      perRun: [null, 100],
    });
  });

  it('names the trend from the second half of the runs against the first', () => {
    expect(trendOf([])).toBe('too few runs');
    expect(trendOf([0, 100])).toBe('too few runs');
    expect(MIN_RUNS_FOR_TREND).toBe(3);
    expect(trendOf([20, 90, 60])).toBe('improving'); // 20 against 60; the middle run is in neither
    expect(trendOf([60, 0, 55])).toBe('steady');
    expect(trendOf([80, 70, 50, 40])).toBe('slipping'); // 75 against 45
    expect(trendOf([50, null, 50, null, 55])).toBe('steady'); // the runs without it are skipped
    expect(trendOf([50, 50, 60, 60])).toBe('improving'); // a change of 10 points or more counts
    expect(trendOf([50, 50, 55, 54])).toBe('steady');
    const runs = [40, 50, 70, 80].map((fidelity, i) =>
      summary(`r${i}`, i + 1, { score: { ...score({}), fidelity, total: fidelity } }),
    );
    expect(progressOf(runs)).toMatchObject({ fidelityTrend: 'improving', totalTrend: 'improving' });
    expect(progressOf(runs.slice(0, 2)).fidelityTrend).toBe('too few runs');
  });

  it('finds the mistakes that recur: in how many runs, most common first', () => {
    const progress = progressOf([
      summary('a', 1, {
        score: score({ no_fixing: 0 }, [
          { fault: 'advise', item: 'no_fixing', choice: 1 },
          { fault: 'advise', item: 'no_fixing', choice: 3 },
          { fault: 'take_sides', item: 'alliance', choice: 2 },
        ]),
      }),
      summary('b', 2, { score: score({}, [{ fault: 'pressed_on_flooded', item: 'physiology' }]) }),
      summary('c', 3, {
        score: score({}, [
          { fault: 'advise', item: 'no_fixing' },
          { fault: 'pressed_on_flooded', item: 'physiology' },
        ]),
      }),
      summary('d', 4, { score: score({}, [{ fault: 'pressed_on_flooded', item: 'physiology' }]) }),
    ]);
    expect(progress.faults.map((f) => [f.fault, f.runs, f.times])).toEqual([
      ['pressed_on_flooded', 3, 3],
      ['advise', 2, 3],
      ['take_sides', 1, 1],
    ]);
    expect(progress.faults[0]).toMatchObject({
      words: FAULT_WORDS.pressed_on_flooded,
      item: 'physiology',
      explains: RUBRIC_ITEMS.physiology.explains,
      lastAt: on(4),
    });
  });

  it('every counselor fault has plain words', () => {
    for (const fault of COUNSELOR_FAULTS) expect(FAULT_WORDS[fault].length).toBeGreaterThan(10);
  });

  it('counts the scenarios practised, most first, with when each was last practised', () => {
    const progress = progressOf([
      summary('a', 1, { scenario: 'sunday-dishes', score: score({}) }),
      summary('b', 2, { score: score({}) }),
      summary('c', 6, { score: score({}) }),
      summary('d', 3, { scenario: 'sunday-dishes', score: score({}) }),
      summary('e', 9, { scenario: 'late-night', score: score({}) }),
    ]);
    expect(progress.scenarios).toEqual([
      { scenario: 'kara-and-jake', runs: 2, lastPractised: on(6) },
      { scenario: 'sunday-dishes', runs: 2, lastPractised: on(3) },
      { scenario: 'late-night', runs: 1, lastPractised: on(9) },
    ]);
  });

  it('reads scores made from real counselor runs by summaryOf, matching scoreSession', () => {
    const scenario = loadScenario('kara-and-jake');
    const records = [3, 5, 8].map((seed, i) => {
      const session = Session.start({ ...scenario, mode: 'counselor', seed });
      for (let turn = 0; !session.ended; turn++)
        session.choose(((turn * (i + 2)) % session.choices.length) + 1);
      return runFromSession(session, { id: `real-${seed}`, createdAt: on(i + 1), now: on(i + 1) });
    });
    const summaries = records.map((r) => validateSummary(structuredClone(summaryOf(r, true))));
    const progress = progressOf(summaries);
    const scores = records.map((r) => scoreSession(r.steps));
    expect(progress.runs.map((r) => r.fidelity)).toEqual(scores.map((s) => s.fidelity));
    expect(progress.runs.map((r) => r.total)).toEqual(scores.map((s) => s.total));
    for (const item of progress.items) {
      const each = scores.map((s) => s.items.find((i) => i.id === item.id)!);
      expect(item.earned).toBe(each.reduce((n, i) => n + i.earned, 0));
      expect(item.max).toBe(each.reduce((n, i) => n + i.max, 0));
    }
    const faultRuns = new Map<string, number>();
    for (const s of scores) {
      const inRun = new Set(s.items.flatMap((i) => i.turns.flatMap((t) => (t.fault ? [t.fault] : []))));
      for (const f of inRun) faultRuns.set(f, (faultRuns.get(f) ?? 0) + 1);
    }
    expect(Object.fromEntries(progress.faults.map((f) => [f.fault, f.runs]))).toEqual(
      Object.fromEntries(faultRuns),
    );
  });
});

describe('progress as Markdown, for a supervisor', () => {
  const runs = [
    summary('a', 1, {
      score: { ...score({ track: 0 }, [{ fault: 'advise', item: 'no_fixing' }]), fidelity: 40 },
    }),
    summary('b', 2, { score: { ...score({}, [{ fault: 'advise', item: 'no_fixing' }]), fidelity: 55 } }),
    summary('c', 4, { score: { ...score({}), fidelity: 70 } }),
    summary('old', 3),
  ];
  const titles: Record<string, string> = { 'kara-and-jake': 'Kara and Jake' };
  const markdown = progressMarkdown(progressOf(runs), {
    scenarioTitle: (id) => titles[id],
    now: new Date(on(5)),
  });

  it('gives the dates, the scenarios, the items with rates and trends, and the mistakes', () => {
    expect(markdown).toMatch(/^# Progress as counselor\n/);
    expect(markdown).toContain(
      '**3 scored counselor runs**, 2026-03-01 to 2026-03-04 (not counted: 1 not yet scored).',
    );
    expect(markdown).toContain('| Kara and Jake | 4 | 2026-03-04 |');
    expect(markdown).toContain('Fidelity trend: **improving**');
    expect(markdown).toContain('| 1 | 2026-03-01 | Kara and Jake | 40 |');
    expect(markdown).toContain(
      `| ${RUBRIC_ITEMS.track.label} | ${RUBRIC_ITEMS.track.source} | 67% | 1 of 1 | improving |`,
    );
    expect(markdown).toContain(
      `| ${RUBRIC_ITEMS.pace.label} | ${RUBRIC_ITEMS.pace.source} | 100% | 1 of 1 | steady |`,
    );
    // Every rubric item has its row.
    for (const id of ITEM_IDS) expect(markdown).toContain(`| ${RUBRIC_ITEMS[id].label} |`);
    expect(markdown).toContain(
      `- **${FAULT_WORDS.advise}** — in 2 of 3 runs (2 times in all; last 2026-03-02).`,
    );
    expect(markdown).toContain(RUBRIC_ITEMS.no_fixing.explains);
    expect(markdown).toMatch(/not an assessment/);
  });

  it('says when there are too few runs for a trend, and when none is scored yet', () => {
    const few = progressMarkdown(progressOf(runs.slice(0, 2)));
    expect(few).toContain(`A trend needs at least ${MIN_RUNS_FOR_TREND} scored runs.`);
    expect(few).toContain('| too few runs |');
    const none = progressMarkdown(progressOf([summary('old', 1), summary('open', 2, { finished: false })]));
    expect(none).toContain(
      '**No scored counselor runs yet** (not counted: 1 not yet scored, 1 still in progress).',
    );
    expect(none).not.toContain('| Item |');
  });

  it('keeps text from a file as plain text: no heading, table, link, HTML or line break gets in', () => {
    const hostile =
      '</td><script>alert(1)</script>\n# Heading | cell | [link](http://x.test) *bold* `code` ![img](y)';
    const md = progressMarkdown(
      progressOf([
        summary('h', 1, { scenario: 'any', score: score({}) }),
        summary('h2', 2, { scenario: 'x\r\n- item', score: score({}) }),
      ]),
      { scenarioTitle: (id) => (id === 'any' ? hostile : undefined) },
    );
    const lines = md.split('\n');
    // No line but our own starts a heading or a list, and each table row keeps its five or three cells.
    expect(lines.filter((l) => l.startsWith('#'))).toEqual([
      '# Progress as counselor',
      '## Scenarios practised',
      '## Fidelity and total, run by run',
      '## Rubric items',
      '## Mistakes that recur',
    ]);
    expect(lines.filter((l) => l.startsWith('- '))).toEqual([]);
    const unescapedPipes = (l: string) => l.replace(/\\\|/g, '').split('|').length - 1;
    for (const row of lines.filter((l) => l.startsWith('|') && /script|item/.test(l)))
      expect([4, 6]).toContain(unescapedPipes(row));
    // Markup characters are escaped, so nothing is read as HTML or a link.
    expect(md).not.toMatch(/(^|[^\\])</m);
    expect(md).not.toMatch(/(^|[^\\])\[link/);
    expect(md).toContain('\\<script\\>alert\\(1\\)\\</script\\>');
    expect(markdownText('a\nb\u2028c\u0007d')).toBe('a b c d');
    expect(markdownText('Kara & Jake: www.x.test')).toBe('Kara \\& Jake\\: www\\.x\\.test');
  });

  it('shows a date from a file that is not a date as escaped text', () => {
    const md = progressMarkdown(
      progressOf([summary('x', 1, { createdAt: 'soon <b>', updatedAt: 'soon <b>', score: score({}) })]),
    );
    expect(md).toContain('soon \\<b\\>');
  });
});
