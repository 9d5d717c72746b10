// Bundle src/ into dist/ (npm packages stay external and load lazily where the code says so),
// then write the built-in corpus snapshot and search index.
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
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
  minify: true,
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

rmSync(`${root}/dist`, { recursive: true, force: true });
const t0 = performance.now();
// the shell: split at dynamic imports, so each command's heavy code loads when first used
await build({ ...common, entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });
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
