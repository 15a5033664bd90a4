// Keeps the run in progress in localStorage so Continue on the title screen resumes it. A record
// that cannot be read is moved aside (never silently dropped) and reported.
import { RUN_FORMAT, RUN_VERSION, type RunRecord } from '../session/run.ts';

const KEY = 'dance-of-distance.current-run.v1';
const ASIDE = 'dance-of-distance.current-run.set-aside';

export class CurrentRunStore {
  constructor(private readonly storage: Storage = localStorage) {}

  load(): { record: RunRecord | null; problem: string | null } {
    let raw: string | null;
    try {
      raw = this.storage.getItem(KEY);
    } catch {
      return { record: null, problem: 'This browser does not allow saving, so runs cannot be resumed.' };
    }
    if (!raw) return { record: null, problem: null };
    try {
      const record = JSON.parse(raw) as RunRecord;
      if (record?.format !== RUN_FORMAT || record.version !== RUN_VERSION || !Array.isArray(record.steps)) {
        throw new Error('not a run record of this version');
      }
      return { record, problem: null };
    } catch (error) {
      this.setAside();
      return {
        record: null,
        problem: `A saved run could not be read (${(error as Error).message}); it was set aside.`,
      };
    }
  }

  save(record: RunRecord): string | null {
    try {
      this.storage.setItem(KEY, JSON.stringify(record));
      return null;
    } catch {
      return 'Browser storage is full: this run is not being saved. Nothing already saved was changed.';
    }
  }

  setAside(): void {
    try {
      const raw = this.storage.getItem(KEY);
      if (raw !== null) this.storage.setItem(`${ASIDE}.${Date.now()}`, raw);
      this.storage.removeItem(KEY);
    } catch {
      // Storage refused; the record stays where it was, which loses nothing.
    }
  }
}
