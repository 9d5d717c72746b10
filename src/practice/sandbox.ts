// The parent side of the checks' sandbox. One child process is started ahead of need (warm), so
// `.check` does not wait for node to boot; it runs one job and is then killed, and the next one
// is started: every run gets a pristine process.
//
// Limits, each with its own verdict:
// - wall clock: the parent SIGKILLs the child when the exercise's limit passes;
// - memory: V8's heap flag (--max-old-space-size) plus an address-space limit (ulimit -v), which
//   also catches ArrayBuffers and other memory outside V8's heap;
// - output: the child keeps at most outputCap characters; the parent reads at most that much from
//   the child's real stdout/stderr and closes the pipe past it;
// - the system: Node's permission model, reading only the child's own script: no file access, no
//   child processes, no workers (even through process.getBuiltinModule); a CPU-time limit
//   (ulimit -t) stops a child that outlives a crashed parent;
// - forgery: the learner's code runs in a realm without process or require, apart from the
//   checks' realm (src/practice/run-checks.ts); the child's own realm has frozen intrinsics and no
//   code generation from strings; and the parent accepts only messages carrying this run's nonce,
//   results in order for the checks declared, and a `done` that agrees with them.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SandboxError } from '../errors.ts';
import { sandboxChildScript } from './child-script.ts';
import { formatBytes } from './output-buffer.ts';
import { parseFromChild, type SandboxJob } from './sandbox-protocol.ts';
import type { CheckProgress, CheckResult, RunReport } from './run-checks.ts';
import { topLevelNames } from './top-level-names.ts';

export const DEFAULT_TIMEOUT_MS = 2000;
export const DEFAULT_MEMORY_MB = 256;
export const DEFAULT_OUTPUT_CAP = 64 * 1024;
/**
 * Address space node needs besides the heap limit. Measured on node 20 (x64, Linux): it will not
 * start under `ulimit -v` below ~730 MB (V8 reserves its code range up front); 1024 MB leaves
 * room for threads and code. If node still fails to start, the base is doubled and it retries.
 */
export const BASE_ADDRESS_SPACE_MB = 1024;
/** CPU seconds a child may use in all: a backstop if the parent dies without killing it */
const CPU_LIMIT_S = 90;
const READY_TIMEOUT_MS = 15_000;
/** node 20 has --experimental-permission; later versions call it --permission */
const PERMISSION_FLAG = process.allowedNodeEnvironmentFlags.has('--permission') ? '--permission' : '--experimental-permission';
const STDERR_KEEP = 16 * 1024;

export type Verdict =
  /** the run finished: every declared check ran (some may have failed) */
  | { kind: 'finished' }
  | { kind: 'timeout'; limitMs: number; check?: string; memoryMb?: number }
  | { kind: 'memory'; limitMb: number; check?: string }
  | { kind: 'died'; code: number | null; signal: string | null; check?: string; detail?: string };

/** Why a run was stopped, as data: stopSentence() words it (check-corpus words the time limit its own way). */
export type StopReason =
  | { reason: 'forged'; forged: string }
  | { reason: 'timeout'; limitMs: number; limitMb: number; midMb?: number; endMb?: number; how?: StopProgress }
  | { reason: 'memory'; limitMb: number }
  | { reason: 'killed' }
  | { reason: 'cpu' }
  | { reason: 'died'; code: number | null; signal: string | null; detail?: string };

export interface Stop {
  why: StopReason;
  /** where the run was: in a check, after the checks, loading the learner's code; none: not said */
  at: { check: string } | 'after' | 'loading' | 'none';
}

export interface SandboxReport extends RunReport {
  verdict: Verdict;
  /** one sentence for a run that was stopped (undefined when it finished): stopSentence(stop) */
  stopped?: string;
  /** why and where it was stopped, as data */
  stop?: Stop;
  /** ms from handing over the job to having the answer */
  wallMs: number;
}

export interface RunJob {
  chunks: string[];
  /** the learner's top-level names; default: found in the chunks */
  names?: string[];
  checks: string;
  timeoutMs?: number;
  memoryMb?: number;
  outputCap?: number;
  checkTimeoutMs?: number;
}

