// Wiring: options -> one Session (corpus loading, style, data dir, lazy progress store).
import { homedir } from 'node:os';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeCorpus, type Corpus } from './corpus/corpus.ts';
import { loadFolder } from './corpus/load.ts';
import type { Lesson, Problem } from './corpus/types.ts';
import { createStyle } from './render/style.ts';
import type { ProgressStore } from './progress/types.ts';
import type { Session } from './shell/session.ts';

export interface AppOptions {
  corpusDirs: string[];
  dataDir?: string;
  color?: boolean;
  width?: number;
  input?: NodeJS.ReadableStream & { isTTY?: boolean };
  output?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
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
  const xdg = env.XDG_DATA_HOME;
  return join(xdg ? resolve(xdg) : join(homedir(), '.local', 'share'), 'swelearn');
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

export async function loadCorpus(dirs: string[]): Promise<Corpus> {
  const builtin = await loadBuiltin();
  const lessons = [...builtin.lessons];
  const problems = [...builtin.problems];
  for (const dir of dirs) {
    const r = loadFolder(resolve(dir));
    lessons.push(...r.lessons);
    problems.push(...r.problems);
  }
  return makeCorpus(lessons, problems);
}

export function createSession(opts: AppOptions): Session {
  const env = opts.env ?? process.env;
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const tty = Boolean(output.isTTY);
  const style = createStyle({
    color: colorEnabled({ flag: opts.color, env, tty }),
    width: opts.width ?? (tty && output.columns ? output.columns : 80),
  });
  let corpus: Promise<Corpus> | undefined;
  let store: Promise<ProgressStore> | undefined;
  const dataDir = opts.dataDir ? resolve(opts.dataDir) : defaultDataDir(env);
  const session: Session = {
    corpus: () => (corpus ??= loadCorpus(opts.corpusDirs)),
    style,
    dataDir,
    interactive: Boolean(input.isTTY) && tty,
    input,
    output,
    current: null,
    lastList: [],
    exercise: null,
    progress: () =>
      (store ??= import('./progress/open.ts').then((m) => m.openProgress({ dataDir, output: session.output, style: session.style }))),
    evaluate: () => Promise.reject(new Error('evaluate needs the swe> shell')),
    scratch: new Map(),
    async close() {
      (session.scratch.get('topic:close') as (() => void) | undefined)?.();
      if (store) (await store).close();
    },
  };
  return session;
}
