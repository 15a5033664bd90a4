// The validator closes the gap (issue 13): any run it accepts can be opened, resumed for a choice,
// gone back to at any choice point, compared with itself, exported, re-imported, stored and read
// back, all without an exception. The runs are generated from the validator's own schema (its
// parts, set into real runs) and by mutating real runs of Kara and Jake; whatever the validator
// refuses, it refuses in one short line.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenarios.ts';
import { RunStore } from '../../src/game/run-store.ts';
import { summaryOf, wholeRun } from '../../src/session/compact.ts';
import { compareRuns, whatIf } from '../../src/session/compare.ts';
import { debriefOf } from '../../src/session/debrief.ts';
import { runFromSession, sessionAt, sessionFromRun, type RunRecord } from '../../src/session/run.ts';
import { scoreSession } from '../../src/session/score.ts';
import { Session } from '../../src/session/session.ts';
import {
  choiceNoteSchema,
  coupleContextSchema,
  partnerContextSchema,
  partnerReadingSchema,
  readRunsFile,
  RunFormatError,
  runHeadSchema,
  runsBundle,
  validateRun,
  validateRunHead,
  type RunReader,
} from '../../src/session/validate.ts';
import { arbitraryOf } from '../schema-arbitrary.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const WHEN = '2026-11-30T09:00:00.000Z';
const scenario = loadScenario('kara-and-jake');
const lookup = (id: string) => (id === 'kara-and-jake' ? scenario : undefined);
/** The reader of an import and of the command line: it has the scenarios, and checks the story. */
const importing: RunReader = { scenario: lookup, refuseUnknownScenario: true, checkStory: true };

function played(mode: string, seed: number, choices: number[] | 'to the end', notes = false): RunRecord {
  const session = Session.start({ ...scenario, mode, seed });
  const pick = (i: number) => 1 + ((seed + i) % session.choices.length);
  const steps = choices === 'to the end' ? Infinity : choices.length;
  for (let i = 0; i < steps && !session.ended; i++) {
    if (notes && i % 2 === 0) session.takeHint();
    if (notes) session.noteDraft(`What I would say at ${i + 1}`);
    session.choose(choices === 'to the end' ? pick(i) : choices[i]);
  }
  return JSON.parse(
    JSON.stringify(runFromSession(session, { id: `${mode}-${seed}`, createdAt: WHEN, now: WHEN })),
  );
}

let runs: RunRecord[];
beforeAll(() => {
  runs = [
    played('pursuer', 3, [1, 2, 1]),
    played('distancer', 5, 'to the end'),
    played('counselor', 2, [1, 1, 2], true),
    played('counselor', 7, 'to the end', true),
  ];
});

const store = new RunStore({
  scenario: lookup,
  storage: null,
  // Kept whole, which is quick: compacting replays the run (it is done for one case in eight).
  compact: async (record) => wholeRun(record),
  dbName: 'validator-property',
});
const compactingStore = new RunStore({
  scenario: lookup,
  storage: null,
  dbName: 'validator-property-compact',
});

/** Everything the game and the tools do with a run, none of which may throw on an accepted one. */
async function exercise(run: RunRecord, pick: number): Promise<void> {
  const opened = sessionFromRun(run, scenario);
  if (!opened.ended) opened.choose(1 + (pick % opened.choices.length));
  if (run.checkpoints.length) {
    const k = pick % run.checkpoints.length;
    const there = sessionAt(run, k, scenario);
    there.choose(1 + (pick % there.choices.length));
    // What if, at one run in three (it plays every option there).
    if (pick % 3 === 0) expect(whatIf(run, k, scenario).length).toBeGreaterThan(0);
  }
  compareRuns(run, run);
  debriefOf(run.steps, run.ending, run.mode === 'counselor');
  if (run.mode === 'counselor') scoreSession(run.steps);
  summaryOf(run, false);
  // Exported alone or in a bundle, and imported again.
  const file = pick % 2 ? JSON.stringify(run, null, 1) : runsBundle([run], WHEN);
  expect(readRunsFile(file, lookup)).toEqual({ runs: [run], refused: [] });
  const into = pick % 8 === 0 ? compactingStore : store;
  expect(await into.save(run)).toBeNull();
  expect(await into.get(run.id)).toMatchObject({ run, problem: null });
  expect((await into.list()).problems).toEqual([]);
}

