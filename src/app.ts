// Wiring: options -> one Context (corpus loading, style, data dir, lazy progress store).
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCorpus, type Corpus } from './corpus/corpus.ts';
import { loadFolder } from './corpus/load.ts';
import type { Lesson, Problem } from './corpus/types.ts';
import { createStyle } from './render/style.ts';
import { configFile, defaultDataHome } from './config/paths.ts';
import { readConfig } from './config/config-file.ts';
import { corpusFolders, type CorpusFolder } from './corpus/folders.ts';
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

/** Where the package lives: the nearest folder above this module with our package.json. */
export const PACKAGE_ROOT = findRoot(fileURLToPath(new URL('.', import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'corpus'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..');
  }
}
export const BUILTIN_CORPUS = join(PACKAGE_ROOT, 'corpus');
export const CORPUS_SNAPSHOT = join(PACKAGE_ROOT, 'dist', 'corpus.json');
export const SEARCH_SNAPSHOT = join(PACKAGE_ROOT, 'dist', 'search-index.json');

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

export interface CorpusSnapshot {
  format: number;
  lessons: Lesson[];
  problems: Problem[];
}

/** The built-in lessons: the build's snapshot when there is one, else parsed from corpus/. */
export async function loadBuiltin(): Promise<{ lessons: Lesson[]; problems: Problem[] }> {
  try {
    // (node:fs/promises loads here, after the prompt is up, not at start-up)
    const { readFile } = await import('node:fs/promises');
    const snap = JSON.parse(await readFile(CORPUS_SNAPSHOT, 'utf8')) as CorpusSnapshot;
    if (snap.format === 1 && Array.isArray(snap.lessons)) {
      // built-in lessons are trusted, whatever an older snapshot recorded
      for (const l of snap.lessons) {
        l.path = join(PACKAGE_ROOT, l.path);
        l.trusted = true;
      }
      for (const p of snap.problems) p.file = join(PACKAGE_ROOT, p.file);
      return snap;
    }
  } catch {
    // no snapshot (running from source): parse the folder
  }
  return loadFolder(BUILTIN_CORPUS, { builtin: true });
}

/**
 * The built-in lessons, then every active folder: the config file's, SWELEARN_CORPUS's, then
 * `dirs` (--corpus). A folder's lessons are trusted when the learner trusted the folder.
 */
export async function loadCorpus(dirs: string[], env: NodeJS.ProcessEnv = process.env): Promise<Corpus> {
  const builtin = await loadBuiltin();
  const lessons = [...builtin.lessons];
  const problems = [...builtin.problems];
  const { config, problem } = readConfig(configFile(env), env);
  if (problem) problems.push(problem);
  const folders: CorpusFolder[] = [{ dir: BUILTIN_CORPUS, source: 'built-in', trusted: true }];
  for (const folder of corpusFolders({ cliDirs: dirs, env, config })) {
    folders.push(folder);
    if (!isFolder(folder.dir)) {
      problems.push({ level: 'error', file: folder.dir, message: `no such folder (named in ${folder.source === 'config' ? configFile(env) : folder.source})` });
      continue;
    }
    const r = loadFolder(folder.dir, { trusted: folder.trusted });
    lessons.push(...r.lessons);
    problems.push(...r.problems);
  }
  const corpus = makeCorpus(lessons, problems);
  corpus.folders = folders;
  return corpus;
}

export function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
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
