// The one test Context: a corpus, a temp data dir, a progress store (real, opened lazily, or one
// the test passes), collected output and error streams, an input the test writes lines to, and an
// evaluate() that runs TypeScript in a vm context the way the shell does. `exec` runs a command
// line through the same runner and effect runner as the shell, and returns what reached stdout.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import vm from 'node:vm';
import type { Corpus } from '../../src/corpus/corpus.ts';
import { makeCorpus } from '../../src/corpus/corpus.ts';
import { createStyle } from '../../src/render/style.ts';
import { emptyState, type Context } from '../../src/shell/context.ts';
import type { ProgressStore } from '../../src/progress/types.ts';
import { openStore, type OpenOptions } from '../../src/progress/open.ts';
import type { Sandbox } from '../../src/practice/sandbox.ts';
import { toScript } from '../../src/practice/transpile.ts';
import { recordTyped } from '../../src/practice/practice-session.ts';
import type { Command } from '../../src/shell/command.ts';
import type { Outcome } from '../../src/shell/outcome.ts';
import { runCommand } from '../../src/shell/run-command.ts';
import { show } from '../../src/shell/effects.ts';
import { NotFoundError, SwelearnError, UsageError } from '../../src/errors.ts';

export interface TestContext extends Context {
  /** everything written to stdout so far */
  text(): string;
  /** everything written to stderr so far */
  errors(): string;
  /** write lines to the input */
  type(...lines: string[]): void;
  inputStream: PassThrough;
  /** TypeScript evaluated so far (evaluate()) */
  evaluated: string[];
  /** the vm context evaluate() runs in */
  vmContext: vm.Context;
}

export interface TestContextOptions {
  corpus?: Corpus;
  dataDir?: string;
  /** a store to use; else a real one is opened in dataDir on first use */
  store?: ProgressStore;
  open?: OpenOptions;
  width?: number;
  color?: boolean;
  now?: () => number;
  env?: NodeJS.ProcessEnv;
  /** streams that throw on write: proves a command does not write itself */
  throwingStreams?: boolean;
}

export function tempDir(prefix = 'swelearn-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

function collector(throwing: boolean): { stream: PassThrough; text: () => string; chunks: string[] } {
  const stream = new PassThrough();
  // chunks, not one growing string: exec() reads what one command wrote without flattening all
  // the output so far (which made a benchmark's thousands of runs quadratic)
  const chunks: string[] = [];
  if (throwing) {
    stream.write = () => {
      throw new Error('a command wrote to a stream');
    };
  } else stream.on('data', (d) => chunks.push(String(d)));
  return { stream, text: () => chunks.join(''), chunks };
}

/** What each test context's stdout received, chunk by chunk (for exec). */
const outputs = new WeakMap<Context, string[]>();

export function testContext(opts: TestContextOptions = {}): TestContext {
  const input = new PassThrough();
  const out = collector(Boolean(opts.throwingStreams));
  const err = collector(Boolean(opts.throwingStreams));
  const corpus = opts.corpus ?? makeCorpus([]);
  const dataDir = opts.dataDir ?? tempDir();
  let store: Promise<ProgressStore> | undefined = opts.store ? Promise.resolve(opts.store) : undefined;
  let sandbox: Promise<Sandbox> | undefined;
  const vmContext = vm.createContext({ console });
  const ctx: TestContext = {
    corpus: async () => corpus,
    progress: () => (store ??= Promise.resolve(openStore(dataDir, opts.open))),
    sandbox: () => (sandbox ??= import('../../src/practice/sandbox.ts').then(({ Sandbox }) => new Sandbox())),
    clock: { now: opts.now ?? (() => Date.now()) },
    streams: { input, output: out.stream, error: err.stream },
    env: opts.env ?? { ...process.env, SWELEARN_PAGER: 'off' },
    style: createStyle({ color: opts.color ?? false, width: opts.width ?? 80 }),
    dataDir,
    interactive: false,
    state: emptyState(),
    async evaluate(ts, o) {
      const value = new vm.Script(toScript(ts)).runInContext(vmContext);
      ctx.evaluated.push(ts);
      if (o?.record !== false) recordTyped(ctx, ts);
      return value;
    },
    async close() {
      ctx.state.stopReading?.();
      ctx.state.lines?.close();
      if (sandbox) (await sandbox).close();
      if (store && !opts.store) (await store).close();
    },
    text: out.text,
    errors: err.text,
    type: (...lines) => input.write(lines.map((l) => l + '\n').join('')),
    inputStream: input,
    evaluated: [],
    vmContext,
  };
  outputs.set(ctx, out.chunks);
  return ctx;
}

/** Run `cmd` on the argument text and return its outcome (as the shell would get it). */
export async function outcome(cmd: Command, args: string | string[], ctx: Context): Promise<Outcome> {
  return (await runCommand(cmd, args, ctx)).outcome;
}

/**
 * Run `cmd` as the shell does and return what it printed to stdout. An error outcome is thrown
 * again as the error family's class (usage → UsageError, not found → NotFoundError).
 */
export async function exec(cmd: Command, args: string | string[], ctx: TestContext): Promise<string> {
  const chunks = outputs.get(ctx) ?? [];
  const before = chunks.length;
  const ran = await runCommand(cmd, args, ctx);
  const o = ran.outcome;
  if (o.kind === 'error') {
    if (o.cause instanceof Error) throw o.cause;
    if (o.error === 'usage') throw Object.assign(new UsageError('', ''), { message: o.message });
    if (o.error === 'not-found') throw Object.assign(new NotFoundError('', ''), { message: o.message });
    throw new SwelearnError(o.message);
  }
  await show(o, ctx, { json: ran.json });
  return chunks.slice(before).join('').replace(/\n$/, '');
}
