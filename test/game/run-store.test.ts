import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/cli/scenarios.ts';
import {
  DB_NAME,
  LEGACY_PREFIX,
  NO_STORAGE,
  RunStore,
  STORAGE_FULL,
  type RunsSchema,
} from '../../src/game/run-store.ts';
import { parseSettings, DEFAULT_SETTINGS } from '../../src/game/settings.ts';
import type { ReplayStory } from '../../src/session/compact.ts';
import { runFromSession, type RunRecord } from '../../src/session/run.ts';
import { Session } from '../../src/session/session.ts';
import { fixture } from '../fixtures.ts';

/** An in-memory Storage, standing in for localStorage. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
  keys() {
    return [...this.items.keys()];
  }
}

const NOW = '2026-11-21T10:00:00.000Z';
const tiny = fixture('tiny');
const karaAndJake = loadScenario('kara-and-jake');
const SCENARIOS: Record<string, ReplayStory> = { tiny, 'kara-and-jake': karaAndJake };

/** A run as the browser saves it (through JSON). */
function run(id: string, choices = [1], scenario = 'tiny', mode = 'pursuer', seed = 1): RunRecord {
  const session = Session.start({ ...SCENARIOS[scenario], mode, seed });
  choices.forEach((c) => session.choose(c));
  return JSON.parse(JSON.stringify(runFromSession(session, { id, createdAt: NOW, now: NOW })));
}

const storeWith = (storage: Storage | null = new MemoryStorage(), scenarios = SCENARIOS) =>
  new RunStore({ scenario: (id) => scenarios[id], storage });

