// Every run, saved in the browser as it is played, in IndexedDB (through idb): a year of practice
// does not fit the few megabytes of localStorage. Runs are stored compactly (see
// session/compact.ts) beside a small summary, so My runs lists a thousand runs without replaying
// any; a run is replayed only when it is opened. A record that fails validation is moved aside
// (kept, never dropped) and reported; a full store is reported and nothing already saved is
// touched. Where IndexedDB is unavailable (some private modes) runs are kept in memory, and the
// player is told.
//
// Runs saved by earlier versions in localStorage move here once, on the first start; summaries
// saved before counselor runs' scores were kept are scored in the background (scorePending).
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import {
  compactHead,
  compactRun,
  expandRun,
  isReplayed,
  needsScore,
  summaryOf,
  validateCompactRun,
  validateSummary,
  wholeRun,
  type CompactRun,
  type ReplayStory,
  type RunHead,
  type RunSummary,
} from '../session/compact.ts';
import { storyVersionOf } from '../session/hash.ts';
import type { RunRecord } from '../session/run.ts';
import { validateRun, type RunReader } from '../session/validate.ts';
import type { ScenarioManifest } from '../story/manifest.ts';

export const DB_NAME = 'dance-of-distance';
export const DB_VERSION = 1;
/** Where earlier versions kept each run in localStorage. */
export const LEGACY_PREFIX = 'dance-of-distance.run.';
const ASIDE = 'dance-of-distance.set-aside.';
const CURRENT = 'dance-of-distance.current-run';

export const NO_STORAGE = 'This browser does not allow saving, so runs are kept only until the tab closes.';
export const STORAGE_FULL =
  'Browser storage is full, so this run is not being saved right now. Nothing already saved was changed. Export or delete some runs in My runs to make room.';

/** A story version that stored runs replay on, kept so they still open after the story changes. */
export interface StoredStory {
  version: string;
  manifest: ScenarioManifest;
  storyJson: string;
}

/** A record that could not be read, moved out of the way with the reason. */
export interface SetAsideRecord {
  reason: string;
  at: string;
  run: unknown;
  summary: unknown;
}

export interface RunsSchema extends DBSchema {
  /** Compact runs by id. */
  runs: { key: string; value: CompactRun };
  /** What My runs lists, by run id. */
  summaries: { key: string; value: RunSummary };
  stories: { key: string; value: StoredStory };
  'set-aside': { key: string; value: SetAsideRecord };
}

export interface LoadedRuns {
  runs: RunSummary[];
  /** What was set aside, moved or not saved, and why, in words for the player. */
  problems: string[];
}

export interface LoadedRun {
  run: RunRecord | null;
  /** Why the run could not be read (it was set aside), in words for the player. */
  problem: string | null;
  /** False when a replay no longer reproduces the recording (the game's model changed since). */
  exact: boolean;
}

/** Makes a run's compact form (it replays the run once: the browser does it in a worker). */
export type Compactor = (record: RunRecord, story: ReplayStory | undefined) => Promise<CompactRun>;

export interface RunStoreOptions {
  /** The story of a scenario as this build has it (its current version), loaded on demand. */
  scenario: (id: string) => ReplayStory | undefined | Promise<ReplayStory | undefined>;
  /** A scenario's manifest, known without loading its story (what checking a stored run needs).
   * By default, the manifest of the story `scenario` gives at once. */
  manifest?: (id: string) => ScenarioManifest | undefined;
  /** By default, on this thread. */
  compact?: Compactor;
  /** Where earlier versions saved runs, and where the run in progress is remembered. */
  storage?: Storage | null;
  dbName?: string;
}

