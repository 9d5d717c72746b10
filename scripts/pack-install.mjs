// Install as a user does, end to end: clone this checkout (committed files only), let `npm pack`
// build dist/ through the prepack script, install the tarball globally into a temporary prefix,
// then run the installed `swelearn`: --version, a one-shot search as JSON, and a piped session.
// Prints `pack-install: ok` or says which step failed, and exits 1. Run by `npm test` in CI
// (CI=true) or with --pack; it needs the npm registry or a warm npm cache for the dependencies.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'swelearn-pack-'));
const clone = join(work, 'clone');
const prefix = join(work, 'prefix');
const home = join(work, 'home');
let step = '';

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.status !== 0) {
    throw new Error(`${step}: \`${cmd} ${args.join(' ')}\` exited ${r.status ?? r.signal}\n${(r.stdout ?? '').slice(-2000)}\n${(r.stderr ?? '').slice(-4000)}`);
  }
  return r.stdout;
}

try {
  step = 'clone';
  sh('git', ['clone', '--quiet', '--no-hardlinks', root, clone]);
  // the build needs the dependencies; the clone borrows this checkout's (nothing outside the repo)
  symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');

  step = 'npm pack (prepack builds dist/)';
  const packed = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work], { cwd: clone }));
  const files = packed[0].files.map((f) => f.path);
  const tarball = join(work, packed[0].filename);
  for (const must of ['bin/swelearn.js', 'dist/cli.js', 'dist/sandbox-child.js', 'corpus/networking/websockets-long-polling.md']) {
    if (!files.includes(must)) throw new Error(`${step}: the tarball has no ${must}`);
  }
  const maps = files.filter((f) => f.endsWith('.map'));
  if (maps.length) throw new Error(`${step}: the tarball carries source maps: ${maps.slice(0, 3).join(', ')}`);
  if (files.some((f) => f.startsWith('test/') || f.startsWith('src/'))) throw new Error(`${step}: the tarball carries test/ or src/`);

  step = 'npm install -g (a temporary prefix)';
  sh('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel', 'error', tarball], { cwd: work });
  const bin = join(prefix, 'bin', 'swelearn');
  const env = { ...process.env, SWELEARN_HOME: home, NO_COLOR: '1', PATH: `${join(prefix, 'bin')}:${process.env.PATH}` };
  delete env.SWELEARN_CORPUS;

  step = 'swelearn --version';
  const version = sh(bin, ['--version'], { env, cwd: work }).trim();
  if (!/^swelearn \d+\.\d+\.\d+/.test(version)) throw new Error(`${step}: printed ${JSON.stringify(version)}`);

  step = 'swelearn find websocket --json';
  const hits = JSON.parse(sh(bin, ['find', 'websocket', '--json'], { env, cwd: work }));
  const list = Array.isArray(hits) ? hits : hits.hits ?? hits.data ?? [];
  if (!list.length || !JSON.stringify(list[0]).includes('websocket')) throw new Error(`${step}: no websocket lesson in ${JSON.stringify(hits).slice(0, 300)}`);

  step = 'a piped shell session';
  const session = sh(bin, [], { env, cwd: work, input: '.topic websockets-long-polling overview\nconst x: number = 6 * 7; x\n.exit\n' });
  if (!/WebSocket/i.test(session) || !/\b42\b/.test(session)) throw new Error(`${step}: unexpected output:\n${session.slice(0, 1500)}`);

  console.log(`pack-install: ok (${packed[0].filename}, ${files.length} files, ${Math.round(packed[0].size / 1024)} kB packed; ${version})`);
} catch (e) {
  console.log(`pack-install: failed at ${e.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
