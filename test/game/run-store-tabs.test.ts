// Two tabs on one store (issue 13, item 3): two RunStores on one IndexedDB, as two tabs of the
// game are. Saves carry a revision; a tab whose save would overwrite a newer save of the same run
// keeps both, its own as a branch; the other tabs hear of every save and delete.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenarios.ts';
import { RunStore } from '../../src/game/run-store.ts';
import { runFromSession, type RunRecord } from '../../src/session/run.ts';
import { Session } from '../../src/session/session.ts';

const scenario = loadScenario('kara-and-jake');
const T0 = Date.parse('2026-11-30T09:00:00.000Z');
let clock = 0;
const tick = () => new Date(T0 + ++clock * 1000).toISOString();

/** A tab playing run `id`: its session and its saves, as the game's App makes them. */
function tab(
  store: RunStore,
  id: string,
  session = Session.start({ ...scenario, mode: 'pursuer', seed: 3 }),
) {
  const createdAt = new Date(T0).toISOString();
  return {
    session,
    record: (): RunRecord => runFromSession(session, { id, createdAt, now: tick() }),
    choose(...choices: number[]) {
      for (const choice of choices) session.choose(choice);
      return store.savePlay(this.record());
    },
  };
}

const newStore = () => new RunStore({ scenario: () => scenario, storage: null, dbName: 'tabs' });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('two tabs on one run', () => {
  it('keeps both when one tab would overwrite a newer save: its own as a linked branch', async () => {
    const a = newStore();
    const b = newStore();
    const inA = tab(a, 'run');
    expect(await inA.choose(1)).toEqual({ problem: null, branch: null });
    // Tab B opens the run as tab A saved it, and both play on.
    const opened = (await b.get('run', { toPlay: true })).run!;
    const inB = tab(b, 'run', Session.start({ ...scenario, mode: 'pursuer', seed: 3 }));
    inB.session.choose(opened.choices[0]);
    expect(await inA.choose(1, 1, 1, 1)).toEqual({ problem: null, branch: null });
    const { problem, branch } = await inB.choose(2);
    expect(problem).toBeNull();
    // Tab A's five choices are the run as stored; tab B's two are a new run branched from it.
    expect(branch).toMatchObject({ parentId: 'run', branchedAt: 1, choices: [1, 2] });
    expect(branch!.id).not.toBe('run');
    expect((await a.get('run')).run!.choices).toEqual([1, 1, 1, 1, 1]);
    expect((await a.get(branch!.id)).run).toEqual(branch);
    // Tab B's later saves of the run go to its branch; the run tab A plays is left alone.
    expect(await inB.choose(1)).toEqual({ problem: null, branch: null });
    expect((await b.get(branch!.id)).run!.choices).toEqual([1, 2, 1]);
    expect((await a.get('run')).run!.choices).toEqual([1, 1, 1, 1, 1]);
    expect(await inA.choose(1)).toEqual({ problem: null, branch: null });
    const { runs, problems } = await newStore().list();
    expect(problems).toEqual([]);
    expect(runs.map((r) => [r.id === 'run' ? 'run' : 'branch', r.choices.length]).sort()).toEqual([
      ['branch', 3],
      ['run', 6],
    ]);
  });

  it('overwrites a newer save that this one only carries further: nothing of it is lost', async () => {
    const a = newStore();
    const b = newStore();
    const inA = tab(a, 'run');
    await inA.choose(1, 1);
    // Tab B opens the run and saves it as it is (resuming saves), then tab A plays on.
    const opened = (await b.get('run', { toPlay: true })).run!;
    await b.savePlay({ ...opened, updatedAt: tick() });
    expect(await inA.choose(1)).toEqual({ problem: null, branch: null });
    expect((await newStore().list()).runs.map((r) => r.choices)).toEqual([[1, 1, 1]]);
    // A hint tab B asked for is part of its save: a save without it would lose it.
    const again = (await b.get('run', { toPlay: true })).run!;
    const hints = [{ choice: 3, text: 'Notice his heart.' }];
    expect(await b.savePlay({ ...again, updatedAt: tick(), hints })).toEqual({ problem: null, branch: null });
    const { branch } = await inA.choose(2);
    expect(branch).toMatchObject({ parentId: 'run', branchedAt: 3 });
  });

  it('never stops a tab from saving its own run again, nor a new run', async () => {
    const store = newStore();
    const play = tab(store, 'mine');
    for (let i = 0; i < 4; i++) expect(await play.choose(1)).toEqual({ problem: null, branch: null });
    const summary = (await newStore().list()).runs[0];
    expect(summary).toMatchObject({ id: 'mine', revision: 4 });
    // Opened again in this tab, after another tab saved it: play goes on from that save.
    await newStore().save({ ...play.record(), updatedAt: tick() });
    expect((await store.get('mine', { toPlay: true })).run).not.toBeNull();
    expect(await play.choose(1)).toEqual({ problem: null, branch: null });
  });

  it('tells the other tabs of every save and delete, and not itself', async () => {
    const a = newStore();
    const b = newStore();
    let heardInA = 0;
    let heardInB = 0;
    a.onOtherTab(() => (heardInA += 1));
    const stop = b.onOtherTab(() => (heardInB += 1));
    await tab(a, 'told').choose(1);
    await expect.poll(() => heardInB).toBe(1);
    await a.delete('told');
    await expect.poll(() => heardInB).toBe(2);
    expect(heardInA).toBe(0);
    stop();
    await a.save(tab(a, 'again').record());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heardInB).toBe(2);
  });

  it('keeps the revision when a run is scored or compacted again, so no tab sees a save that was not', async () => {
    const a = newStore();
    const play = tab(a, 'kept');
    await play.choose(1);
    const b = newStore();
    await b.list();
    expect(await b.compactPending()).toBe(0);
    expect(await b.scorePending()).toBe(0);
    expect(await play.choose(2)).toEqual({ problem: null, branch: null });
  });
});