/** The rows behind the store: IndexedDB, or memory where the browser allows no saving. */
interface Rows {
  summaries(): Promise<{ key: string; value: unknown }[]>;
  run(id: string): Promise<unknown>;
  story(version: string): Promise<unknown>;
  /** Write a run and its summary together (and its story, if given), or neither; the summary gets
   * the next revision (see Guard), read and written in one transaction. */
  put(compact: CompactRun, summary: RunSummary, story: StoredStory | null, guard?: Guard): Promise<PutResult>;
  /** The revision of a run as stored (0 when it has none, or is not stored). */
  revision(id: string): Promise<number>;
  /** Write runs stored whole, all or none. */
  putWhole(runs: RunRecord[]): Promise<void>;
  /** Replace a run's summary, only if the stored one is still of `updatedAt` (no save since). */
  rescore(summary: RunSummary, updatedAt: string): Promise<boolean>;
  delete(id: string): Promise<void>;
  /** Move a run's rows aside under `key`. */
  setAside(id: string, key: string, reason: string): Promise<void>;
}

/** How a write treats a save another tab may have made since this tab's copy was read or saved. */
export interface Guard {
  /** The revision this copy is based on: a stored revision newer than it is not overwritten. */
  basedOn?: number;
  /** The same save written again (compacted): its revision stays as it is. */
  sameSave?: boolean;
}

type PutResult = { written: true; revision: number } | { written: false; newer: RunSummary };

const revisionOf = (summary: unknown) => {
  const revision = (summary as { revision?: unknown } | undefined)?.revision;
  return typeof revision === 'number' && Number.isInteger(revision) && revision > 0 ? revision : 0;
};

/** The revision a guarded write gives, or null when a newer save is stored. */
function nextRevision(stored: unknown, guard: Guard): number | null {
  const revision = revisionOf(stored);
  if (guard.basedOn !== undefined && revision > guard.basedOn) return null;
  return guard.sameSave ? revision : revision + 1;
}

class IdbRows implements Rows {
  constructor(private readonly db: IDBPDatabase<RunsSchema>) {}

  async summaries() {
    const tx = this.db.transaction('summaries');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    return keys.map((key, i) => ({ key, value: values[i] as unknown }));
  }

  run(id: string) {
    return this.db.get('runs', id);
  }

  story(version: string) {
    return this.db.get('stories', version);
  }

  async put(compact: CompactRun, summary: RunSummary, story: StoredStory | null, guard: Guard = {}) {
    const tx = this.db.transaction(['runs', 'summaries', 'stories'], 'readwrite');
    let result: PutResult = { written: true, revision: 0 };
    await allOrNothing(tx, async () => {
      // Read and written in one transaction, so another tab's save cannot land in between.
      const stored = await tx.objectStore('summaries').get(summary.id);
      const revision = nextRevision(stored, guard);
      if (revision === null) {
        result = { written: false, newer: stored! };
        return [];
      }
      result = { written: true, revision };
      // Each request is observed as it is made, so none rejects unhandled while another is awaited.
      const writes = [
        observed(tx.objectStore('runs').put(compact, summary.id)),
        observed(tx.objectStore('summaries').put({ ...summary, revision }, summary.id)),
      ];
      if (story && !(await tx.objectStore('stories').getKey(story.version))) {
        writes.push(observed(tx.objectStore('stories').put(story, story.version)));
      }
      return writes;
    });
    return result;
  }

  async revision(id: string) {
    return revisionOf(await this.db.get('summaries', id));
  }

  async putWhole(runs: RunRecord[]) {
    const tx = this.db.transaction(['runs', 'summaries'], 'readwrite');
    await allOrNothing(tx, async () =>
      runs.flatMap((run) => [
        observed(tx.objectStore('runs').put(wholeRun(run), run.id)),
        observed(tx.objectStore('summaries').put(summaryOf(run, false), run.id)),
      ]),
    );
  }

  async rescore(summary: RunSummary, updatedAt: string) {
    // Read and write in one transaction, so a save landing meanwhile is never overwritten.
    const tx = this.db.transaction('summaries', 'readwrite');
    const done = observed(tx.done); // a failed write rejects it too, and is reported by the put
    const stored = await tx.store.get(summary.id);
    const current = stored?.updatedAt === updatedAt;
    // The same save, scored: its revision stays.
    if (current) await tx.store.put({ ...summary, revision: revisionOf(stored) }, summary.id);
    await done;
    return current;
  }

  async delete(id: string) {
    const tx = this.db.transaction(['runs', 'summaries'], 'readwrite');
    await Promise.all([tx.objectStore('runs').delete(id), tx.objectStore('summaries').delete(id), tx.done]);
  }

