// Output into pipes: a reader that stops early, and a narrow --width.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { BIN, ROOT, tempDir } from '../helpers/pty.ts';
import { runSwelearn } from '../helpers/run.ts';

const s = suite('e2e/pipes');

s('a reader that closes the pipe early (| head) ends swelearn quietly, exit 0', async () => {
  // a script that keeps writing after the reader has gone
  const child = spawn(process.execPath, [BIN], { cwd: ROOT, env: { ...process.env, SWELEARN_HOME: tempDir() }, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.end('.topics\n'.repeat(20));
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((r) => child.on('close', r));
  assert.not.match(stderr, /EPIPE|Unhandled/, stderr);
  assert.is(code, 0);
});

s("the drill's intro line wraps at the width", async () => {
  const r = await runSwelearn(['--width', '40'], '.drill tcp-connection-lifecycle --new 1\nq\n');
  const intro = r.stdout.split('\n').slice(0, r.stdout.split('\n').findIndex((l) => l.startsWith('[1/1]')));
  assert.ok(intro.length >= 2, r.stdout);
  for (const line of intro) assert.ok(line.length <= 40, `"${line}" is wider than 40`);
});

s.run();
