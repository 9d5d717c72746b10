// The import graph of src/ at the folder level: no cycles, and the domain folders never reach up
// into the shell, the renderer, the Ink views or the app's wiring (issue 12). The graph is read
// from the sources by scripts/import-graph.ts, which also prints it for humans.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cycles, describeCycle, importGraph, importsOf, nodeOf, type Graph } from '../../scripts/import-graph.ts';

const s = suite('import graph');

const DOMAIN = ['corpus', 'search', 'practice', 'drill', 'progress', 'study', 'config', 'util'];
const ABOVE = ['shell', 'render', 'ui', 'app.ts'];

s('reads static, re-exported, type-only and dynamic imports, not comments', () => {
  const text = [
    "import { a } from './a.ts';",
    "import type { B } from '../b/b.ts';",
    "export { c } from './c.ts';",
    "import './side-effect.ts';",
    "const d = await import('../d/d.ts');",
    "type E = typeof import('../e/e.ts');",
    "// import { f } from './f.ts';",
    "const g = 'import(\"./g.ts\")';",
    "import yaml from 'yaml';",
  ].join('\n');
  assert.equal(importsOf(text).sort(), ['../b/b.ts', '../d/d.ts', '../e/e.ts', './a.ts', './c.ts', './side-effect.ts']);
});

s('a file at the root is its own node; anything deeper belongs to its top folder', () => {
  assert.is(nodeOf('app.ts'), 'app.ts');
  assert.is(nodeOf('shell/commands/find.ts'), 'shell');
});

s('finds each cycle, naming an import behind every edge of it', () => {
  const g: Graph = new Map([
    ['a', new Map([['b', [{ from: 'a/x.ts', to: 'b/y.ts' }]]])],
    ['b', new Map([['a', [{ from: 'b/y.ts', to: 'a/z.ts' }, { from: 'b/w.ts', to: 'a/z.ts' }]], ['c', [{ from: 'b/y.ts', to: 'c/c.ts' }]]])],
    ['c', new Map()],
  ]);
  assert.equal(cycles(g), [['a', 'b']]);
  assert.equal(describeCycle(g, ['a', 'b']), ['a -> b (a/x.ts -> b/y.ts)', 'b -> a (b/y.ts -> a/z.ts, +1 more)']);
});

const graph = importGraph();

s('src/ has no folder-level import cycles', () => {
  const found = cycles(graph);
  const report = found.map((group) => `${group.join(' ⇄ ')}:\n    ${describeCycle(graph, group).join('\n    ')}`);
  assert.ok(found.length === 0, `import cycles between folders of src/:\n  ${report.join('\n  ')}`);
});

s('domain folders import nothing from shell/, render/, ui/ or app.ts', () => {
  const bad: string[] = [];
  for (const a of DOMAIN) {
    for (const [b, sites] of graph.get(a) ?? []) {
      if (ABOVE.includes(b)) bad.push(...sites.map((x) => `${x.from} -> ${x.to}`));
    }
  }
  assert.ok(bad.length === 0, `domain folders reach up:\n  ${bad.join('\n  ')}`);
});

s.run();