  async setAside(id: string, key: string, reason: string) {
    const tx = this.db.transaction(['runs', 'summaries', 'set-aside'], 'readwrite');
    const [run, summary] = await Promise.all([
      tx.objectStore('runs').get(id),
      tx.objectStore('summaries').get(id),
    ]);
    await Promise.all([
      tx.objectStore('set-aside').put({ reason, at: new Date().toISOString(), run, summary }, key),
      tx.objectStore('runs').delete(id),
      tx.objectStore('summaries').delete(id),
      tx.done,
    ]);
  }
}

class MemoryRows implements Rows {
  private readonly runs = new Map<string, CompactRun>();
  private readonly summaryRows = new Map<string, RunSummary>();
  private readonly stories = new Map<string, StoredStory>();

  async summaries() {
    return [...this.summaryRows].map(([key, value]) => ({ key, value: value as unknown }));
  }
  async run(id: string) {
    return this.runs.get(id);
  }
  async story(version: string) {
    return this.stories.get(version);
  }
  async put(compact: CompactRun, summary: RunSummary, story: StoredStory | null, guard: Guard = {}) {
    const stored = this.summaryRows.get(summary.id);
    const revision = nextRevision(stored, guard);
    if (revision === null) return { written: false as const, newer: stored! };
    this.runs.set(summary.id, compact);
    this.summaryRows.set(summary.id, { ...summary, revision });
    if (story) this.stories.set(story.version, story);
    return { written: true as const, revision };
  }
  async revision(id: string) {
    return revisionOf(this.summaryRows.get(id));
  }
  async putWhole(runs: RunRecord[]) {
    for (const run of runs) await this.put(wholeRun(run), summaryOf(run, false), null);
  }
  async rescore(summary: RunSummary, updatedAt: string) {
    const stored = this.summaryRows.get(summary.id);
    const current = stored?.updatedAt === updatedAt;
    if (current) this.summaryRows.set(summary.id, { ...summary, revision: revisionOf(stored) });
    return current;
  }
  async delete(id: string) {
    this.runs.delete(id);
    this.summaryRows.delete(id);
  }
  async setAside(id: string) {
    await this.delete(id);
  }
}

/** A promise whose failure is handled where it is awaited, or deliberately dropped after an abort. */
/** Make the writes of one transaction; if any fails (a full disk fails here, or at commit), abort it
 * so no half a run is left. */
async function allOrNothing(
  tx: { done: Promise<void>; abort(): void },
  write: () => Promise<Promise<unknown>[]>,
): Promise<void> {
  const done = observed(tx.done);
  try {
    await Promise.all([done, ...(await write())]);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    throw error;
  }
}

function observed<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

const isQuotaError = (error: unknown) =>
  error instanceof Error &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

export class RunStore {
  private readonly storage: Storage | null;
  private ready: Promise<Rows> | null = null;
  /** Problems met while opening (moving old runs, no IndexedDB), reported with the next list. */
  private openingProblems: string[] = [];
  private persistent = true;
  /** The last listed summaries, kept up to date by save and delete, by id. */
  private readonly listed = new Map<string, RunSummary>();
  /** Story versions known to be stored, so each is written once. */
  private readonly storedStories = new Set<string>();
  private readonly compact: Compactor;
  /** How the run validator reads what the store holds. */
  private readonly reader: RunReader;
  /** The revision of each run this tab's copy is based on: the one it last saved or opened. */
  private readonly basedOn = new Map<string, number>();
  /** Runs this tab played on as branches, since another tab had saved them meanwhile. */
  private readonly branchedTo = new Map<
    string,
    Pick<RunRecord, 'id' | 'parentId' | 'branchedAt' | 'createdAt'>
  >();
  /** Where tabs of this game tell each other that a run changed (null where there is none). */
  private readonly channel: BroadcastChannel | null;
  private readonly otherTabListeners = new Set<() => void>();
  private compacting: Promise<number> | null = null;
  private scoring: Promise<number> | null = null;
  /** Runs the score pass could not replay this session, so it does not try them again. */
  private readonly unscorable = new Set<string>();

