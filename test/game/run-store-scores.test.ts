// Counselor runs' scores in the store: kept in each summary as it is saved, and given in the
// background to summaries saved before scores were kept, without the player doing anything.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenarios.ts';
import { DB_NAME, RunStore, type RunsSchema } from '../../src/game/run-store.ts';
import { needsScore, summaryOf, type ReplayStory, type RunSummary } from '../../src/session/compact.ts';
import { runFromSession, type RunRecord } from '../../src/session/run.ts';
import { scoreSession } from '../../src/session/score.ts';
import { Session } from '../../src/session/session.ts';

const NOW = '2026-11-21T10:00:00.000Z';
const karaAndJake = loadScenario('kara-and-jake');
const SCENARIOS: Record<string, ReplayStory> = { 'kara-and-jake': karaAndJake };

function counselorRun(id: string, seed: number, mode = 'counselor'): RunRecord {
  const session = Session.start({ ...karaAndJake, mode, seed });
  for (let turn = 0; !session.ended; turn++) session.choose(((turn * 3 + seed) % session.choices.length) + 1);
  return JSON.parse(JSON.stringify(runFromSession(session, { id, createdAt: NOW, now: NOW })));
}

const storeWith = () => new RunStore({ scenario: (id) => SCENARIOS[id], storage: null });
const rawDb = () => openDB<RunsSchema>(DB_NAME);

/** Make the stored summary look as an earlier version saved it: no score. */
async function forgetScore(id: string): Promise<void> {
  const db = await rawDb();
  const old: Partial<RunSummary> = (await db.get('summaries', id))!;
  delete old.score;
  await db.put('summaries', old as RunSummary, id);
  db.close();
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('RunStore: counselor scores in the summaries', () => {
  it('keeps the score in the summary as a counselor run is saved, and lists it without a replay', async () => {
    const record = counselorRun('c1', 4);
    const store = storeWith();
    expect(await store.save(record)).toBeNull();
    const [listed] = (await storeWith().list()).runs;
    expect(listed.score?.fidelity).toBe(scoreSession(record.steps).fidelity);
    expect(listed.score?.total).toBe(scoreSession(record.steps).total);
  });

  it('scores, in the background, the summaries saved before scores were kept', async () => {
    const records = [counselorRun('c1', 4), counselorRun('c2', 9), counselorRun('p1', 3, 'pursuer')];
    const first = storeWith();
    for (const r of records) await first.save(r);
    await forgetScore('c1');
    await forgetScore('c2');

    const store = storeWith();
    const before = (await store.list()).runs;
    expect(
      before
        .filter(needsScore)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['c1', 'c2']);
    expect(await store.scorePending()).toBe(2);
    // The store's own list has them at once, and so does the next start.
    expect(store.summaries.filter(needsScore)).toEqual([]);
    const { runs, problems } = await storeWith().list();
    expect(problems).toEqual([]);
    for (const r of records) {
      const expected = summaryOf(r, true);
      // As summaryOf makes it, with the revision the store counts saves by.
      expect(runs.find((s) => s.id === r.id)).toEqual({ ...expected, revision: expect.any(Number) });
    }
    expect(await store.scorePending()).toBe(0);
  });

  it('leaves a run saved again meanwhile (in another tab) with the summary that save wrote', async () => {
    const store = storeWith();
    const record = counselorRun('c1', 4);
    await store.save(record);
    await forgetScore('c1');
    await store.list();
    // Resumed and saved in another tab after this one listed it: that save stands.
    const later = { ...record, updatedAt: '2026-11-22T10:00:00.000Z' };
    await storeWith().save(later);
    expect(await store.scorePending()).toBe(0);
    const [listed] = (await storeWith().list()).runs;
    expect(listed).toEqual({ ...summaryOf(later, true), revision: expect.any(Number) });
  });

  it('leaves a run it cannot replay unscored, says so, and does not try it again this session', async () => {
    const store = storeWith();
    await store.save(counselorRun('c1', 4));
    await forgetScore('c1');
    const db = await rawDb();
    await db.put('runs', { broken: true } as never, 'c1');
    db.close();
    await store.list();
    expect(await store.scorePending()).toBe(0);
    expect(store.cannotScore('c1')).toBe(true);
    expect(needsScore(store.summary('c1')!)).toBe(true);
    // Opening it is where the problem is reported (and the record set aside).
    expect((await store.get('c1')).problem).toMatch(/could not be read/);
  });

  it('scores an old summary when its run is opened, the replay being made anyway', async () => {
    const store = storeWith();
    const record = counselorRun('c1', 7);
    await store.save(record);
    await forgetScore('c1');
    await store.list();
    expect(store.summary('c1')!.score).toBeUndefined();
    expect((await store.get('c1')).run).toEqual(record);
    const scored = { ...summaryOf(record, true), revision: expect.any(Number) };
    expect(store.summary('c1')).toEqual(scored);
    expect((await storeWith().list()).runs[0]).toEqual(scored);
  });

  it('sets a summary with a damaged score aside with the reason, and lists the others', async () => {
    const store = storeWith();
    await store.save(counselorRun('c1', 4));
    await store.save(counselorRun('c2', 5));
    const db = await rawDb();
    const summary = (await db.get('summaries', 'c1'))!;
    await db.put('summaries', { ...summary, score: { ...summary.score!, fidelity: 'great' as never } }, 'c1');
    db.close();
    const { runs, problems } = await storeWith().list();
    expect(runs.map((r) => r.id)).toEqual(['c2']);
    expect(problems.join(' ')).toMatch(/score\.fidelity must be a whole number/);
  });
});