export interface SandboxOptions {
  /** the child script; default: found by sandboxChildScript() */
  script?: string;
  /** heap limit of the warm child (a job asking for another limit gets a fresh child) */
  memoryMb?: number;
  baseAddressSpaceMb?: number;
  /** start a warm child at once (default true) */
  warm?: boolean;
  /**
   * Keep a child that finished a job for the next one (check-corpus: trusted lesson code, where
   * node's start-up would dominate). Each job still gets a fresh vm context, and its timers are
   * cleared; a child that was stopped is never reused. Default false: a pristine process per run.
   */
  reuse?: boolean;
}

interface Child {
  /** null until the child script's path is known and node is spawned */
  proc: ChildProcess | null;
  /** kill() was called, perhaps before the process existed */
  killed: boolean;
  memoryMb: number;
  ready: Promise<void>;
  exited: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  stdout: string;
  stdoutCap: number;
  stdoutDropped: number;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;
function trackChild(proc: ChildProcess) {
  live.add(proc);
  proc.once('exit', () => live.delete(proc));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const p of live) p.kill('SIGKILL');
    });
  }
}

/** Kill a child, or see that it is killed on spawn if it has not been spawned yet. */
function killChild(child: Child): void {
  child.killed = true;
  child.proc?.kill('SIGKILL');
}

const OOM = /heap out of memory|Fatal process out of memory|process out of memory|Allocation failed|Committing semi space failed|Failed to reserve virtual memory|Cannot allocate memory/i;