  constructor(private readonly options: RunStoreOptions) {
    this.storage = options.storage === undefined ? globalLocalStorage() : options.storage;
    // Stored runs are checked against their scenario where this build has it; a run of a
    // scenario it lacks is kept (whole), as it was recorded.
    const manifest =
      options.manifest ??
      ((id: string) => {
        const story = options.scenario(id);
        return story instanceof Promise ? undefined : story?.manifest;
      });
    this.reader = {
      scenario: (id) => {
        const known = manifest(id);
        return known && { manifest: known };
      },
    };
    this.channel =
      typeof BroadcastChannel === 'undefined'
        ? null
        : new BroadcastChannel(`${options.dbName ?? DB_NAME}.changes`);
    if (this.channel) {
      this.channel.onmessage = () => {
        for (const listener of this.otherTabListeners) listener();
      };
      // In Node (the tests) a channel would otherwise keep the process alive.
      (this.channel as { unref?: () => void }).unref?.();
    }
    this.compact = options.compact ?? (async (record, story) => compactRun(record, story));
  }

  /** Open the database (or fall back to memory) and move any runs of earlier versions into it. */
  private open(): Promise<Rows> {
    this.ready ??= (async () => {
      let rows: Rows;
      try {
        if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
        const db = await openDB<RunsSchema>(this.options.dbName ?? DB_NAME, DB_VERSION, {
          upgrade(database) {
            database.createObjectStore('runs');
            database.createObjectStore('summaries');
            database.createObjectStore('stories');
            database.createObjectStore('set-aside');
          },
          // A newer version of the game opened in another tab: let it upgrade.
          blocking: () => db.close(),
        });
        rows = new IdbRows(db);
      } catch {
        rows = new MemoryRows();
        this.persistent = false;
      }
      await this.migrate(rows);
      return rows;
    })();
    return this.ready;
  }

  /** Whether runs outlive the tab (false where the browser allows no saving). */
  async isPersistent(): Promise<boolean> {
    await this.open();
    return this.persistent;
  }

