// Walks the paths of a scenario's mode with the real model, and reports endings (how often, and
// the shortest choice path found to each), dead ends, ink errors, knots and choices never seen,
// and the number of choice points per path.
//
// Two ways to walk (DESIGN §9):
// - **A sample guided by coverage** (the default): up to `maxPaths` distinct paths. Each path
//   starts from a choice point of the one before (rewound there, not replayed) and prefers the
//   choices taken least often so far, so every choice the story can offer is tried early and the
//   rest of the budget goes to varied paths for the checks that need the model. No path is walked
//   twice: when a mode has fewer paths than the budget, the sample is every path, and says so.
// - **Every path** (`everyPath`): depth-first, each choice point branched from its checkpoint so a
//   path costs its own steps only. Exponential in the story's depth; for authors who want proof.
//
// What a walk claims: an ending or a knot it saw is reachable (the path is the witness). That no
// path dead-ends, or that an unseen knot is unreachable, is claimed only when every path was
// walked; otherwise the result says what was not seen and claims nothing about it.
import type { ScenarioManifest } from '../story/manifest.ts';
import { inkStory } from '../story/runner.ts';
import {
  choicesIn,
  divertGraph,
  endingsIn,
  knotsOf,
  reachableFrom,
  type ChoiceInfo,
  type KnotInfo,
} from '../story/structure.ts';
import { Session } from './session.ts';

export interface ExploreOptions {
  manifest: ScenarioManifest;
  storyJson: string;
  /** The scenario's ink sources by file name, for knot names and their lines. */
  files: Record<string, string>;
  mode: string;
  /** Walk every path, depth first (otherwise a sample guided by coverage). */
  everyPath?: boolean;
  /** Stop after this many complete paths. */
  maxPaths?: number;
  /** Sample only: stop once this many paths in a row have shown nothing new (no choice taken,
   * knot visited or ending reached for the first time). By default DEFAULT_STALE_PATHS, unless
   * `maxPaths` is given (then the sample is that size). */
  stopWhenStale?: number;
  /** The model's seed (the first of the sample's seeds), and the sample's own. */
  seed?: number;
  /** How many seeds the sample walks in turn (each draws how moves are heard differently). */
  seeds?: number;
  /** Called at the end of every complete path with the session as it stands there (its steps are
   * the path's steps), so properties of whole paths are checked in the same walk. */
  onPath?: (session: Session, choices: number[]) => void;
}

export interface PathProblem {
  /** The choices (from 1) that lead there. */
  choices: number[];
  message: string;
}

export interface UntakenChoice extends ChoiceInfo {
  /** The choice's text, when some path offered it (a choice offered but never taken). */
  text?: string;
  file?: string;
  line?: number;
}

export interface ExploreResult {
  scenario: string;
  mode: string;
  method: 'sample' | 'every path';
  paths: number;
  /** Every path of the mode was walked: what was not seen cannot happen. */
  complete: boolean;
  /** The walk stopped at `maxPaths` before it had walked every path (the opposite of complete). */
  truncated: boolean;
  milliseconds: number;
  endings: Record<string, { count: number; shortest: number[] }>;
  /** Endings named in the manifest that no walked path reaches. */
  unreachedEndings: string[];
  deadEnds: { count: number; examples: PathProblem[] };
  errors: { count: number; examples: PathProblem[] };
  /** Knots this mode's entry can divert to (or that no entry reaches) that no walked path visits. */
  unvisitedKnots: KnotInfo[];
  /** Knots no path can visit: the unvisited ones when every path was walked; none when every
   * knot was visited; null (not known) when the walk saw only some paths and some knots not. */
  unreachableKnots: KnotInfo[] | null;
  /** Edge coverage: the choices written in this mode's knots, and how many some path took. */
  coverage: { choices: number; taken: number; untaken: UntakenChoice[] };
  choicePoints: { min: number; max: number; mean: number };
  warnings: string[];
}

/** A sample's size when none is given, and the run of paths showing nothing new that ends it
 * sooner: Kara and Jake's modes see their last new choice, knot or ending within 30–230 paths. */