/** Resident memory of a process in MB (Linux), or undefined. */
function rssMb(pid: number | undefined): number | undefined {
  if (!pid || process.platform !== 'linux') return undefined;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

/** How far a stopped check had got, from its last progress message. */
export interface StopProgress {
  /** checks that had passed before it */
  passed: number;
  /** checks declared */
  total: number;
  progress?: CheckProgress;
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** What a timed-out run was doing, judged from its memory at half time and at the end, and how far it got. */
export function timeoutMessage(
  limitMs: number,
  limitMb: number,
  midMb: number | undefined,
  endMb: number | undefined,
  how?: StopProgress,
  limit = `${limitMs} ms, the time limit`,
): string {
  const base = `stopped after ${limit}`;
  if (endMb !== undefined && midMb !== undefined && endMb >= limitMb * 0.4 && endMb - midMb >= 16) {
    return `${base}, with memory still climbing (${endMb} MB; the limit is ${limitMb} MB): an allocation without end?`;
  }
  if (!how) return `${base}: an endless loop, or async code that awaits in a loop and never lets go?`;
  const far: string[] = [];
  if (how.total > 0) far.push(`${how.passed} of ${how.total} checks had passed before this one`);
  const p = how.progress;
  if (p && (p.assertions > 0 || p.calls > 0)) {
    const within = [p.calls > 0 ? count(p.calls, 'call') + ' into your code' : '', p.assertions > 0 ? count(p.assertions, 'assertion') + ' passed' : ''].filter(Boolean).join(' and ');
    far.push(`within it, at least ${within}${p.label ? ` (the last: ${JSON.stringify(p.label)})` : ''}`);
    if (p.call) far.push(`the last call seen: ${p.call}`);
  } else far.push('no progress was reported within it');
  return `${base}; ${far.join('; ')}. Your solution may be too slow for this input (see the complexity the task asks for), or it never ends (an endless loop, or async code that awaits in a loop)`;
}

export interface StopWording {
  /** the time limit as said after "stopped after" (default: "2000 ms, the time limit") */
  timeLimit?: string;
}

/** One sentence for why a run was stopped. */
export function stopWhy(why: StopReason, wording: StopWording = {}): string {
  switch (why.reason) {
    case 'forged':
      return `the checks' process sent messages that do not belong to this run (${why.forged}), so it was stopped and nothing it said counts`;
    case 'timeout':
      return timeoutMessage(why.limitMs, why.limitMb, why.midMb, why.endMb, why.how, wording.timeLimit);
    case 'memory':
      return `ran out of memory (the limit is ${why.limitMb} MB)`;
    case 'killed':
      return "the checks' process was killed from outside (SIGKILL: is the system short of memory?)";
    case 'cpu':
      return 'used up its CPU time';
    case 'died':
      return `the checks' process died (${why.signal ?? `exit code ${why.code}`})${why.detail ? `: ${why.detail}` : ''}`;
  }
}

/** The report's `stopped` sentence: why, then where the run was. */
export function stopSentence(stop: Stop, wording: StopWording = {}): string {
  const why = stopWhy(stop.why, wording);
  if (stop.at === 'none') return why;
  if (stop.at === 'after') return `${why} (after the checks: something your code started kept running)`;
  if (stop.at === 'loading') return `${why} (while loading your code)`;
  return `${why} (during "${stop.at.check}")`;
}

export class Sandbox {
  private warm: Child | null = null;
  private scriptPath: Promise<string>;
  private base: number;
  private closed = false;
  private reuse: boolean;
  /** the heap limit the next warm child gets: the last run's */
  private nextMemoryMb: number;
  readonly memoryMb: number;

  constructor(opts: SandboxOptions = {}) {
    this.scriptPath = opts.script ? Promise.resolve(opts.script) : sandboxChildScript();
    this.scriptPath.catch(() => {}); // reported when a run needs it
    this.memoryMb = opts.memoryMb ?? DEFAULT_MEMORY_MB;
    this.base = opts.baseAddressSpaceMb ?? BASE_ADDRESS_SPACE_MB;
    this.nextMemoryMb = this.memoryMb;
    this.reuse = opts.reuse ?? false;
    if (opts.warm !== false) this.prepare();
  }

  /** Start a child now (if none is waiting) so that the next run finds it booted. */
  prepare(memoryMb = this.nextMemoryMb): void {
    if (this.closed) return;
    this.nextMemoryMb = memoryMb;
    if (this.warm && !this.warm.exited && this.warm.memoryMb === memoryMb) return;
    if (this.warm) killChild(this.warm);
    this.warm = this.spawnChild(memoryMb);
    this.warm.ready.catch(() => {}); // a failed start is reported by the run that needs it
  }

  /** Resolves when the warm child has booted (benchmarks wait on this between runs). */
  async ready(): Promise<void> {
    for (;;) {
      if (this.closed) throw new SandboxError('the sandbox is closed');
      this.prepare();
      const warm = this.warm!;
      try {
        await keepAlive(warm.ready);
      } catch (e) {
        if (warm === this.warm) throw e;
      }
      if (warm === this.warm && !warm.exited) return;
      if (this.closed) throw new SandboxError('the sandbox is closed');
    }
  }

  close(): void {
    this.closed = true;
    if (this.warm) killChild(this.warm);
    this.warm = null;
  }

  private spawnChild(memoryMb: number): Child {
    const child: Child = {
      proc: null,
      killed: false,
      memoryMb,
      ready: Promise.resolve(),
      exited: false,
      code: null,
      signal: null,
      stderr: '',
      stdout: '',
      stdoutCap: DEFAULT_OUTPUT_CAP,
      stdoutDropped: 0,
    };
    child.ready = this.scriptPath.then(
      (script) =>
        new Promise<void>((resolve, reject) => {
          const nodeArgs = [
            PERMISSION_FLAG,
            `--allow-fs-read=${script}`,
            `--max-old-space-size=${memoryMb}`,
            '--no-warnings',
            // the child's own realm: no eval or new Function, and built-ins nobody can patch
            '--disallow-code-generation-from-strings',
            '--frozen-intrinsics',
            script,
          ];
          const limitKb = (this.base + memoryMb) * 1024;
          const env = { MALLOC_ARENA_MAX: '2' };
          const proc =
            process.platform === 'win32'
              ? spawn(process.execPath, nodeArgs, { stdio: ['ignore', 'pipe', 'pipe', 'ipc'], env, windowsHide: true })
              : spawn(
                  '/bin/sh',
                  ['-c', `ulimit -v ${limitKb} 2>/dev/null; ulimit -t ${CPU_LIMIT_S} 2>/dev/null; exec "$0" "$@"`, process.execPath, ...nodeArgs],
                  { stdio: ['ignore', 'pipe', 'pipe', 'ipc'], env },
                );
          child.proc = proc;
          trackChild(proc);
          if (child.killed) proc.kill('SIGKILL'); // closed or replaced before it was spawned
          proc.stdout!.setEncoding('utf8');
          proc.stderr!.setEncoding('utf8');
          proc.stdout!.on('data', (d: string) => {
            // past the cap the pipe is drained and dropped (closing it would leave a writer spinning)
            if (child.stdout.length < child.stdoutCap) child.stdout = (child.stdout + d).slice(0, child.stdoutCap);
            else child.stdoutDropped += d.length;
          });
          proc.stderr!.on('data', (d: string) => {
            child.stderr = (child.stderr + d).slice(-STDERR_KEEP);
          });
          const timer = setTimeout(() => {
            proc.kill('SIGKILL');
            reject(new SandboxError(`the sandbox did not start within ${READY_TIMEOUT_MS / 1000} s`));
          }, READY_TIMEOUT_MS);
          timer.unref();
          const onMessage = (m: unknown) => {
            if (parseFromChild(m)?.type !== 'ready') return;
            clearTimeout(timer);
            proc.off('message', onMessage);
            resolve();
          };
          proc.on('message', onMessage);
          proc.once('error', (e) => {
            clearTimeout(timer);
            reject(new SandboxError(`could not start the sandbox: ${e.message}`));
          });
          proc.once('exit', (code, signal) => {
            child.exited = true;
            child.code = code;
            child.signal = signal;
            clearTimeout(timer);
            reject(new SandboxError(`the sandbox stopped while starting (${signal ?? `exit code ${code}`}): ${lastLine(child.stderr) || 'no message'}`));
          });
          // an idle warm child must not keep the shell (or a script) alive
          proc.unref();
          proc.channel?.unref();
          (proc.stdout as unknown as { unref?: () => void }).unref?.();
          (proc.stderr as unknown as { unref?: () => void }).unref?.();
        }),
    );
    return child;
  }

  /** The warm child if it fits, else a new one; retried when node cannot start under the limit. */
  private async acquire(memoryMb: number): Promise<Child> {
    let child = this.warm && !this.warm.exited && this.warm.memoryMb === memoryMb ? this.warm : null;
    if (child) this.warm = null;
    else child = this.spawnChild(memoryMb);
    for (let attempt = 1; ; attempt++) {
      try {
        await child.ready;
        if (!child.exited) return child;
      } catch (e) {
        if (attempt >= 3) throw e;
        // node could not reserve its address space under the limit: give it more
        if (/Failed to reserve virtual memory|CodeRange/.test(child.stderr)) this.base *= 2;
        else if (!child.exited) throw e;
      }
      // a warm child that died while idle, or one that could not boot: a fresh one
      child = this.spawnChild(memoryMb);
    }
  }

  /** Run one job in a pristine process. Never throws for what the learner's code does. */
  async run(job: RunJob): Promise<SandboxReport> {
    if (this.closed) throw new SandboxError('the sandbox is closed');
    const memoryMb = job.memoryMb ?? this.memoryMb;
    const timeoutMs = job.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const outputCap = job.outputCap ?? DEFAULT_OUTPUT_CAP;
    const child = await keepAlive(this.acquire(memoryMb));
    child.stdoutCap = outputCap;
    child.stdout = '';
    child.stdoutDropped = 0;
    let report: SandboxReport;
    try {
      const names = job.names ?? topLevelNames(job.chunks);
      const nonce = globalThis.crypto.randomUUID();
      report = await this.runIn(child, { chunks: job.chunks, names, checks: job.checks, timeoutMs, outputCap, checkTimeoutMs: job.checkTimeoutMs, nonce }, memoryMb);
    } catch (e) {
      killChild(child);
      throw e;
    }
    if (this.reuse && report.verdict.kind === 'finished' && !child.exited && !this.closed && !this.warm) {
      this.warm = child;
      child.proc?.unref();
      return report;
    }
    killChild(child);
    // the next run's process boots while the learner reads this one's results
    this.nextMemoryMb = memoryMb;
    if (!this.closed) setImmediate(() => this.prepare());
    return report;
  }

  private runIn(child: Child, job: SandboxJob, memoryMb: number): Promise<SandboxReport> {
    const proc = child.proc;
    if (!proc) return Promise.reject(new SandboxError('the sandbox child was never started'));
    const t0 = performance.now();
    let declared: string[] | null = null;
    const results: (CheckResult | undefined)[] = [];
    let running: { index: number; name: string } | null = null;
    let progress: CheckProgress | undefined;
    let forged = '';
    let error: string | undefined;
    let timedOut = false;
    let memoryUsedMb: number | undefined;
    let midMb: number | undefined;
    return new Promise<SandboxReport>((resolve) => {
      let settled = false;
      const finish = (report: SandboxReport) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearTimeout(midway);
        proc.off('message', onMessage);
        proc.off('exit', onExit);
        resolve(report);
      };
      // messages must come in the order a run makes them: declared, then start/result per check
      // in turn, then done agreeing with the results; anything else stops the run as a forgery
      const reject = (why: string) => {
        forged ||= why;
        proc.kill('SIGKILL');
      };
      const onMessage = (raw: unknown) => {
        const m = parseFromChild(raw, job.nonce);
        if (!m || m.type === 'ready') return;
        if (m.type === 'declared') {
          if (declared) return reject('declared its checks twice');
          declared = m.names;
        } else if (m.type === 'start') {
          if (!declared || m.index !== results.length || m.name !== declared[m.index]) return reject(`started check ${m.index} out of turn`);
          running = { index: m.index, name: m.name };
          progress = undefined;
        } else if (m.type === 'error') {
          error ??= m.text;
        } else if (m.type === 'progress') {
          if (running && m.progress.index === running.index) progress = m.progress;
        } else if (m.type === 'result') {
          if (!running || m.index !== running.index || m.result.name !== running.name) return reject(`a result for check ${m.index} that was not running`);
          results[m.index] = m.result;
          running = null;
        } else if (m.type === 'done') {
          const report = m.report;
          const agrees =
            declared !== null &&
            !running &&
            report.results.length === declared.length &&
            results.length === declared.length &&
            report.results.every((r, i) => results[i] !== undefined && r.name === results[i]!.name && r.ok === results[i]!.ok);
          if (!agrees) return reject('a final report that does not match the checks it ran');
          report.output += rawOutput(child);
          finish({ ...report, results: results as CheckResult[], verdict: { kind: 'finished' }, wallMs: performance.now() - t0 });
        }
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        // let the stderr pipe deliver its last words (an out-of-memory message) first
        const report = () => finish(this.stoppedReport(child, { declared, results, running, progress, forged, error, timedOut, memoryUsedMb, midMb, code, signal, job, memoryMb, t0 }));
        if (proc.stderr!.readableEnded || proc.stderr!.destroyed) report();
        else {
          proc.stderr!.once('end', report);
          setTimeout(report, 50);
        }
      };
      const timer = setTimeout(() => {
        timedOut = true;
        memoryUsedMb = rssMb(proc.pid);
        proc.kill('SIGKILL');
      }, job.timeoutMs);
      const midway = setTimeout(() => (midMb = rssMb(proc.pid)), job.timeoutMs / 2);
      proc.on('message', onMessage);
      proc.on('exit', onExit);
      proc.ref();
      try {
        proc.send({ type: 'job', job }, (err) => {
          if (err && !settled) proc.kill('SIGKILL');
        });
      } catch {
        proc.kill('SIGKILL');
      }
    });
  }

  private stoppedReport(
    child: Child,
    s: {
      declared: string[] | null;
      results: (CheckResult | undefined)[];
      running: { index: number; name: string } | null;
      progress: CheckProgress | undefined;
      forged: string;
      error: string | undefined;
      timedOut: boolean;
      memoryUsedMb: number | undefined;
      midMb: number | undefined;
      code: number | null;
      signal: NodeJS.Signals | null;
      job: SandboxJob;
      memoryMb: number;
      t0: number;
    },
  ): SandboxReport {
    const check = s.running?.name;
    let verdict: Verdict;
    let stopWhyData: StopReason;
    if (s.forged) {
      verdict = { kind: 'died', code: s.code, signal: s.signal, check, detail: `forged messages: ${s.forged}` };
      stopWhyData = { reason: 'forged', forged: s.forged };
    } else if (s.timedOut) {
      verdict = { kind: 'timeout', limitMs: s.job.timeoutMs, check, memoryMb: s.memoryUsedMb };
      const how = s.running
        ? { passed: s.results.filter((r) => r?.ok).length, total: s.declared?.length ?? 0, progress: s.progress }
        : undefined;
      stopWhyData = { reason: 'timeout', limitMs: s.job.timeoutMs, limitMb: s.memoryMb, midMb: s.midMb, endMb: s.memoryUsedMb, how };
    } else if (OOM.test(child.stderr) || s.signal === 'SIGSEGV' && /memory/i.test(child.stderr)) {
      verdict = { kind: 'memory', limitMb: s.memoryMb, check };
      stopWhyData = { reason: 'memory', limitMb: s.memoryMb };
    } else if (s.signal === 'SIGKILL') {
      verdict = { kind: 'died', code: s.code, signal: s.signal, check, detail: 'killed from outside' };
      stopWhyData = { reason: 'killed' };
    } else if (s.signal === 'SIGXCPU') {
      verdict = { kind: 'died', code: s.code, signal: s.signal, check };
      stopWhyData = { reason: 'cpu' };
    } else {
      const detail = lastLine(child.stderr);
      verdict = { kind: 'died', code: s.code, signal: s.signal, check, detail: detail || undefined };
      stopWhyData = { reason: 'died', code: s.code, signal: s.signal, detail: detail || undefined };
    }
    const why = stopWhy(stopWhyData);
    const results: CheckResult[] = [];
    const names = s.declared ?? [];
    if (s.forged) {
      // nothing from a run that sent forged messages counts
      for (let i = 0; i < names.length; i++) results.push({ name: names[i]!, ok: false, message: why, ms: 0 });
      const stop: Stop = { why: stopWhyData, at: 'none' };
      return { results, output: rawOutput(child), ms: performance.now() - s.t0, wallMs: performance.now() - s.t0, verdict, stop, stopped: why, error: why };
    }
    for (let i = 0; i < Math.max(names.length, s.results.length); i++) {
      const done = s.results[i];
      if (done) results.push(done);
      else if (s.running && i === s.running.index) results.push({ name: s.running.name, ok: false, message: why, ms: performance.now() - s.t0 });
      else results.push({ name: names[i] ?? `check ${i + 1}`, ok: false, message: 'not run (the run stopped before it)', ms: 0, skipped: true });
    }
    const stop: Stop = { why: stopWhyData, at: check ? { check } : s.declared ? 'after' : 'loading' };
    const report: SandboxReport = {
      results,
      output: rawOutput(child),
      ms: performance.now() - s.t0,
      wallMs: performance.now() - s.t0,
      verdict,
      stop,
      stopped: stopSentence(stop),
    };
    if (!s.declared) report.error = `your code did not finish loading: ${why}`;
    else if (s.error) report.error = s.error;
    return report;
  }
}

/** What the child wrote straight to its stdout (around the capture), capped. */
function rawOutput(child: Child): string {
  if (!child.stdout && !child.stdoutDropped) return '';
  const nl = child.stdout.endsWith('\n') ? '' : '\n';
  return child.stdout + (child.stdoutDropped ? `${nl}… ${formatBytes(child.stdoutDropped)} more written straight to stdout, dropped\n` : '');
}

/** Hold the event loop open while someone waits on an (unref'd) child. */
async function keepAlive<T>(p: Promise<T>): Promise<T> {
  const hold = setInterval(() => {}, 1 << 30);
  try {
    return await p;
  } finally {
    clearInterval(hold);
  }
}

/**
 * The line of a child's stderr that says what went wrong: the thrown error's line when node died
 * of an uncaught exception (its stack ends with "Node.js v20…", which says nothing), else the last.
 */
function lastLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^\(Use `node --trace/.test(l) && !/^\s*\d+: 0x/.test(l) && !/^-+ Native stack/.test(l) && !/^Node\.js v\d/.test(l));
  const thrown = lines.findLast((l) => /^(?:[A-Z]\w*)?(?:Error|Exception)\b.*:/.test(l) || /^Uncaught\b/.test(l));
  return (thrown ?? lines.at(-1) ?? '').slice(0, 300);
}
