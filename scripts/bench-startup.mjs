// Time to prompt: spawn -> "swe> " on screen in a pty, for swelearn and for a bare node REPL,
// alternating, median of N runs each. Target: swelearn <= 1.25x the bare REPL.
// usage: node scripts/bench-startup.mjs [runs=15] [-- extra swelearn args]
import { spawn } from 'node-pty';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2]) || 15;
const sep = process.argv.indexOf('--');
const extra = sep === -1 ? [] : process.argv.slice(sep + 1);
const home = mkdtempSync(join(tmpdir(), 'swe-bench-'));

function timeToPrompt(args) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const p = spawn(process.execPath, args, { cols: 100, rows: 30, cwd: root, env: { ...process.env, SWELEARN_HOME: home } });
    let out = '';
    const timer = setTimeout(() => {
      p.kill();
      reject(new Error(`no prompt after 10 s: ${out}`));
    }, 10_000);
    p.onData((d) => {
      out += d;
      if (out.includes('swe> ')) {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        clearTimeout(timer);
        p.kill();
        resolve(ms);
      }
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const bare = [];
const ours = [];
await timeToPrompt([join(root, 'bin/swelearn.js'), ...extra]); // warm the file cache
for (let i = 0; i < runs; i++) {
  bare.push(await timeToPrompt(['-e', "require('node:repl').start('swe> ')"]));
  ours.push(await timeToPrompt([join(root, 'bin/swelearn.js'), ...extra]));
}
const mb = median(bare);
const mo = median(ours);
console.log(`time to prompt, median of ${runs} alternating runs in a pty:`);
console.log(`  bare node REPL  ${mb.toFixed(1)} ms`);
console.log(`  swelearn        ${mo.toFixed(1)} ms${extra.length ? ` (${extra.join(' ')})` : ''}`);
console.log(`  ratio           ${(mo / mb).toFixed(2)}x (target <= 1.25x)`);
