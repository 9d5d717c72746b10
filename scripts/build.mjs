// Bundle src/ into dist/ (npm packages stay external and load lazily where the code says so),
// then write the built-in corpus snapshot and search index.
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entryPoints = { cli: 'src/cli.ts', snapshot: 'src/snapshot.ts' };
if (existsSync(`${root}/src/practice/sandbox-child.ts`)) entryPoints['sandbox-child'] = 'src/practice/sandbox-child.ts';

rmSync(`${root}/dist`, { recursive: true, force: true });
const t0 = performance.now();
await build({
  absWorkingDir: root,
  entryPoints,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  jsx: 'automatic',
  logLevel: 'warning',
});
const { writeSnapshot } = await import(`${root}/dist/snapshot.js`);
const snap = await writeSnapshot();
if (!process.argv.includes('--quiet')) {
  console.error(`built dist/ in ${Math.round(performance.now() - t0)} ms: ${snap.lessons} lessons${snap.problems ? `, ${snap.problems} problems (run: node bin/swelearn.js check-corpus)` : ''}`);
}