const rawDb = () => openDB<RunsSchema>(DB_NAME);

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('RunStore (runs in IndexedDB)', () => {
  it('saves, lists, updates and deletes runs', async () => {
    const store = storeWith();
    expect(await store.save(run('a'))).toBeNull();
    expect(await store.save({ ...run('b'), updatedAt: '2026-11-22T00:00:00.000Z' })).toBeNull();
    expect((await store.list()).runs.map((r) => r.id)).toEqual(['b', 'a']);
    // Saving again as the run goes on updates it in place.
    const longer = { ...run('a', [1, 1]), updatedAt: '2026-11-23T00:00:00.000Z' };
    expect(await store.save(longer)).toBeNull();
    const { runs, problems } = await storeWith().list();
    expect(problems).toEqual([]);
    expect(runs.map((r) => [r.id, r.choices.length, r.finished])).toEqual([
      ['a', 2, true],
      ['b', 1, false],
    ]);
    expect(JSON.stringify((await store.get('a')).run)).toBe(JSON.stringify(longer));
    await store.delete('a');
    expect((await store.list()).runs.map((r) => r.id)).toEqual(['b']);
    expect(await store.get('a')).toEqual({ run: null, problem: null, exact: true });
  });

  it('stores a run compactly and lists it from its summary alone', async () => {
    const record = run('kj', [2, 1, 1], 'kara-and-jake', 'distancer', 5);
    const store = storeWith();
    await store.save(record);
    const db = await rawDb();
    const stored = await db.get('runs', 'kj');
    expect(stored).toMatchObject({ head: { id: 'kj', choices: [2, 1, 1] } });
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(record).length / 20);
    const [summary] = (await store.list()).runs;
    expect(summary).not.toHaveProperty('steps');
    expect(summary.arousal.jake).toHaveLength(record.steps.length);
    expect(JSON.stringify((await store.get('kj')).run)).toBe(JSON.stringify(record));
    db.close();
  });

  it('keeps a run of an older story version whole, and still opens it', async () => {
    const old = { ...run('old', [1, 1]), storyVersion: 'an-older-version' };
    const store = storeWith();
    await store.save(old);
    const db = await rawDb();
    expect(await db.get('runs', 'old')).toMatchObject({ whole: { steps: old.steps } });
    expect((await store.get('old')).run).toEqual(old);
    db.close();
  });

  it('still opens a compact run after the game ships a new version of its story', async () => {
    const record = run('kept', [2, 2]);
    await storeWith().save(record);
    const changed = { ...tiny, storyJson: tiny.storyJson.replace('Press on.', 'Keep pushing.') };
    expect(changed.storyJson).not.toBe(tiny.storyJson);
    const later = storeWith(new MemoryStorage(), { tiny: changed });
    const { run: opened, exact } = await later.get('kept');
    expect(exact).toBe(true);
    expect(JSON.stringify(opened)).toBe(JSON.stringify(record));
  });

  it('sets a corrupt record aside, reports it, and keeps the others', async () => {
    const store = storeWith();
    await store.save(run('good'));
    await store.save(run('bad'));
    await store.save(run('broken-body'));
    const db = await rawDb();
    const summary = await db.get('summaries', 'bad');
    await db.put('summaries', { ...summary!, mode: 'villain' }, 'bad');
    await db.put('runs', { format: 'dance-of-distance/compact-run', version: 1 } as never, 'broken-body');

    const { runs, problems } = await storeWith().list();
    expect(runs.map((r) => r.id).sort()).toEqual(['broken-body', 'good']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /could not be read \(mode must be one of .*\)\. It was set aside as dance-of-distance\.set-aside\.bad\.\d+; your other runs are fine/,
    );
    // A body that cannot be read is found when the run is opened, and set aside the same way.
    const opened = await store.get('broken-body');
    expect(opened.run).toBeNull();
    expect(opened.problem).toMatch(/set aside as dance-of-distance\.set-aside\.broken-body\./);

    const aside = await db.getAll('set-aside');
    expect(aside).toHaveLength(2);
    expect(aside.find((a) => (a.summary as { id?: string })?.id === 'bad')?.reason).toMatch(/mode/);
    expect(await storeWith().list()).toMatchObject({ runs: [{ id: 'good' }], problems: [] });
    db.close();
  });

  it('reports a full store and leaves what was saved untouched', async () => {
    const store = storeWith();
    const first = run('first');
    expect(await store.save(first)).toBeNull();
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      expect(await store.save(run('second'))).toBe(STORAGE_FULL);
      expect(await store.save({ ...run('first', [1, 1]), updatedAt: '2027-01-01T00:00:00.000Z' })).toBe(
        STORAGE_FULL,
      );
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    const { runs } = await storeWith().list();
    expect(runs.map((r) => r.id)).toEqual(['first']);
    expect((await store.get('first')).run).toEqual(first);
  });

  it('remembers the run in progress for Continue', async () => {
    const store = storeWith();
    await store.save(run('x'));
    store.setCurrent('x');
    expect(store.currentId()).toBe('x');
    await store.delete('x');
    expect(store.currentId()).toBeNull();
  });

  it('keeps runs in memory, and says so, where IndexedDB is unavailable', async () => {
    const legacy = new MemoryStorage();
    legacy.setItem(`${LEGACY_PREFIX}old`, JSON.stringify(run('old')));
    const saved = globalThis.indexedDB;
    // @ts-expect-error a browser with no IndexedDB
    delete globalThis.indexedDB;
    try {
      const store = storeWith(legacy);
      expect(await store.save(run('new'))).toBeNull();
      const { runs, problems } = await store.list();
      expect(problems).toEqual([NO_STORAGE]);
      expect(runs.map((r) => r.id).sort()).toEqual(['new', 'old']);
      expect(await store.isPersistent()).toBe(false);
      // The old runs stay where they are, to load next time.
      expect(legacy.getItem(`${LEGACY_PREFIX}old`)).not.toBeNull();
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});

describe('moving runs saved by earlier versions from localStorage', () => {
  it('moves every run once, sets a bad record aside as before, and keeps Continue', async () => {
    const legacy = new MemoryStorage();
    const kara = run('kara-run', [2, 1], 'kara-and-jake', 'pursuer', 9);
    const counselor = run('counselor-run', [1, 1, 2], 'kara-and-jake', 'counselor', 3);
    const older = { ...run('older-run', [1, 1]), storyVersion: 'an-older-version' };
    for (const r of [kara, counselor, older]) legacy.setItem(`${LEGACY_PREFIX}${r.id}`, JSON.stringify(r));
    legacy.setItem(`${LEGACY_PREFIX}broken`, '{"format":"dance-of-distance/run","ver');
    legacy.setItem('dance-of-distance.current-run', 'kara-run');
    legacy.setItem('dance-of-distance.settings.v1', '{"textSpeed":"fast"}');

    const store = storeWith(legacy);
    const { runs, problems } = await store.list();
    expect(runs.map((r) => r.id).sort()).toEqual(['counselor-run', 'kara-run', 'older-run']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/could not be read .* set aside as dance-of-distance\.set-aside\.broken\./);
    // The old entries are gone; the bad one is set aside exactly where earlier versions put it.
    const keys = legacy.keys();
    expect(keys.filter((k) => k.startsWith(LEGACY_PREFIX))).toEqual([]);
    const aside = keys.filter((k) => k.startsWith('dance-of-distance.set-aside.broken.'));
    expect(aside).toHaveLength(1);
    expect(legacy.getItem(aside[0])).toBe('{"format":"dance-of-distance/run","ver');
    expect(legacy.getItem('dance-of-distance.settings.v1')).toBe('{"textSpeed":"fast"}');
    expect(store.currentId()).toBe('kara-run');

    // Runs move whole (quick), and are compacted afterwards; the older story's run stays whole.
    expect((await rawDb().then((db) => db.get('runs', 'kara-run')))!).toHaveProperty('whole');
    expect(await store.compactPending()).toBe(2);
    expect(await store.compactPending()).toBe(0);
    expect(store.summaries.map((r) => [r.id, r.compact]).sort()).toEqual([
      ['counselor-run', true],
      ['kara-run', true],
      ['older-run', false],
    ]);

    // Each migrated run comes back exactly, replayed from its compact form.
    for (const original of [kara, counselor, older]) {
      const { run: opened, exact } = await store.get(original.id);
      expect(exact).toBe(true);
      expect(JSON.stringify(opened)).toBe(JSON.stringify(original));
    }
    const db = await rawDb();
    expect(await db.get('runs', 'kara-run')).toHaveProperty('head');
    expect(await db.get('runs', 'older-run')).toHaveProperty('whole');
    db.close();

    // A second start finds nothing more to move.
    expect(await storeWith(legacy).list()).toMatchObject({ problems: [] });
    expect((await storeWith(legacy).list()).runs).toHaveLength(3);
  });

  it('leaves the old entries in place when the new storage refuses them', async () => {
    const legacy = new MemoryStorage();
    legacy.setItem(`${LEGACY_PREFIX}a`, JSON.stringify(run('a')));
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const { runs, problems } = await storeWith(legacy).list();
      expect(runs).toEqual([]);
      expect(problems[0]).toMatch(
        /runs saved by an earlier version could not be moved to the new storage \(the storage is full\)/,
      );
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(legacy.getItem(`${LEGACY_PREFIX}a`)).not.toBeNull();
    // Next start, with room, it moves.
    expect((await storeWith(legacy).list()).runs.map((r) => r.id)).toEqual(['a']);
    expect(legacy.getItem(`${LEGACY_PREFIX}a`)).toBeNull();
  });
});

describe('settings', () => {
  it('keeps every readable setting and defaults only the unreadable ones', () => {
    expect(parseSettings('{"textSpeed":"fast","textSize":150,"sound":"loud","coaching":false}')).toEqual({
      ...DEFAULT_SETTINGS,
      textSpeed: 'fast',
      textSize: 150,
      coaching: false,
    });
    expect(parseSettings('not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});
