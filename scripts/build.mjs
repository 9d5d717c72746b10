// Bundle src/ into dist/ (npm packages stay external and load lazily where the code says so),
// then write the built-in corpus snapshot and search index.
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { common, root } from './build-options.mjs';

/**
 * What loads before the prompt in as few files as possible. With splitting, esbuild puts each
 * module in a chunk named by the set of entries (the CLI and every dynamic import() target) that
 * reach it; a module the prompt needs that some lazily loaded modules need too lands in a shared
 * chunk per distinct set: 25 small files before the prompt, each a round of the ESM loader
 * (resolve, read, compile, link: about 0.5 ms each here). This plugin gives every lazily loaded
 * module, and the CLI, a side-effect import of one virtual module that imports the whole static
 * closure of src/cli.ts: every such module is then reached by every entry, so they share one
 * chunk. Nothing new runs: the closure was loaded at start-up anyway, and the lazy modules that
 * import it find it loaded.
 */
async function eagerInOneChunk(options) {
  const first = await build({ ...options, metafile: true, write: false });
  const { inputs } = first.metafile;
  // the closure in the order ESM evaluates it (depth first, imports in source order, each module
  // after its imports), so that importing the list evaluates the modules in their usual order
  const eager = [];
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f) || !inputs[f]) return;
    seen.add(f);
    for (const i of inputs[f].imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
    eager.push(f);
  };
  visit('src/cli.ts');
  // every dynamic import() target in src/, in the closure or not (a cycle through the virtual
  // module is harmless: it exports nothing, and each module's own imports still run first)
  const prefixed = new Set(['src/cli.ts']);
  for (const f of Object.keys(inputs)) for (const i of inputs[f].imports) if (i.kind === 'dynamic-import' && i.path.startsWith('src/') && /\.tsx?$/.test(i.path)) prefixed.add(i.path);
  const virtual = eager.filter((f) => f !== 'src/cli.ts' && f.startsWith('src/'));
  return {
    name: 'eager-in-one-chunk',
    setup(b) {
      b.onResolve({ filter: /^swelearn:eager$/ }, () => ({ path: 'eager', namespace: 'swelearn-eager' }));
      b.onLoad({ filter: /.*/, namespace: 'swelearn-eager' }, () => ({
        contents: virtual.map((f) => `import ${JSON.stringify(`${root}${f}`)};`).join('\n'),
        resolveDir: root,
        loader: 'js',
      }));
      b.onLoad({ filter: /\.tsx?$/ }, (args) => {
        const rel = args.path.slice(root.length);
        if (!prefixed.has(rel)) return undefined;
        // on the first line, so that the source map's lines stay right
        return { contents: `import 'swelearn:eager';${readFileSync(args.path, 'utf8')}`, loader: rel.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}

rmSync(`${root}/dist`, { recursive: true, force: true });
const t0 = performance.now();
// the shell: split at dynamic imports, so each command's heavy code loads when first used
const shell = { ...common, entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' };
await build({ ...shell, plugins: [...common.plugins, await eagerInOneChunk(shell)] });
// helpers that run on their own: one file each
const single = { snapshot: 'src/snapshot.ts' };
if (existsSync(`${root}/src/practice/sandbox-child.ts`)) single['sandbox-child'] = 'src/practice/sandbox-child.ts';
for (const [name, entry] of Object.entries(single)) {
  await build({ ...common, entryPoints: { [name]: entry }, outdir: 'dist' });
}
const { writeSnapshot } = await import(`${root}/dist/snapshot.js`);
const snap = await writeSnapshot();
if (!process.argv.includes('--quiet')) {
  console.error(`built dist/ in ${Math.round(performance.now() - t0)} ms: ${snap.lessons} lessons${snap.problems ? `, ${snap.problems} problems (run: node bin/swelearn.js check-corpus)` : ''}`);
}
