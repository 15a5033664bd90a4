// Every run, saved in the browser as it is played: one localStorage entry per run, so one bad
// record cannot take the others with it. A record that fails validation is moved aside (kept,
// never dropped) and reported; a full store is reported and nothing already saved is touched.
import type { RunRecord } from '../session/run.ts';
import { validateRun } from '../session/validate.ts';

const PREFIX = 'dance-of-distance.run.';
const ASIDE = 'dance-of-distance.set-aside.';
const CURRENT = 'dance-of-distance.current-run';

export interface LoadedRuns {
  runs: RunRecord[];
  /** What was set aside and why, in words for the player. */
  problems: string[];
}

export class RunStore {
  constructor(private readonly storage: Storage = localStorage) {}

  list(): LoadedRuns {
    const runs: RunRecord[] = [];
    const problems: string[] = [];
    let keys: string[];
    try {
      keys = Array.from({ length: this.storage.length }, (_, i) => this.storage.key(i)!).filter((k) =>
        k?.startsWith(PREFIX),
      );
    } catch {
      return {
        runs,
        problems: ['This browser does not allow saving, so runs are kept only until the tab closes.'],
      };
    }
    for (const key of keys) {
      const raw = this.storage.getItem(key);
      try {
        runs.push(validateRun(JSON.parse(raw ?? '')));
      } catch (error) {
        const aside = `${ASIDE}${key.slice(PREFIX.length)}.${Date.now()}`;
        try {
          this.storage.setItem(aside, raw ?? '');
          this.storage.removeItem(key);
          problems.push(
            `A saved run could not be read (${(error as Error).message}). It was set aside as ${aside}; your other runs are fine.`,
          );
        } catch {
          problems.push(
            `A saved run could not be read (${(error as Error).message}) and could not be moved aside; it was left where it is.`,
          );
        }
      }
    }
    runs.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { runs, problems };
  }

  get(id: string): RunRecord | null {
    try {
      const raw = this.storage.getItem(PREFIX + id);
      return raw ? validateRun(JSON.parse(raw)) : null;
    } catch {
      return null;
    }
  }

  /** Save a run; returns a problem in words when the store refuses (full), else null. */
  save(record: RunRecord): string | null {
    try {
      this.storage.setItem(PREFIX + record.id, JSON.stringify(record));
      return null;
    } catch {
      return 'Browser storage is full, so this run is not being saved right now. Nothing already saved was changed. Export or delete some runs in My runs to make room.';
    }
  }

  delete(id: string): void {
    this.storage.removeItem(PREFIX + id);
    if (this.currentId() === id) this.storage.removeItem(CURRENT);
  }

  currentId(): string | null {
    try {
      return this.storage.getItem(CURRENT);
    } catch {
      return null;
    }
  }

  setCurrent(id: string | null): void {
    try {
      if (id) this.storage.setItem(CURRENT, id);
      else this.storage.removeItem(CURRENT);
    } catch {
      // Only the Continue shortcut is lost; the run itself is in the store or reported.
    }
  }
}
