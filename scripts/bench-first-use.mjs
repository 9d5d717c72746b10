// First use of each command in a session, against bare node:repl's time to prompt, in one run.
// Each round: bare `node -e "require('node:repl').start()"` to its prompt, then a fresh swelearn
// in a pty taken on the tour .find, .topic, .practice, .check, .drill (first paint of the card
// view, then Esc), .progress — each the first of its kind in the session — and its RSS after the
// tour (from /proc). Medians of N rounds. Target: every ratio <= 1.0, RSS <= 110 MB.
// usage: node scripts/bench-first-use.mjs [rounds=7]   (needs the build: npm run build)
import { spawn } from 'node-pty';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const rounds = Number(process.argv[2]) || 7;
const strip = (s) => s.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[=>()][0-9A-Za-z]?/g, '').replace(/\r/g, '');

function term(args, env = {}) {
  const p = spawn(process.execPath, args, { cols: 100, rows: 40, cwd: root, name: 'xterm-256color', env: { ...process.env, PAGER: 'cat', ...env } });
  let out = '';
  p.onData((d) => (out += d));
  return {
    p,
    get out() {
      return out;
    },
    /** ms until `re` matches what was printed after `from` */
    async until(re, from, what, timeoutMs = 30_000) {
      const t0 = performance.now();
      while (!re.test(strip(out.slice(from)))) {
        if (performance.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}:\n${strip(out.slice(from)).slice(-800)}`);
        await new Promise((r) => setImmediate(r));
      }
      return performance.now() - t0;
    },
  };
}

async function bareRepl() {
  const t0 = performance.now();
  const t = term(['-e', "require('node:repl').start('swe> ')"]);
  await t.until(/swe> $/, 0, 'the bare prompt');
  const ms = performance.now() - t0;
  t.p.kill();
  return ms;
}

/** Type a line; ms from Enter until `done` matches the output after it. */
async function timed(t, line, done, what, enter = '\r') {
  const from = t.out.length;
  const t0 = performance.now();
  t.p.write(line + enter);
  await t.until(done, from, what);
  return performance.now() - t0;
}

const PROMPT = /\n[^\n]*swe> $/;

async function tour() {
  const home = mkdtempSync(join(tmpdir(), 'swe-bench-'));
  const t = term([join(root, 'bin/swelearn.js')], { SWELEARN_HOME: home });
  await t.until(/swe> $/, 0, 'the prompt');
  // what a person does first: a moment passes before the first command is typed
  await new Promise((r) => setTimeout(r, 300));
  const r = {};
  r.find = await timed(t, '.find three way handshake', PROMPT, '.find');
  r.topic = await timed(t, '.topic 1', PROMPT, '.topic');
  r.practice = await timed(t, '.practice backoff-full-jitter', PROMPT, '.practice');
  r.check = await timed(t, '.check', PROMPT, '.check');
  r.drill = await timed(t, '.drill tcp-vs-udp', /Q: /, 'the first drill card');
  await new Promise((r) => setTimeout(r, 200));
  await timed(t, '\x1b', PROMPT, 'leaving the drill (Esc)', '');
  r.progress = await timed(t, '.progress', PROMPT, '.progress');
  const status = readFileSync(`/proc/${t.p.pid}/status`, 'utf8');
  r.rssMb = Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
  t.p.kill();
  return r;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

await bareRepl(); // warm the file cache
await tour();
const bare = [];
const tours = [];
for (let i = 0; i < rounds; i++) {
  bare.push(await bareRepl());
  tours.push(await tour());
}
const base = median(bare);
console.log(`first use in a session, median of ${rounds} rounds in a pty (100x40), against bare node:repl's time to prompt`);
console.log(`  bare node:repl to prompt   ${base.toFixed(1)} ms`);
for (const k of ['find', 'topic', 'practice', 'check', 'drill', 'progress']) {
  const m = median(tours.map((t) => t[k]));
  const label = k === 'drill' ? 'first .drill paint' : `first .${k}`;
  console.log(`  ${label.padEnd(26)} ${m.toFixed(1).padStart(7)} ms   ${(m / base).toFixed(2)}x${['topic', 'practice', 'check', 'drill'].includes(k) ? '  (target <= 1.00x)' : ''}`);
}
console.log(`  RSS after the tour         ${median(tours.map((t) => t.rssMb)).toFixed(1).padStart(7)} MB  (target <= 110 MB)`);
