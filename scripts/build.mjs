// Bundle src/ into dist/ (npm packages stay external and load lazily where the code says so),
// then write the built-in corpus snapshot and search index.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Heavy or native packages stay external (and load lazily where the code imports them
// dynamically); small pure-JS ones are bundled so that start-up does not pay for resolving them.
// The renderer (marked, marked-terminal) and the drill's view (Ink, React, ink-text-input) are
// bundled too, into the lazy chunks that import them: one file each to read and parse instead of
// hundreds of modules to resolve, which is most of what their first use cost.
const BUNDLED = new Set(['yargs-parser', 'marked', 'marked-terminal', 'ink', 'ink-text-input', 'react']);
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
const external = Object.keys(pkg.dependencies).filter((d) => !BUNDLED.has(d));
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // react-devtools-core: Ink imports it only when DEV=true; it is not installed
  external: [...external, ...Object.keys(pkg.devDependencies), 'react-devtools-core'],
  // React's production build (its development build is several times larger and slower), and
  // minified code: less to parse when a chunk is first imported. Stack traces map back through
  // the linked source maps (node --enable-source-maps).
  define: { 'process.env.NODE_ENV': '"production"' },
  minify: !process.env.NOMIN, // NOMIN=1 node scripts/build.mjs: readable names in a CPU profile
  sourcemap: 'linked',
  jsx: 'automatic',
  // marked-terminal's heavy imports: cli-highlight pulls in every highlight.js grammar, node-emoji
  // its whole table, cli-table3 string-width, emoji-regex and colours for tables we draw ourselves.
  // The renderer chunk gets our slim highlighter, an empty emoji lookup and a plain table.
  alias: {
    'cli-highlight': './src/render/cli-highlight-shim.ts',
    'node-emoji': './src/render/node-emoji-stub.ts',
    'cli-table3': './src/render/cli-table3-stub.ts',
  },
  logLevel: 'warning',
  // bundled CommonJS code may call require(): give the ESM output one
  banner: { js: "import { createRequire as __swelearnRequire } from 'node:module'; const require = __swelearnRequire(import.meta.url);" },
};

// Node's built-in modules are required, not imported: an ESM import of a built-in enumerates every
// export, which runs lazy getters (node:fs loads its streams and promises API, node:process reads
// each of its properties). Measured in one process after the loader is up: node:fs 3.1 ms and
// node:process 2.4 ms as imports, 0.02-0.04 ms as requires. Each built-in that src/ imports
// becomes a small module that requires it and exports the names src/ imports from it (a name
// missing there fails the build); what bundled packages import, and dynamic import(), are left as
// they are (they load after the prompt).
function builtinNames() {
  const names = new Map();
  for (const file of readdirSync(`${root}src`, { recursive: true })) {
    if (!/\.tsx?$/.test(file)) continue;
    const text = readFileSync(`${root}src/${file}`, 'utf8');
    for (const [, clause, spec] of text.matchAll(/\bimport\s+(?!type\s)([^;'"]*?)\s*from\s*['"](node:[\w/]+)['"]/g)) {
      const set = names.get(spec) ?? new Set();
      names.set(spec, set);
      const named = /\{([^}]*)\}/.exec(clause);
      if (/^[\w$]+/.test(clause)) set.add('default');
      if (/\*\s*as\s/.test(clause)) set.add('*');
      for (const part of named ? named[1].split(',') : []) {
        const name = part.trim().split(/\s+as\s+/)[0];
        if (name && !name.startsWith('type ')) set.add(name);
      }
    }
  }
  return names;
}
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    const names = builtinNames();
    b.onResolve({ filter: /^node:/ }, (args) =>
      args.kind === 'import-statement' && args.importer.startsWith(`${root}src/`) && names.has(args.path) && !names.get(args.path).has('*')
        ? { path: args.path, namespace: 'builtin-require' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin-require' }, (args) => {
      const used = [...names.get(args.path)].filter((n) => n !== 'default');
      return {
        contents: [
          `const m = require(${JSON.stringify(args.path)});`,
          'export default m;',
          ...(used.length ? [`export const { ${used.join(', ')} } = m;`] : []),
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};
common.plugins = [builtinsByRequire];

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
