// Drive the real swelearn binary in a pseudo-terminal, as a person would: wait for the prompt,
// type, read the screen. Every wait names the step it is waiting for when it times out.
import { spawn, type IPty } from 'node-pty';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'swelearn.js');

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[=>()][0-9A-Za-z]?/g;
export const strip = (s: string) => s.replace(ANSI, '').replace(/\r/g, '');

export interface Term {
  pty: IPty;
  /** everything printed so far, ANSI stripped */
  screen(): string;
  /** what was printed since the last mark() */
  sinceMark(): string;
  mark(): void;
  type(text: string): void;
  /** type a line and press Enter */
  line(text: string): void;
  waitFor(what: string | RegExp, step: string, timeoutMs?: number): Promise<string>;
  /** mark, type a line, and wait for the next prompt: what the line printed */
  run(line: string, step?: string, timeoutMs?: number): Promise<string>;
  /** wait for a fresh prompt after the mark */
  prompt(step: string, timeoutMs?: number): Promise<string>;
  exited: Promise<{ exitCode: number; signal?: number }>;
  kill(): void;
}

export function tempDir(prefix = 'swe-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function startTerm(opts: { args?: string[]; env?: Record<string, string>; cols?: number; rows?: number; dataDir?: string } = {}): Term {
  const dataDir = opts.dataDir ?? tempDir();
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'NO_COLOR' && k !== 'FORCE_COLOR') env[k] = v;
  const pty = spawn(process.execPath, [BIN, ...(opts.args ?? [])], {
    name: 'xterm-256color',
    cols: opts.cols ?? 100,
    rows: opts.rows ?? 40,
    cwd: ROOT,
    // a private data dir and config dir: the tester's own lessons and settings stay out
    env: { ...env, SWELEARN_HOME: dataDir, XDG_CONFIG_HOME: tempDir(), SWELEARN_CORPUS: '', PAGER: 'cat', ...opts.env },
  });
  let out = '';
  let markAt = 0;
  pty.onData((d) => (out += d));
  const exited = new Promise<{ exitCode: number; signal?: number }>((r) => pty.onExit(r));
  const term: Term = {
    pty,
    screen: () => strip(out),
    sinceMark: () => strip(out.slice(markAt)),
    mark: () => void (markAt = out.length),
    type: (text) => pty.write(text),
    line: (text) => pty.write(text + '\r'),
    async waitFor(what, step, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      const test = (s: string) => (typeof what === 'string' ? s.includes(what) : what.test(s));
      while (Date.now() < deadline) {
        const s = strip(out.slice(markAt));
        if (test(s)) return s;
        await new Promise((r) => setTimeout(r, 15));
      }
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${String(what)} (${step}); screen since mark:\n${strip(out.slice(markAt)).slice(-1500)}`);
    },
    prompt: (step, timeoutMs) => term.waitFor(/swe> $/, step, timeoutMs),
    async run(line, step, timeoutMs) {
      term.mark();
      term.line(line);
      // the echo of the line comes first; the prompt after it ends the output
      await term.waitFor(line.slice(0, 20), `echo of ${step ?? line}`, timeoutMs);
      const out = await term.waitFor(/\n[^\n]*swe> $/, step ?? line, timeoutMs);
      return out.slice(out.indexOf(line.slice(0, 20)) + Math.min(line.length, 20));
    },
    exited,
    kill: () => {
      try {
        pty.kill();
      } catch {
        /* already gone */
      }
    },
  };
  return term;
}