export const DEFAULT_SAMPLE_PATHS = 2_000;
export const DEFAULT_STALE_PATHS = 200;
export const DEFAULT_EVERY_PATH_LIMIT = 200_000;
/** Seeds a sample walks in turn when none is given. */
export const DEFAULT_SAMPLE_SEEDS = 8;
const EXAMPLES = 5;

export function explore(options: ExploreOptions): ExploreResult {
  const started = performance.now();
  const { manifest, storyJson, files, mode } = options;
  const everyPath = options.everyPath ?? false;
  const maxPaths = options.maxPaths ?? (everyPath ? DEFAULT_EVERY_PATH_LIMIT : DEFAULT_SAMPLE_PATHS);
  const knots = knotsOf(files);
  const names = knots.map((k) => k.name);
  const graph = divertGraph(storyJson, names);
  const entry = manifest.modes.find((m) => m.id === mode)?.entry;
  const fromEntry = entry ? reachableFrom(entry, graph) : new Set<string>();
  const reachableFromAnyEntry = new Set(manifest.modes.flatMap((m) => [...reachableFrom(m.entry, graph)]));
  const expected = new Set([...fromEntry, ...names.filter((n) => !reachableFromAnyEntry.has(n))]);
  const writtenChoices = choicesIn(inkStory(storyJson), fromEntry);
  // The endings this mode must reach: those written in the knots it can reach, and any ending
  // that no mode's knots write (so an ending in scenario.json that nothing tells is still reported).
  const writtenAnywhere = endingsIn(files, reachableFromAnyEntry);
  const expectedEndings = new Set([
    ...endingsIn(files, fromEntry),
    ...Object.keys(manifest.endings).filter((id) => !writtenAnywhere.has(id)),
  ]);
  const takes = new Map<string, number>(writtenChoices.map((c) => [c.id, 0]));
  const offeredTexts = new Map<string, string>();
  const visited = new Set<string>();
  const endings: ExploreResult['endings'] = {};
  const deadEnds: ExploreResult['deadEnds'] = { count: 0, examples: [] };
  const errors: ExploreResult['errors'] = { count: 0, examples: [] };
  const warnings = new Set<string>();
  let paths = 0;
  let complete = false;
  /** How much the walk has seen (choices taken, knots visited, endings), and the path that last added to it. */
  let seen = 0;
  let lastNews = 0;
  let takenCount = 0;
  let minChoices = Infinity;
  let maxChoices = 0;
  let totalChoices = 0;

  const finishPath = (session: Session, choices: number[]) => {
    paths += 1;
    minChoices = Math.min(minChoices, choices.length);
    maxChoices = Math.max(maxChoices, choices.length);
    totalChoices += choices.length;
    for (const name of expected) if (!visited.has(name) && session.visits(name) > 0) visited.add(name);
    session.warnings.forEach((w) => warnings.add(w));
    options.onPath?.(session, choices);
    const ending = session.ending;
    if (!ending) {
      const last = session.steps[session.steps.length - 1];
      report(deadEnds, { choices, message: `stops without an #ending after "${last?.text ?? ''}"` });
      return;
    }
    const known = endings[ending];
    if (!known) endings[ending] = { count: 1, shortest: choices };
    else {
      known.count += 1;
      if (choices.length < known.shortest.length) known.shortest = choices;
    }
  };

  /** Count a problem, keeping a few examples (the same one met under another seed only once). */
  const report = (into: { count: number; examples: PathProblem[] }, problem: PathProblem) => {
    into.count += 1;
    const same = (p: PathProblem) =>
      p.message === problem.message && p.choices.join() === problem.choices.join();
    if (into.examples.length < EXAMPLES && !into.examples.some(same)) into.examples.push(problem);
  };

  /** Whether the walk has seen something new since `lastNews`, noted at each path's end. */
  const noteNews = () => {
    const now = takenCount + visited.size + Object.keys(endings).length;
    if (now > seen) {
      seen = now;
      lastNews = paths;
    }
  };

  /** Take choice `n` (from 1) at the session's current point; false (and reported) if ink fails. */
  const take = (session: Session, n: number, choices: number[]): boolean => {
    const ids = session.choiceIds;
    // The texts of the choices on offer, so a choice offered but never taken can be named.
    if (ids.some((offered) => !offeredTexts.has(offered)))
      session.choices.forEach((c, i) => offeredTexts.set(ids[i], c.text));
    const id = ids[n - 1];
    const before = takes.get(id) ?? 0;
    if (before === 0) takenCount += 1;
    takes.set(id, before + 1);
    try {
      session.choose(n);
      return true;
    } catch (error) {
      report(errors, { choices: [...choices, n], message: (error as Error).message });
      return false;
    }
  };

  let session: Session;
  try {
    session = Session.start({ manifest, storyJson, mode, seed: options.seed });
  } catch (error) {
    errors.count += 1;
    errors.examples.push({ choices: [], message: (error as Error).message });
    return result();
  }

  if (everyPath) walkEveryPath(session);
  else walkSample(session);
  return result();

  // Depth-first: at each choice point take every option in turn, rewinding to its checkpoint.
  function walkEveryPath(session: Session) {
    let stopped = false;
    const walk = (choices: number[]) => {
      if (paths >= maxPaths) {
        stopped = true;
        return;
      }
      if (session.ended) return finishPath(session, choices);
      const point = session.checkpoints.length - 1;
      const count = session.choices.length;
      for (let n = 1; n <= count; n++) {
        if (n > 1) session.rewind(point);
        if (take(session, n, choices)) walk([...choices, n]);
      }
    };
    walk([]);
    complete = !stopped;
  }

  // The sample: for each seed, a tree of the paths walked so far, each choice point knowing which
  // of its options still lead somewhere unwalked, so no path is walked twice. How a move is heard
  // is drawn from the run's seed, so the sample walks several seeds in turn: one seed alone would
  // never show a draw that seed does not make.
  function walkSample(first: Session) {
    const random = seededRandom(options.seed ?? 1);
    const seeds = Math.max(1, options.seeds ?? DEFAULT_SAMPLE_SEEDS);
    const trees: SampleTree[] = [];
    const treeFor = (n: number): SampleTree | null => {
      if (!trees[n]) {
        const session =
          n === 0 ? first : Session.start({ manifest, storyJson, mode, seed: (options.seed ?? 1) + n });
        const root = newPoint(session.choices.length);
        trees[n] = { session, root, trail: [{ point: root, ids: session.choiceIds }], choices: [] };
        if (session.ended) finishPath(session, []);
      }
      return trees[n].root.open > 0 ? trees[n] : null;
    };
    const stale = options.stopWhenStale ?? (options.maxPaths === undefined ? DEFAULT_STALE_PATHS : Infinity);
    for (let turn = 0; paths < maxPaths && paths - lastNews < stale; turn++) {
      let tree: SampleTree | null = null;
      for (let tries = 0; tries < seeds && !tree; tries++) tree = treeFor((turn + tries) % seeds);
      if (!tree) break;
      walkOnePath(tree, random);
      noteNews();
    }
    // Every path under every seed walked: as complete as a walk of every path (which uses one seed).
    complete = trees.filter(Boolean).length === seeds && trees.every((t) => t.root.open === 0);
  }

  /** Walk one new path of `tree` from where its last path left off, then choose where the next
   * one starts: the deepest point that offers a choice never taken, or else a point at random. */
  function walkOnePath(tree: SampleTree, random: () => number) {
    const { session, trail, choices } = tree;
    for (;;) {
      const k = trail.length - 1;
      const { point, ids } = trail[k];
      const i = leastTaken(point, ids, takes, random);
      if (!take(session, i + 1, choices)) {
        closeOption(tree, k, i);
        session.rewind(k);
        if (point.open === 0) break;
        continue;
      }
      choices.push(i + 1);
      if (session.ended) {
        finishPath(session, [...choices]);
        closeOption(tree, k, i);
        break;
      }
      // Not DONE (leastTaken skips those): a point walked before, or a new one.
      point.next[i] ??= newPoint(session.choices.length);
      trail.push({ point: point.next[i] as ChoicePoint, ids: session.choiceIds });
    }
    const open = trail.map((_, k) => k).filter((k) => trail[k].point.open > 0);
    if (open.length === 0) return;
    const fresh = open.filter((k) =>
      trail[k].ids.some((id, i) => trail[k].point.next[i] !== DONE && !takes.get(id)),
    );
    const k = fresh.length ? fresh[fresh.length - 1] : open[Math.floor(random() * open.length)];
    session.rewind(k);
    trail.length = k + 1;
    choices.length = k;
  }

  function result(): ExploreResult {
    const unvisitedKnots = knots.filter((k) => expected.has(k.name) && !visited.has(k.name));
    const knotOf = new Map(knots.map((k) => [k.name, k]));
    const untaken: UntakenChoice[] = writtenChoices
      .filter((c) => !takes.get(c.id))
      .map((c) => {
        const text = offeredTexts.get(c.id);
        const where = knotOf.get(c.knot);
        return { ...c, ...(text ? { text } : {}), ...(where ? { file: where.file, line: where.line } : {}) };
      });
    return {
      scenario: manifest.id,
      mode,
      method: everyPath ? 'every path' : 'sample',
      paths,
      complete,
      truncated: !complete,
      milliseconds: Math.round(performance.now() - started),
      endings,
      unreachedEndings: Object.keys(manifest.endings).filter((id) => expectedEndings.has(id) && !endings[id]),
      deadEnds,
      errors,
      unvisitedKnots,
      unreachableKnots: complete ? unvisitedKnots : unvisitedKnots.length ? null : [],
      coverage: { choices: writtenChoices.length, taken: writtenChoices.length - untaken.length, untaken },
      choicePoints: {
        min: paths ? minChoices : 0,
        max: maxChoices,
        mean: paths ? Math.round((totalChoices / paths) * 10) / 10 : 0,
      },
      warnings: [...warnings],
    };
  }
}

