// The config file (JSON): corpus folders to load on every run, and folders the learner trusts.
//   { "corpus": ["~/team-lessons"], "trusted": ["/home/me/team-lessons"] }
// Reading never throws: a missing file is an empty config, a broken one is a problem naming the
// file and line. Writing goes through a temporary file and a rename.
import { readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Problem } from '../errors.ts';

export interface Config {
  /** extra corpus folders, absolute */
  corpus: string[];
  /** folders whose lessons' code may run in the shell, absolute (real paths) */
  trusted: string[];
}

export interface ConfigRead {
  config: Config;
  /** set when the file exists but cannot be used; the config is then empty */
  problem?: Problem;
  /** the file exists (even if broken) */
  exists: boolean;
}

/** `~/x` and paths relative to the config file's folder, made absolute. */
export function expandPath(p: string, base: string, env: NodeJS.ProcessEnv = process.env): string {
  if (p === '~' || p.startsWith('~/')) return join(env.HOME || homedir(), p.slice(1));
  return resolve(base, p);
}

/** The line of a JSON.parse error, when node's message gives one (its wording varies by version). */
function lineOf(text: string, e: unknown): number | undefined {
  const message = (e as Error).message;
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const at = /position (\d+)/.exec(message);
  return at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
}

export function readConfig(file: string, env: NodeJS.ProcessEnv = process.env): ConfigRead {
  const empty: Config = { corpus: [], trusted: [] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { config: empty, exists: false };
    return { config: empty, exists: true, problem: { level: 'error', file, message: `cannot read the config file: ${code ?? (e as Error).message}` } };
  }
  if (text.trim() === '') return { config: empty, exists: true };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { config: empty, exists: true, problem: { level: 'error', file, line: lineOf(text, e), message: `the config file is not valid JSON: ${(e as Error).message.split('\n')[0]!.replace(/, "[\s\S]*$/, '')}` } };
  }
  const bad = (message: string): ConfigRead => ({ config: empty, exists: true, problem: { level: 'error', file, message } });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return bad('the config file must hold an object, e.g. {"corpus": ["~/lessons"]}');
  const obj = data as Record<string, unknown>;
  const list = (key: string): string[] | null => {
    const v = obj[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) return null;
    return v.filter((x) => x.trim() !== '').map((x) => expandPath(x, dirname(file), env));
  };
  const corpus = list('corpus');
  const trusted = list('trusted');
  if (!corpus) return bad('"corpus" must be a list of folder paths');
  if (!trusted) return bad('"trusted" must be a list of folder paths');
  return { config: { corpus, trusted }, exists: true };
}

/** Set some keys of the config file, keeping the others as written. Atomic: a temp file, then a rename. */
export function updateConfig(file: string, patch: Partial<Config>): void {
  let extra: Record<string, unknown> = {};
  try {
    const old = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (old && typeof old === 'object' && !Array.isArray(old)) extra = old as Record<string, unknown>;
  } catch {
    // no file yet (a broken one is refused before we get here)
  }
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ ...extra, ...patch }, null, 2) + '\n');
  renameSync(tmp, file);
}