/** Refused, or accepted and usable: never an exception, never a reason of more than one line. */
async function holds(candidate: unknown, pick: number): Promise<'accepted' | 'refused'> {
  let run: RunRecord;
  try {
    run = validateRun(JSON.parse(JSON.stringify(candidate)), importing);
  } catch (error) {
    expect(error).toBeInstanceOf(RunFormatError);
    const reason = (error as Error).message;
    expect(reason).not.toMatch(/\n/);
    expect(reason.length).toBeLessThan(200);
    return 'refused';
  }
  await exercise(run, pick);
  return 'accepted';
}

const partnerIds = fc.constantFrom('kara', 'jake');
const dates = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString());
const options = { fields: { createdAt: dates, updatedAt: dates }, recordKeys: partnerIds };

/** A part of a real run replaced by a value generated from the part's schema. */
const fromSchema = fc.oneof(
  fc.record({
    part: fc.constant('checkpoint partner'),
    value: arbitraryOf(partnerContextSchema, options),
    who: partnerIds,
  }),
  fc.record({ part: fc.constant('checkpoint couple'), value: arbitraryOf(coupleContextSchema, options) }),
  fc.record({
    part: fc.constant('step reading'),
    value: arbitraryOf(partnerReadingSchema, options),
    who: partnerIds,
  }),
  fc.record({ part: fc.constant('head'), value: arbitraryOf(runHeadSchema, options) }),
  fc.record({
    part: fc.constant('notes'),
    value: fc.array(arbitraryOf(choiceNoteSchema, options), { maxLength: 3 }),
  }),
);

function withPart(
  base: RunRecord,
  { part, value, who }: { part: string; value: unknown; who?: string },
  at: number,
) {
  const run: Json = structuredClone(base);
  const k = at % Math.max(1, run.checkpoints.length);
  const generated = value as Json;
  if (part === 'checkpoint partner' && run.checkpoints[k]) {
    run.checkpoints[k].sim.partners[who!].context = { ...generated, id: who };
  } else if (part === 'checkpoint couple' && run.checkpoints[k]) {
    // The couple sees the run's own partners, in their order.
    const views = run.checkpoints[k].sim.couple.context.partners;
    run.checkpoints[k].sim.couple.context = {
      ...generated,
      partners: views.map((view: Json, i: number) => ({ ...generated.partners[i], id: view.id })),
      lastBy: generated.lastBy === null ? null : views[at % 2].id,
    };
  } else if (part === 'step reading') {
    run.steps[at % run.steps.length].snapshot.partners[who!] = generated;
  } else if (part === 'head') {
    // The head's own fields, but the run's play: its scenario, mode and choices.
    const head = { ...generated };
    for (const key of ['scenario', 'mode', 'choices', 'finished', 'ending']) delete head[key];
    Object.assign(run, head, { format: base.format, version: base.version });
  } else if (part === 'notes') {
    run[at % 2 ? 'hints' : 'drafts'] = generated;
  }
  return run;
}

/** Every place in a run, as a path of keys. */
function placesOf(value: unknown, path: (string | number)[] = [], into: (string | number)[][] = []) {
  into.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => placesOf(item, [...path, i], into));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) placesOf(item, [...path, key], into);
  return into;
}

const hostileValue = fc.oneof(
  fc.constantFrom('abc', '', 1e6, -1, 0, 1, 2, 99, 100, 100.5, 1e300, -0.5, null, true, false, [], {}),
  fc.constantFrom('__proto__', '../../etc/passwd', 'counselor', 'kara', 'jake', 'sam', 'flooded', 'cold'),
  fc.constantFrom('engage-engage', 'attack-defend', 'criticize', 'take_break', 'misread', 'active', 'done'),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 12 }),
  fc.jsonValue({ maxDepth: 2 }),
);

type Mutation = {
  kind: 'set' | 'delete' | 'add' | 'swap' | 'ink';
  at: number;
  other: number;
  value: unknown;
};
const mutation = fc.record({
  kind: fc.constantFrom('set', 'set', 'set', 'delete', 'add', 'swap', 'ink'),
  at: fc.nat(),
  other: fc.nat(),
  value: hostileValue,
}) as fc.Arbitrary<Mutation>;

/** A real run changed in one place: a value set, a field removed or added, two entries swapped,
 * or a value inside a checkpoint's saved story state set. */
