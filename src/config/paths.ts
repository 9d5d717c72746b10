// Where swelearn keeps things, by the XDG base-directory conventions: the config file under
// $XDG_CONFIG_HOME/swelearn/, the prompt's history under $XDG_STATE_HOME/swelearn/. Paths are
// computed from the environment passed in (tests pass their own); nothing here is heavy.
import { copyFileSync, existsSync, mkdirSync, renameSync, unlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';

type Env = NodeJS.ProcessEnv;

/** An XDG base directory: the variable when it holds an absolute path (the spec ignores relative ones), else ~/FALLBACK. */
function xdg(env: Env, name: string, fallback: string): string {
  const value = env[name];
  return value && isAbsolute(value) ? value : join(env.HOME || homedir(), fallback);
}

/** The config file: $SWELEARN_CONFIG, else $XDG_CONFIG_HOME/swelearn/config.json (~/.config by default). */
export function configFile(env: Env = process.env): string {
  if (env.SWELEARN_CONFIG) return resolve(env.SWELEARN_CONFIG);
  return join(xdg(env, 'XDG_CONFIG_HOME', '.config'), 'swelearn', 'config.json');
}

/** The data directory a default set-up uses ($XDG_DATA_HOME/swelearn), ignoring SWELEARN_HOME. */
export function defaultDataHome(env: Env = process.env): string {
  return join(xdg(env, 'XDG_DATA_HOME', join('.local', 'share')), 'swelearn');
}

/**
 * The prompt's history file. $SWELEARN_HISTORY when set. With the default data directory it is
 * $XDG_STATE_HOME/swelearn/history (history is state, not data), and an older DATA/history is
 * moved there once. A data directory chosen with --data or SWELEARN_HOME keeps its own history,
 * so a private data dir (a test, a second profile) never touches the learner's real one.
 * Makes the file's folder (best effort: a read-only home leaves history off, reported by the REPL).
 */
export function historyFile(dataDir: string, env: Env = process.env): string {
  if (env.SWELEARN_HISTORY) return env.SWELEARN_HISTORY;
  const old = join(dataDir, 'history');
  if (resolve(dataDir) !== resolve(defaultDataHome(env))) return old;
  const file = join(xdg(env, 'XDG_STATE_HOME', join('.local', 'state')), 'swelearn', 'history');
  // a move that fails (read-only state dir) keeps using the old file rather than losing it
  if (!migrateOnce(old, file)) return old;
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch {
    return old;
  }
  return file;
}

/** Move `from` to `to` unless `to` exists already; false when `from` is still the one to use. */
function migrateOnce(from: string, to: string): boolean {
  if (existsSync(to) || !existsSync(from)) return true;
  try {
    mkdirSync(dirname(to), { recursive: true });
    try {
      renameSync(from, to);
    } catch {
      // another file system: copy, then remove the old one
      copyFileSync(from, to);
      unlinkSync(from);
    }
    return true;
  } catch {
    return existsSync(to);
  }
}
