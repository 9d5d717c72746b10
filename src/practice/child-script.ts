// Where the sandbox child's script is. Shipped: dist/sandbox-child.cjs (or .js), beside the
// bundle that runs this code. Running from source (tsx), it is bundled on demand into the temp
// folder, so tests and `npx tsx` always run the current src/practice/sandbox-child.ts.
// The child may read only this one file (Node's permission model), so it must be one
// self-contained script with no imports of other files.
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SandboxError } from '../errors.ts';

const NAMES = ['./sandbox-child.cjs', './sandbox-child.js', '../sandbox-child.cjs', '../sandbox-child.js'];

let cached: Promise<string> | undefined;

export function sandboxChildScript(): Promise<string> {
  return (cached ??= locate());
}

async function locate(): Promise<string> {
  const fromEnv = process.env.SWELEARN_SANDBOX_CHILD;
  if (fromEnv) return fromEnv;
  const here = import.meta.url;
  if (here.endsWith('.ts')) return bundleFromSource(fileURLToPath(new URL('./sandbox-child.ts', here)));
  for (const name of NAMES) {
    const path = fileURLToPath(new URL(name, here));
    if (existsSync(path)) return path;
  }
  throw new SandboxError('the sandbox script (dist/sandbox-child.cjs) is missing: rebuild with npm run build');
}

/** Bundle the child entry into one CommonJS file; reuse it while the source is unchanged. */
export async function bundleFromSource(entry: string, outDir = join(tmpdir(), 'swelearn-sandbox')): Promise<string> {
  const esbuild = await import('esbuild');
  mkdirSync(outDir, { recursive: true });
  const srcDir = fileURLToPath(new URL('.', `file://${entry}`));
  const stamp = ['sandbox-child.ts', 'run-checks.ts', 'check-api.ts', 'output-buffer.ts', 'child-script.ts']
    .map((f) => {
      try {
        return statSync(join(srcDir, f)).mtimeMs.toFixed(0);
      } catch {
        return '0';
      }
    })
    .join('-');
  const out = join(outDir, `sandbox-child-${stamp}.cjs`);
  if (existsSync(out)) return out;
  const partial = `${out}.${process.pid}.tmp`;
  await esbuild.build({
    entryPoints: [entry],
    outfile: partial,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    // strict, as the shipped ESM bundle is: no function of this realm hands out its `this` or `caller`
    banner: { js: "'use strict';" },
  });
  renameSync(partial, out); // atomic: a concurrent test process never sees half a file
  return out;
}