function mutated(base: RunRecord, { kind, at, other, value }: Mutation): Json {
  const run: Json = structuredClone(base);
  if (kind === 'ink') {
    const checkpoint = run.checkpoints[at % run.checkpoints.length];
    if (!checkpoint) return run;
    const ink = JSON.parse(checkpoint.ink);
    const places = placesOf(ink).slice(1);
    const path = places[other % places.length];
    let parent = ink;
    for (const key of path.slice(0, -1)) parent = parent[key];
    parent[path[path.length - 1]] = value;
    checkpoint.ink = JSON.stringify(ink);
    return run;
  }
  const places = placesOf(run).slice(1);
  const path = places[at % places.length];
  let parent: Json = run;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const key = path[path.length - 1];
  if (kind === 'set') parent[key] = value;
  else if (kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (kind === 'add') {
    const target = parent[key];
    if (Array.isArray(target)) target.push(value);
    else if (target && typeof target === 'object') target[String(value).slice(0, 12) || 'extra'] = value;
    else parent[key] = [target];
  } else if (kind === 'swap' && Array.isArray(parent)) {
    const j = other % parent.length;
    [parent[key as number], parent[j]] = [parent[j], parent[key as number]];
  }
  return run;
}

describe('the run validator', () => {
  it('accepts every real run, and each opens, resumes, compares, exports and reads back', async () => {
    for (const [i, run] of runs.entries()) {
      expect(validateRun(run, importing)).toBe(run);
      await exercise(run, i);
    }
  });

  it('accepts what its schema allows in a real run, and the run stays usable (property)', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(runs.length - 1), fromSchema, fc.nat(), async (which, part, at) => {
        if ((await holds(withPart(runs[which], part, at), at)) === 'accepted') accepted += 1;
      }),
      { numRuns: 40 },
    );
    // Most of these are accepted: the model's state anywhere in its ranges is a state it can go on from.
    expect(accepted).toBeGreaterThan(15);
  });

  it('refuses a mutated real run in one line, or accepts it and it stays usable (property)', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(runs.length - 1), mutation, async (which, change) => {
        if ((await holds(mutated(runs[which], change), change.at)) === 'refused') refused += 1;
      }),
      { numRuns: 80 },
    );
    expect(refused).toBeGreaterThan(25);
  });

  it('refuses whole runs generated from its schema alone with a reason, never an exception', () => {
    fc.assert(
      fc.property(arbitraryOf(runHeadSchema, options), (head) => {
        const run = { ...(head as Json), steps: [], checkpoints: [] };
        try {
          validateRun(run, importing);
        } catch (error) {
          expect(error).toBeInstanceOf(RunFormatError);
        }
        // A head alone is what a compact stored run keeps: that, its own validator reads.
        expect(() => validateRunHead(head)).not.toThrow(TypeError);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps runs of a scenario the reader lacks when reading storage, and refuses them on import', () => {
    const run = { ...runs[0], scenario: 'lost-weekend' };
    const storage: RunReader = { scenario: lookup };
    expect(validateRun(run, storage)).toBe(run);
    expect(() => validateRun(run, importing)).toThrow(
      "scenario 'lost-weekend' is not a scenario this game has",
    );
    expect(readRunsFile(JSON.stringify(run), lookup).refused).toEqual([
      "scenario 'lost-weekend' is not a scenario this game has",
    ]);
  });

  it('replays a run of a changed story to see that its choices still play', () => {
    const run = { ...runs[0], storyVersion: 'an-older-version' };
    expect(validateRun(run, importing)).toBe(run);
    const past = structuredClone(run);
    const last = past.steps.map((s) => s.kind).lastIndexOf('choice');
    past.steps[last].choices!.push(...Array.from({ length: 7 }, () => ({ text: 'more', move: null })));
    past.steps[last].chosen = past.choices[past.choices.length - 1] = 9;
    expect(() => validateRun(past, importing)).toThrow(
      /^choices\[2\] is not on offer in the story as it is now/,
    );
  });

  it('says where and why in the style of the old messages', () => {
    const run: Json = structuredClone(runs[0]);
    run.steps[3].snapshot.partners.jake.arousal = 'abc';
    expect(() => validateRun(run)).toThrow(
      /^steps\[3\]\.snapshot\.partners\.jake\.arousal must be a number from 0 to 100$/,
    );
    const keyed: Json = structuredClone(runs[0]);
    keyed.steps[0]['x'.repeat(1000)] = 1;
    expect(() => validateRun(keyed)).toThrow(/^steps\[0\]\["x{40}…"\] is not part of a run$/);
  });
});
