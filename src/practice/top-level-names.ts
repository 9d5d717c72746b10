// The names a learner's chunks declare at the top level (after toScript: `var`s, including those
// inside top-level blocks and loops, which a function scope hoists). The checks' realm binds
// these names to the learner's values (src/practice/run-checks.ts). Pure; acorn loads lazily.
import { lazyRequire } from '../util/lazy-require.ts';

interface Node {
  type: string;
  [key: string]: unknown;
}

type Acorn = { parse(code: string, opts: object): Node };
let acorn: Acorn | undefined;

function patternNames(p: Node | null | undefined, out: Set<string>): void {
  if (!p) return;
  switch (p.type) {
    case 'Identifier':
      out.add(p.name as string);
      break;
    case 'ObjectPattern':
      for (const prop of p.properties as Node[]) patternNames(prop.type === 'RestElement' ? (prop.argument as Node) : (prop.value as Node), out);
      break;
    case 'ArrayPattern':
      for (const el of p.elements as (Node | null)[]) patternNames(el, out);
      break;
    case 'RestElement':
      patternNames(p.argument as Node, out);
      break;
    case 'AssignmentPattern':
      patternNames(p.left as Node, out);
      break;
  }
}

/** var declarations in a statement list, not entering functions or classes */
function collect(node: Node | null | undefined, out: Set<string>, top: boolean): void {
  if (!node || typeof node !== 'object') return;
  switch (node.type) {
    case 'VariableDeclaration':
      if (node.kind === 'var' || top) for (const d of node.declarations as Node[]) patternNames(d.id as Node, out);
      return;
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
      if (top && node.id) out.add((node.id as Node).name as string);
      return;
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
    case 'ClassExpression':
      return;
  }
  for (const key of ['body', 'consequent', 'alternate', 'block', 'handler', 'finalizer', 'cases', 'init', 'left']) {
    const child = node[key] as Node | Node[] | undefined;
    if (Array.isArray(child)) for (const c of child) collect(c, out, false);
    else if (child && typeof child === 'object') collect(child, out, false);
  }
}

// a session's chunks stay the same from one .check to the next: each is parsed once
const memo = new Map<string, string[]>();
const MEMO_ENTRIES = 256;

function chunkNames(chunk: string): string[] {
  const hit = memo.get(chunk);
  if (hit) return hit;
  acorn ??= lazyRequire('acorn') as Acorn;
  const out = new Set<string>();
  try {
    const ast = acorn.parse(chunk, { ecmaVersion: 'latest', sourceType: 'script', allowAwaitOutsideFunction: true, allowReturnOutsideFunction: true });
    for (const stmt of ast.body as Node[]) collect(stmt, out, true);
  } catch {
    // the run reports the syntax error
  }
  const names = [...out];
  if (memo.size >= MEMO_ENTRIES) memo.delete(memo.keys().next().value!);
  memo.set(chunk, names);
  return names;
}

export function topLevelNames(chunks: string[]): string[] {
  const out = new Set<string>();
  for (const chunk of chunks) for (const n of chunkNames(chunk)) out.add(n);
  return [...out];
}
