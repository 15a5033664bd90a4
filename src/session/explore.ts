// Walks every path of a scenario's mode: each choice point is branched from its checkpoint, so a
// path costs its own steps only. Reports endings (how often, and the shortest choice path to
// each), dead ends, unreachable knots, ink errors and the number of choice points per path.
import type { ScenarioManifest } from '../story/manifest.ts';
import { divertGraph, knotsOf, reachableFrom, type KnotInfo } from '../story/structure.ts';
import { Session } from './session.ts';

export interface ExploreOptions {
  manifest: ScenarioManifest;
  storyJson: string;
  /** The scenario's ink sources by file name, for knot names and their lines. */
  files: Record<string, string>;
  mode: string;
  /** Stop after this many complete paths (the result says it was truncated). */
  maxPaths?: number;
  seed?: number;
  /** Called at the end of every complete path with the session as it stands there (its steps are
   * the path's steps), so properties of whole paths are checked in the same walk. */
  onPath?: (session: Session, choices: number[]) => void;
}

export interface PathProblem {
  /** The choices (from 1) that lead there. */
  choices: number[];
  message: string;
}

export interface ExploreResult {
  scenario: string;
  mode: string;
  paths: number;
  truncated: boolean;
  milliseconds: number;
  endings: Record<string, { count: number; shortest: number[] }>;
  /** Endings named in the manifest that no path in this mode reaches. */
  unreachedEndings: string[];
  deadEnds: { count: number; examples: PathProblem[] };
  errors: { count: number; examples: PathProblem[] };
  /** Knots this mode's entry can divert to (or that no entry reaches) that no path visits; null
   * when the walk was truncated, since a path not walked might reach them. */
  unreachableKnots: KnotInfo[] | null;
  choicePoints: { min: number; max: number; mean: number };
  warnings: string[];
}

const EXAMPLES = 5;

export function explore(options: ExploreOptions): ExploreResult {
  const started = performance.now();
  const { manifest, storyJson, files, mode } = options;
  const maxPaths = options.maxPaths ?? 200_000;
  const knots = knotsOf(files);
  const names = knots.map((k) => k.name);
  const graph = divertGraph(storyJson, names);
  const entry = manifest.modes.find((m) => m.id === mode)?.entry;
  const reachableFromAnyEntry = new Set(manifest.modes.flatMap((m) => [...reachableFrom(m.entry, graph)]));
  const expected = new Set([
    ...(entry ? reachableFrom(entry, graph) : []),
    ...names.filter((n) => !reachableFromAnyEntry.has(n)),
  ]);
  const visited = new Set<string>();
  const endings: ExploreResult['endings'] = {};
  const deadEnds: ExploreResult['deadEnds'] = { count: 0, examples: [] };
  const errors: ExploreResult['errors'] = { count: 0, examples: [] };
  const warnings = new Set<string>();
  let paths = 0;
  let truncated = false;
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
      deadEnds.count += 1;
      if (deadEnds.examples.length < EXAMPLES) {
        const last = session.steps[session.steps.length - 1];
        deadEnds.examples.push({ choices, message: `stops without an #ending after "${last?.text ?? ''}"` });
      }
      return;
    }
    const seen = endings[ending];
    if (!seen) endings[ending] = { count: 1, shortest: choices };
    else {
      seen.count += 1;
      if (choices.length < seen.shortest.length) seen.shortest = choices;
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

  // Depth-first: at each choice point take every option in turn, rewinding to its checkpoint.
  const walk = (choices: number[]) => {
    if (paths >= maxPaths) {
      truncated = true;
      return;
    }
    if (session.ended) return finishPath(session, choices);
    const point = session.checkpoints.length - 1;
    const options = session.choices.length;
    for (let n = 1; n <= options; n++) {
      if (n > 1) session.rewind(point);
      try {
        session.choose(n);
      } catch (error) {
        errors.count += 1;
        if (errors.examples.length < EXAMPLES) {
          errors.examples.push({ choices: [...choices, n], message: (error as Error).message });
        }
        continue;
      }
      walk([...choices, n]);
    }
  };
  walk([]);
  return result();

  function result(): ExploreResult {
    return {
      scenario: manifest.id,
      mode,
      paths,
      truncated,
      milliseconds: Math.round(performance.now() - started),
      endings,
      unreachedEndings: Object.keys(manifest.endings).filter((id) => !endings[id]),
      deadEnds,
      errors,
      unreachableKnots: truncated ? null : knots.filter((k) => expected.has(k.name) && !visited.has(k.name)),
      choicePoints: {
        min: paths ? minChoices : 0,
        max: maxChoices,
        mean: paths ? Math.round((totalChoices / paths) * 10) / 10 : 0,
      },
      warnings: [...warnings],
    };
  }
}
