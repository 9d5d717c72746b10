// Wiring: options -> one Context (corpus loading, style, data dir, lazy progress store).
import { resolve } from 'node:path';
import type { Corpus } from './corpus/corpus.ts';
import { loadCorpus } from './corpus/sources.ts';
import { createStyle } from './render/style.ts';
import { defaultDataHome } from './config/paths.ts';
import type { ProgressStore } from './progress/types.ts';
import { emptyState, type Context } from './shell/context.ts';
import type { Sandbox } from './practice/sandbox.ts';

export interface AppOptions {
  corpusDirs: string[];
  dataDir?: string;
  color?: boolean;
  width?: number;
  input?: NodeJS.ReadableStream & { isTTY?: boolean };
  output?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  error?: NodeJS.WritableStream;
  env?: NodeJS.ProcessEnv;
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SWELEARN_HOME) return resolve(env.SWELEARN_HOME);
  return defaultDataHome(env);
}

export function colorEnabled(opts: { flag?: boolean; env: NodeJS.ProcessEnv; tty: boolean }): boolean {
  if (opts.flag === false) return false;
  if (opts.env.NO_COLOR !== undefined && opts.env.NO_COLOR !== '') return false;
  if (opts.flag === true) return true;
  if (opts.env.FORCE_COLOR !== undefined && opts.env.FORCE_COLOR !== '0') return true;
  return opts.tty && opts.env.TERM !== 'dumb';
}

export function createContext(opts: AppOptions): Context {
  const env = opts.env ?? process.env;
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const error = opts.error ?? process.stderr;
  const tty = Boolean(output.isTTY);
  const style = createStyle({
    color: colorEnabled({ flag: opts.color, env, tty }),
    width: opts.width ?? (tty && output.columns ? output.columns : 80),
  });
  // a terminal's width follows it when resized (a --width the user gave stays)
  if (tty && opts.width === undefined) {
    (output as NodeJS.WriteStream).on?.('resize', () => {
      if (output.columns) style.width = Math.max(30, output.columns);
    });
  }
  let corpus: Promise<Corpus> | undefined;
  let store: Promise<ProgressStore> | undefined;
  let sandbox: Promise<Sandbox> | undefined;
  const dataDir = opts.dataDir ? resolve(opts.dataDir) : defaultDataDir(env);
  const ctx: Context = {
    corpus: () => (corpus ??= loadCorpus(opts.corpusDirs, env)),
    style,
    dataDir,
    interactive: Boolean(input.isTTY) && tty,
    streams: { input, output, error },
    env,
    clock: { now: () => Date.now() },
    state: emptyState(),
    progress: () =>
      // the store's notices go to stderr, never to the output (`swelearn export > file` stays valid
      // JSON); coloured only when stderr is a terminal
      (store ??= import('./progress/open.ts').then((m) =>
        m.openStore(dataDir, { warn: (text) => error.write(`${(error as { isTTY?: boolean }).isTTY ? ctx.style.yellow(text) : text}\n`) }),
      )),
    sandbox: () => (sandbox ??= import('./practice/sandbox.ts').then(({ Sandbox }) => new Sandbox())),
    evaluate: () => Promise.reject(new Error('evaluate needs the swe> shell')),
    async close() {
      ctx.state.stopReading?.();
      ctx.state.stopReading = null;
      ctx.state.lines?.close();
      if (sandbox) (await sandbox.catch(() => null))?.close();
      if (store) (await store.catch(() => null))?.close();
    },
  };
  return ctx;
}
