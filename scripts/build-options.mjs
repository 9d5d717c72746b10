// The esbuild options of the product's bundles (scripts/build.mjs), shared with the benchmarks
// that measure the code as it ships (scripts/bench-find.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
// Heavy or native packages stay external (and load lazily where the code imports them
// dynamically); small pure-JS ones are bundled so that start-up does not pay for resolving them.
// The renderer (marked, marked-terminal) and the drill's view (Ink, React, ink-text-input) are
// bundled too, into the lazy chunks that import them: one file each to read and parse instead of
// hundreds of modules to resolve, which is most of what their first use cost.
const BUNDLED = new Set(['yargs-parser', 'marked', 'marked-terminal', 'ink', 'ink-text-input', 'react']);
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
const external = Object.keys(pkg.dependencies).filter((d) => !BUNDLED.has(d));
export const common = {
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