const DONE = 'done';

/** Mark option `i` of the tree's current point `k` as fully walked, and each ancestor's option
 * leading there once all of that point's options are. */
function closeOption({ trail, choices }: SampleTree, k: number, i: number): void {
  for (let depth = k, option = i; depth >= 0; depth--) {
    const { point } = trail[depth];
    if (point.next[option] === DONE) return;
    point.next[option] = DONE;
    point.open -= 1;
    if (point.open > 0) return;
    option = choices[depth - 1] - 1;
  }
}

/** A choice point of the sample's tree: where each option leads (a point, or DONE when every path
 * through it has been walked; undefined when not yet tried), and how many options are not DONE. */
interface ChoicePoint {
  next: (ChoicePoint | typeof DONE | undefined)[];
  open: number;
}

function newPoint(options: number): ChoicePoint {
  return { next: new Array<ChoicePoint | typeof DONE | undefined>(options).fill(undefined), open: options };
}

/** Of the options not yet fully walked, one whose choice has been taken least (ties at random). */
function leastTaken(
  point: ChoicePoint,
  ids: readonly string[],
  takes: Map<string, number>,
  random: () => number,
) {
  let best: number[] = [];
  let fewest = Infinity;
  point.next.forEach((next, i) => {
    if (next === DONE) return;
    const n = takes.get(ids[i]) ?? 0;
    if (n < fewest) {
      fewest = n;
      best = [i];
    } else if (n === fewest) best.push(i);
  });
  return best[Math.floor(random() * best.length)];
}

/** One seed's share of a sample: its session, its tree of paths, and the path it is on. */
interface SampleTree {
  session: Session;
  root: ChoicePoint;
  /** The choice points of the current path, index k being checkpoint k. */
  trail: { point: ChoicePoint; ids: string[] }[];
  /** The choices (from 1) taken on the current path. */
  choices: number[];
}

/** A small deterministic generator (mulberry32), so a sample is the same on every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