  /**
   * Move runs saved in localStorage by earlier versions into the store. A record that fails
   * validation is set aside in localStorage exactly as earlier versions did, and reported. The
   * localStorage entries are removed only once their runs are stored (and never when the store is
   * only memory, so they still load next time). Runs move whole, which is quick; compactPending
   * compacts them afterwards.
   */
  private async migrate(rows: Rows): Promise<void> {
    const storage = this.storage;
    let keys: string[];
    try {
      keys = storage
        ? Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').filter((k) =>
            k.startsWith(LEGACY_PREFIX),
          )
        : [];
    } catch {
      keys = [];
    }
    if (!storage || keys.length === 0) return;
    const moving: { key: string; record: RunRecord }[] = [];
    for (const key of keys) {
      const raw = storage.getItem(key);
      try {
        moving.push({ key, record: validateRun(JSON.parse(raw ?? ''), this.reader) });
      } catch (error) {
        this.openingProblems.push(setAsideInStorage(storage, key, raw, error as Error));
      }
    }
    if (moving.length === 0) return;
    try {
      await rows.putWhole(moving.map((m) => m.record));
    } catch (error) {
      this.openingProblems.push(
        `The runs saved by an earlier version could not be moved to the new storage (${isQuotaError(error) ? 'the storage is full' : (error as Error).message}); they were left where they are and will be moved next time.`,
      );
      return;
    }
    if (this.persistent) for (const { key } of moving) storage.removeItem(key);
  }

  /** Every saved run's summary, newest first; anything unreadable is set aside and reported. */
  async list(): Promise<LoadedRuns> {
    const rows = await this.open();
    const problems = this.openingProblems.splice(0);
    if (!this.persistent) problems.unshift(NO_STORAGE);
    const summaries: RunSummary[] = [];
    for (const { key, value } of await rows.summaries()) {
      try {
        const summary = validateSummary(value, this.reader);
        if (summary.id !== key) throw new Error(`it is filed under ${key} but is run ${summary.id}`);
        summaries.push(summary);
      } catch (error) {
        problems.push(await this.setAside(rows, key, error as Error));
      }
    }
    summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    this.listed.clear();
    for (const summary of summaries) this.listed.set(summary.id, summary);
    return { runs: summaries, problems: [...new Set(problems)] };
  }

  /** The summaries as last listed or saved, newest first, without reading the store. */
  get summaries(): RunSummary[] {
    return [...this.listed.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** A run's summary as last listed or saved. */
  summary(id: string): RunSummary | undefined {
    return this.listed.get(id);
  }

  /**
   * A whole run, replayed from its compact form. A record that cannot be read is set aside. A run
   * opened `toPlay` is the copy this tab's saves of it are based on (see savePlay).
   */
  async get(id: string, { toPlay = false } = {}): Promise<LoadedRun> {
    const rows = await this.open();
    const stored = await rows.run(id);
    if (stored === undefined) return { run: null, problem: null, exact: true };
    try {
      const compact = validateCompactRun(stored, this.reader);
      const story = isReplayed(compact) ? await this.storyFor(rows, compactHead(compact)) : undefined;
      const { run, exact } = expandRun(compact, story);
      const valid = validateRun(run, this.reader);
      // What this tab plays on from here is the run as stored now.
      if (toPlay) {
        this.basedOn.set(id, await rows.revision(id));
        this.branchedTo.delete(id);
      }
      // Replayed anyway: a summary saved before scores were kept gets its score now.
      const listed = this.listed.get(id);
      if (listed && needsScore(listed) && listed.updatedAt === valid.updatedAt)
        await this.rescore(rows, summaryOf(valid, isReplayed(compact)));
      return { run: valid, problem: null, exact };
    } catch (error) {
      return { run: null, problem: await this.setAside(rows, id, error as Error), exact: true };
    }
  }

  /** Save a run as it is (an import, say); returns a problem in words when the store refuses
   * (full), else null. */
  async save(record: RunRecord): Promise<string | null> {
    const rows = await this.open();
    try {
      await this.write(rows, record);
      return null;
    } catch (error) {
      return saveProblem(error);
    }
  }

  /**
   * Save the run this tab is playing. Each save carries a revision: when another tab has saved the
   * same run since this tab last saved or opened it, and this save would lose something of that
   * one (a choice, a hint or a draft it does not have), that save is not overwritten. Both are kept:
   * this tab's becomes a branch of it (a new run, linked by parentId and branchedAt at the first
   * choice where the two differ), returned as `branch`; this tab's later saves of the run go to
   * the branch.
   */
  async savePlay(record: RunRecord): Promise<{ problem: string | null; branch: RunRecord | null }> {
    const rows = await this.open();
    const redirect = this.branchedTo.get(record.id);
    const own = redirect ? { ...record, ...redirect } : record;
    try {
      let saved = await this.write(rows, own, { basedOn: this.basedOn.get(own.id) ?? 0 });
      // A newer save that this one only carries further (another tab opened the run, or played
      // less of it) loses nothing by being overwritten.
      if (!saved.written && !loses(saved.newer, own))
        saved = await this.write(rows, own, { basedOn: revisionOf(saved.newer) });
      if (saved.written) return { problem: null, branch: null };
      const branch: RunRecord = {
        ...own,
        id: newRunId(),
        parentId: own.id,
        branchedAt: sharedChoices(saved.newer.choices, own.choices),
        createdAt: own.updatedAt,
      };
      await this.write(rows, branch, { basedOn: 0 });
      const { id, parentId, branchedAt, createdAt } = branch;
      this.branchedTo.set(record.id, { id, parentId, branchedAt, createdAt });
      return { problem: null, branch };
    } catch (error) {
      return { problem: saveProblem(error), branch: null };
    }
  }

  /** Call `listener` whenever another tab saves or deletes a run (until the returned function). */
  onOtherTab(listener: () => void): () => void {
    this.otherTabListeners.add(listener);
    return () => this.otherTabListeners.delete(listener);
  }

  async delete(id: string): Promise<void> {
    const rows = await this.open();
    await rows.delete(id);
    this.announce(id);
    this.listed.delete(id);
    if (this.currentId() === id) this.setCurrent(null);
  }

  currentId(): string | null {
    try {
      return this.storage?.getItem(CURRENT) ?? null;
    } catch {
      return null;
    }
  }

  setCurrent(id: string | null): void {
    try {
      if (id) this.storage?.setItem(CURRENT, id);
      else this.storage?.removeItem(CURRENT);
    } catch {
      // Only the Continue shortcut is lost; the run itself is in the store or reported.
    }
  }

  /**
   * Compact the runs stored whole that a replay can re-derive (runs moved from localStorage),
   * one at a time, in the background; returns how many were compacted. Runs of older story
   * versions stay whole.
   */
  compactPending(): Promise<number> {
    this.compacting ??= (async () => {
      const rows = await this.open();
      let compacted = 0;
      for (const summary of this.summaries) {
        if (summary.compact) continue;
        const current = await this.options.scenario(summary.scenario);
        if (!current || storyVersionOf(current.storyJson) !== summary.storyVersion) continue;
        try {
          const stored = validateCompactRun(await rows.run(summary.id), this.reader);
          if (isReplayed(stored) || this.listed.get(summary.id)?.updatedAt !== summary.updatedAt) continue;
          const compact = await this.compact(stored.whole, current);
          // Saved again meanwhile (the run was resumed): that save stands.
          if (!isReplayed(compact) || this.listed.get(summary.id)?.updatedAt !== summary.updatedAt) continue;
          // The same save, compacted: unless another tab saved the run meanwhile.
          const guard = { basedOn: summary.revision ?? 0, sameSave: true };
          if ((await this.put(rows, stored.whole, compact, current, guard)).written) compacted += 1;
        } catch {
          // Left whole: it opens as it is, and a bad record is set aside when it is opened.
        }
      }
      this.compacting = null;
      return compacted;
    })();
    return this.compacting;
  }

  /**
   * Score the counselor runs whose summaries have no score of this version (saved before scores
   * were kept), one at a time in the background: each is replayed, as opening it would, and only
   * its summary is rewritten. Returns how many were scored. A run saved again meanwhile keeps the
   * summary that save wrote; one that cannot be replayed is left for opening it to report.
   */
  scorePending(): Promise<number> {
    this.scoring ??= (async () => {
      const rows = await this.open();
      let scored = 0;
      for (const summary of this.summaries) {
        if (!needsScore(summary) || this.unscorable.has(summary.id)) continue;
        // One replay per task, so play or the list stays responsive while old runs are scored.
        await new Promise((next) => setTimeout(next, 0));
        try {
          const compact = validateCompactRun(await rows.run(summary.id), this.reader);
          const story = isReplayed(compact) ? await this.storyFor(rows, compactHead(compact)) : undefined;
          const run = validateRun(expandRun(compact, story).run, this.reader);
          if (run.updatedAt !== summary.updatedAt) continue;
          if (await this.rescore(rows, summaryOf(run, isReplayed(compact)))) scored += 1;
        } catch {
          this.unscorable.add(summary.id);
        }
      }
      this.scoring = null;
      return scored;
    })();
    return this.scoring;
  }

  /** Whether the score pass could not replay this run (opening it tells why). */
  cannotScore(id: string): boolean {
    return this.unscorable.has(id);
  }

  /** Write a run's new summary unless the run was saved since; true when written. */
  private async rescore(rows: Rows, summary: RunSummary): Promise<boolean> {
    try {
      if (!(await rows.rescore(summary, summary.updatedAt))) return false;
    } catch {
      return false; // a full disk, say: it stays unscored and is tried again next time
    }
    const listed = this.listed.get(summary.id);
    if (listed?.updatedAt === summary.updatedAt)
      this.listed.set(summary.id, { ...summary, ...(listed.revision ? { revision: listed.revision } : {}) });
    return true;
  }

  private async write(rows: Rows, record: RunRecord, guard: Guard = {}): Promise<Written> {
    const current = await this.options.scenario(record.scenario);
    return this.put(rows, record, await this.compact(record, current), current, guard);
  }

  /** Write a run and its summary; a written one is this tab's copy, and the other tabs are told. */
  private async put(
    rows: Rows,
    record: RunRecord,
    compact: CompactRun,
    current: ReplayStory | undefined,
    guard: Guard = {},
  ): Promise<Written> {
    const summary = summaryOf(record, isReplayed(compact));
    // A compact run replays on its own story version: keep that version with it.
    const version = record.storyVersion;
    const story =
      current && isReplayed(compact) && !this.storedStories.has(version)
        ? { version, manifest: current.manifest, storyJson: current.storyJson }
        : null;
    const result = await rows.put(compact, summary, story, guard);
    if (!result.written) return result;
    if (story) this.storedStories.add(version);
    const written = { ...summary, revision: result.revision };
    this.basedOn.set(record.id, result.revision);
    this.listed.set(record.id, written);
    this.announce(record.id);
    return { written: true, summary: written };
  }

  /** Tell the other tabs that a run was saved or deleted here. */
  private announce(id: string): void {
    try {
      this.channel?.postMessage({ changed: id });
    } catch {
      // A closed channel: the other tabs see the change the next time they list.
    }
  }

  /** The story a compact run was recorded on: the bundled one, or a stored earlier version. */
  private async storyFor(rows: Rows, head: RunHead): Promise<ReplayStory | undefined> {
    const current = await this.options.scenario(head.scenario);
    if (current && storyVersionOf(current.storyJson) === head.storyVersion) return current;
    const stored = (await rows.story(head.storyVersion)) as StoredStory | undefined;
    return stored && typeof stored.storyJson === 'string' && typeof stored.manifest === 'object'
      ? { manifest: stored.manifest, storyJson: stored.storyJson }
      : undefined;
  }

  private async setAside(rows: Rows, id: string, error: Error): Promise<string> {
    this.listed.delete(id);
    const key = `${id}.${Date.now()}`;
    try {
      await rows.setAside(id, key, error.message);
      return `A saved run could not be read (${error.message}). It was set aside as ${ASIDE}${key}; your other runs are fine.`;
    } catch {
      return `A saved run could not be read (${error.message}) and could not be moved aside; it was left where it is.`;
    }
  }
}

/** A written run's summary, or the newer save that kept it from being written. */
type Written = { written: true; summary: RunSummary } | { written: false; newer: RunSummary };

const saveProblem = (error: unknown) =>
  isQuotaError(error)
    ? STORAGE_FULL
    : `This run could not be saved right now (${(error as Error).message}). Nothing already saved was changed.`;

/** Whether saving `own` over the stored save `stored` of the same run would lose something of it:
 * a choice `own` does not make (in the same order), or a hint or draft it does not keep. */
function loses(stored: RunSummary, own: RunRecord): boolean {
  if (sharedChoices(stored.choices, own.choices) < stored.choices.length) return true;
  const kept = (notes: RunRecord['hints']) => new Set((notes ?? []).map((n) => `${n.choice}\u0000${n.text}`));
  const ownHints = kept(own.hints);
  const ownDrafts = kept(own.drafts);
  return (
    [...kept(stored.hints)].some((note) => !ownHints.has(note)) ||
    [...kept(stored.drafts)].some((note) => !ownDrafts.has(note))
  );
}

/** How many choices two runs share from the start: where one branches from the other. */
function sharedChoices(a: readonly number[], b: readonly number[]): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k += 1;
  return k;
}

function newRunId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Set a legacy localStorage record aside in localStorage, as earlier versions did. */
function setAsideInStorage(storage: Storage, key: string, raw: string | null, error: Error): string {
  const aside = `${ASIDE}${key.slice(LEGACY_PREFIX.length)}.${Date.now()}`;
  try {
    storage.setItem(aside, raw ?? '');
    storage.removeItem(key);
    return `A saved run could not be read (${error.message}). It was set aside as ${aside}; your other runs are fine.`;
  } catch {
    return `A saved run could not be read (${error.message}) and could not be moved aside; it was left where it is.`;
  }
}

function globalLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
