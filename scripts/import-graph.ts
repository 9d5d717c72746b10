// The folder-level import graph of src/: which folder imports which, with the files behind each
// edge. A folder is src/<folder> (its subfolders included); a file at the root of src/ (app.ts,
// cli.ts, errors.ts…) is a node of its own. Every import counts: static, `export … from`,
// type-only, and `import('…')`, whether it loads a module lazily or names a type.
// Used by test/repo/import-graph.test.ts (no cycles; domain folders stay below the shell).
// usage: node --import tsx scripts/import-graph.ts   (prints the graph, then any cycles)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** One import: the file that has it and the file it names (both relative to src/). */
export interface ImportSite {
  from: string;
  to: string;
}

/** node -> node -> the imports behind that edge */
export type Graph = Map<string, Map<string, ImportSite[]>>;

const SOURCE = /\.(?:ts|tsx|mts|cts)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return SOURCE.test(e.name) ? [p] : [];
  });
}

/** The node a file under src/ belongs to: its top folder, or the file itself at the root. */
export function nodeOf(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts.length > 1 ? parts[0]! : file;
}

/** Every relative module a source text imports (static, re-export, type-only or dynamic). */
export function importsOf(text: string): string[] {
  // the TypeScript scanner, not a regular expression: it skips comments and strings
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map((f) => f.fileName).filter((n) => n.startsWith('./') || n.startsWith('../'));
}

/** The graph of the files under `root`; self-edges (a folder importing itself) are left out. */
export function importGraph(root = SRC): Graph {
  const graph: Graph = new Map();
  for (const abs of sourceFiles(root)) {
    const from = relative(root, abs).split(sep).join('/');
    const a = nodeOf(from);
    if (!graph.has(a)) graph.set(a, new Map());
    for (const spec of importsOf(readFileSync(abs, 'utf8'))) {
      const target = resolve(dirname(abs), spec);
      if (!existsSync(target) || !target.startsWith(root)) continue;
      const to = relative(root, target).split(sep).join('/');
      const b = nodeOf(to);
      if (a === b) continue;
      const edges = graph.get(a)!;
      if (!edges.has(b)) edges.set(b, []);
      edges.get(b)!.push({ from, to });
    }
  }
  return graph;
}

/** The groups of nodes that reach each other (Tarjan's strongly connected components), larger than one. */
export function cycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) out.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return out;
}

/** One line per edge inside a cycle group: "a -> b (a/x.ts -> b/y.ts, +2 more)". */
export function describeCycle(graph: Graph, group: string[]): string[] {
  const lines: string[] = [];
  for (const a of group) {
    for (const [b, sites] of graph.get(a) ?? []) {
      if (!group.includes(b)) continue;
      const first = sites[0]!;
      lines.push(`${a} -> ${b} (${first.from} -> ${first.to}${sites.length > 1 ? `, +${sites.length - 1} more` : ''})`);
    }
  }
  return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = importGraph();
  for (const a of [...graph.keys()].sort()) {
    const edges = [...graph.get(a)!].sort(([x], [y]) => x.localeCompare(y));
    console.log(`${a} -> ${edges.map(([b, sites]) => `${b} (${sites.length})`).join(', ') || '(nothing)'}`);
  }
  const found = cycles(graph);
  console.log(found.length ? `\n${found.length} cycle${found.length === 1 ? '' : 's'}:` : '\nno cycles');
  for (const group of found) {
    console.log(`- ${group.join(' ⇄ ')}`);
    for (const line of describeCycle(graph, group)) console.log(`    ${line}`);
  }
}
