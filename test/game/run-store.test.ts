import { describe, expect, it } from 'vitest';
import { RunStore } from '../../src/game/run-store.ts';
import { runFromSession } from '../../src/session/run.ts';
import { Session } from '../../src/session/session.ts';
import { parseSettings, DEFAULT_SETTINGS } from '../../src/game/settings.ts';
import { fixture } from '../fixtures.ts';

/** An in-memory Storage, with an optional quota in characters. */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
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
    const used = [...this.items].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

const NOW = '2026-11-21T10:00:00.000Z';
const run = (id: string) => {
  const session = Session.start({ ...fixture('tiny'), mode: 'pursuer' });
  session.choose(1);
  return runFromSession(session, { id, createdAt: NOW, now: NOW });
};

describe('RunStore (browser storage of runs)', () => {
  it('saves, lists and deletes runs', () => {
    const store = new RunStore(new MemoryStorage());
    expect(store.save(run('a'))).toBeNull();
    expect(store.save(run('b'))).toBeNull();
    expect(
      store
        .list()
        .runs.map((r) => r.id)
        .sort(),
    ).toEqual(['a', 'b']);
    store.delete('a');
    expect(store.list().runs.map((r) => r.id)).toEqual(['b']);
  });

  it('sets a corrupt record aside, reports it, and keeps the others', () => {
    const storage = new MemoryStorage();
    const store = new RunStore(storage);
    store.save(run('good'));
    storage.setItem('dance-of-distance.run.bad', '{"format":"dance-of-distance/run","ver');
    const { runs, problems } = store.list();
    expect(runs.map((r) => r.id)).toEqual(['good']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/could not be read .* set aside as dance-of-distance\.set-aside\.bad\./);
    const aside = Array.from({ length: storage.length }, (_, i) => storage.key(i)!).filter((k) =>
      k.includes('set-aside'),
    );
    expect(aside).toHaveLength(1);
    expect(storage.getItem(aside[0])).toBe('{"format":"dance-of-distance/run","ver');
    expect(store.list().problems).toEqual([]);
  });

  it('reports a full store and leaves what was saved untouched', () => {
    const first = run('first');
    const storage = new MemoryStorage(JSON.stringify(first).length + 200);
    const store = new RunStore(storage);
    expect(store.save(first)).toBeNull();
    expect(store.save(run('second'))).toMatch(/storage is full.*Nothing already saved was changed/);
    expect(store.list().runs.map((r) => r.id)).toEqual(['first']);
    expect(store.get('first')).toEqual(first);
  });

  it('remembers the run in progress for Continue', () => {
    const store = new RunStore(new MemoryStorage());
    store.save(run('x'));
    store.setCurrent('x');
    expect(store.currentId()).toBe('x');
    store.delete('x');
    expect(store.currentId()).toBeNull();
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
