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
