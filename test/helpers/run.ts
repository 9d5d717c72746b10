// Run the real binary with piped stdin (script mode) and collect its output.
import { spawn } from 'node:child_process';
import { BIN, ROOT, tempDir } from './pty.ts';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runSwelearn(args: string[], input = '', env: Record<string, string> = {}): Promise<RunResult> {
  // a person's pipe: no colour forced either way (uvu itself sets FORCE_COLOR)
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'FORCE_COLOR' && k !== 'NO_COLOR') base[k] = v;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      // a private data dir and config dir: the tester's own lessons and settings stay out
      env: { ...base, SWELEARN_HOME: env.SWELEARN_HOME ?? tempDir(), XDG_CONFIG_HOME: tempDir(), SWELEARN_CORPUS: '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`swelearn ${args.join(' ')} did not finish in 30 s; output so far:\n${stdout}\n${stderr}`));
    }, 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, stdout, stderr });
    });
    child.stdin.end(input);
  });
}
