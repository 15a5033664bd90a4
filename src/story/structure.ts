// What the checks need to know about a story's shape: its knots (from the source, with file and
// line) and which knots each knot can divert to (from the compiled JSON).

export interface KnotInfo {
  name: string;
  file: string;
  line: number;
}

const KNOT = /^\s*={2,}\s*(function\s+)?([A-Za-z_][\w]*)/;

/** Knots declared in the sources (functions are not knots). */
export function knotsOf(files: Record<string, string>): KnotInfo[] {
  const knots: KnotInfo[] = [];
  for (const [file, text] of Object.entries(files)) {
    text.split('\n').forEach((line, i) => {
      const match = KNOT.exec(line);
      if (match && !match[1]) knots.push({ name: match[2], file, line: i + 1 });
    });
  }
  return knots;
}

const ENDING_TAG = /#\s*ending\s*:\s*([\w-]+)/g;

/** The endings (`#ending:<id>`) written in the given knots of the sources. */
export function endingsIn(files: Record<string, string>, knots: ReadonlySet<string>): Set<string> {
  const endings = new Set<string>();
  for (const text of Object.values(files)) {
    let knot: string | null = null;
    for (const line of text.split('\n')) {
      const match = KNOT.exec(line);
      if (match) knot = match[1] ? null : match[2];
      if (knot && knots.has(knot)) for (const [, id] of line.matchAll(ENDING_TAG)) endings.add(id);
    }
  }
  return endings;
}

const TARGET_KEYS = ['->', '*', '->t->', 'f()'];

/** For each knot, the knots its compiled content diverts, tunnels or chooses into. */
export function divertGraph(storyJson: string, knotNames: readonly string[]): Map<string, Set<string>> {
  const known = new Set(knotNames);
  const root = (JSON.parse(storyJson) as { root: unknown[] }).root;
  const named = root[root.length - 1] as Record<string, unknown> | null;
  const graph = new Map<string, Set<string>>();
  const collect = (node: unknown, into: Set<string>) => {
    if (Array.isArray(node)) node.forEach((child) => collect(child, into));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (TARGET_KEYS.includes(key) && typeof value === 'string' && !value.startsWith('.')) {
          const head = value.split('.')[0];
          if (known.has(head)) into.add(head);
        } else collect(value, into);
      }
    }
  };
  for (const name of knotNames) {
    const edges = new Set<string>();
    if (named && name in named) collect(named[name], edges);
    edges.delete(name);
    graph.set(name, edges);
  }
  return graph;
}

/** Knots reachable from `entry` by following diverts. */
export function reachableFrom(entry: string, graph: Map<string, Set<string>>): Set<string> {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length) {
    for (const next of graph.get(queue.shift()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** A choice the story can offer, where it is written: its id is ink's source path, the same as a
 * running story's choice id (StoryChoice.id). */
export interface ChoiceInfo {
  id: string;
  /** The knot it is written in. */
  knot: string;
}

/** The parts of inkjs's runtime content this reads (stable across inkjs 2.x). */
interface InkNode {
  content?: InkNode[];
  namedOnlyContent?: Map<string, InkNode> | null;
  path?: { toString(): string };
  isInvisibleDefault?: boolean;
  hasCondition?: boolean;
}

/**
 * Every choice a player could be offered in `knots` (fallback choices, which ink takes by itself,
 * are left out), found in the parsed story's content. Edge coverage is measured against this list.
 */
export function choicesIn(
  story: { mainContentContainer: unknown },
  knots: ReadonlySet<string>,
): ChoiceInfo[] {
  const found = new Map<string, ChoiceInfo>();
  const visit = (node: InkNode) => {
    if ('isInvisibleDefault' in node && 'hasCondition' in node && node.path) {
      const id = node.path.toString();
      const knot = id.split('.')[0];
      if (!node.isInvisibleDefault && knots.has(knot)) found.set(id, { id, knot });
      return;
    }
    node.content?.forEach(visit);
    node.namedOnlyContent?.forEach(visit);
  };
  visit(story.mainContentContainer as InkNode);
  return [...found.values()];
}
