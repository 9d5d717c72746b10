// npm test: typecheck, build, check the corpus, then every uvu suite (units, then end-to-end in
// a real pseudo-terminal). Ends with one line, `tests: N passed, M failed`, from the real totals:
// each uvu test counts once, and each gate (typecheck, build, check-corpus, and in CI
// pack-and-install) counts as one test.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2).filter((a) => a !== '--pack'); // optional: substrings of test file paths
// CI (and --pack) also packs a clean clone and installs the tarball as a user would: slow (it
// builds the native module), so a developer's run leaves it out
const pack = process.argv.includes('--pack') || (only.length === 0 && Boolean(process.env.CI));
let passed = 0;
let failed = 0;
const failures = [];

function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const take = (chunk) => {
      const s = chunk.toString();
      out += s;
      process.stdout.write(s);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code, signal) => resolve({ code: code ?? 1, signal, out }));
  });
}

async function gate(name, cmd, args) {
  console.log(`\n# ${name}`);
  const r = await run(cmd, args);
  if (r.code === 0) passed++;
  else {
    failed++;
    failures.push(name);
  }
  return r.code === 0;
}

function testFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'fixtures' && name !== 'helpers') out.push(...testFiles(p));
    } else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out.sort();
}

// uvu prints per-run totals; one process per file keeps a crash in one suite from hiding the others
async function suite(file) {
  const rel = relative(root, file);
  console.log(`\n# ${rel}`);
  const r = await run(process.execPath, ['--import', 'tsx', 'node_modules/uvu/bin.js', relative(root, join(file, '..')), `^${escape(file.split('/').pop())}$`], {
    env: { NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const clean = r.out.replace(/\x1b\[[0-9;]*m/g, '');
  const total = Number(/Total:\s+(\d+)/.exec(clean)?.[1] ?? NaN);
  const ok = Number(/Passed:\s+(\d+)/.exec(clean)?.[1] ?? NaN);
  const skipped = Number(/Skipped:\s+(\d+)/.exec(clean)?.[1] ?? 0);
  if (Number.isNaN(total) || Number.isNaN(ok)) {
    failed++;
    failures.push(`${rel} (crashed before reporting: exit ${r.code}${r.signal ? `, ${r.signal}` : ''})`);
    return;
  }
  passed += ok;
  const bad = total - ok - skipped;
  // a skipped test is not a pass: count it as a failure so nothing hides behind .skip
  failed += bad + skipped;
  if (bad + skipped > 0) failures.push(`${rel} (${bad} failed${skipped ? `, ${skipped} skipped` : ''})`);
  else if (r.code !== 0) {
    failed++;
    failures.push(`${rel} (exit ${r.code} after its tests passed)`);
  }
}

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const started = Date.now();
if (only.length === 0) {
  await gate('typecheck (tsc --noEmit)', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit']);
  const built = await gate('build', process.execPath, ['scripts/build.mjs']);
  if (built) await gate('check-corpus', process.execPath, ['bin/swelearn.js', 'check-corpus']);
}
const files = testFiles(join(root, 'test')).filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
// units first, end-to-end (pty) last
files.sort((a, b) => Number(a.includes('/e2e/')) - Number(b.includes('/e2e/')) || a.localeCompare(b));
for (const f of files) await suite(f);
if (pack) await gate('pack and install (scripts/pack-install.mjs)', process.execPath, ['scripts/pack-install.mjs']);

console.log(`\n${failures.length ? `failed:\n  ${failures.join('\n  ')}\n` : ''}time: ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
