// `swelearn trust DIR | --list | --remove DIR`: the folders whose lessons may run code in the
// shell (starters, solutions), recorded in the config file. Untrusted folders' code runs only in
// the sandbox. Returns the text to print; throws UsageError on bad input.
import { statSync } from 'node:fs';
import { UsageError } from '../errors.ts';
import { readConfig, updateConfig, expandPath } from './config-file.ts';
import { configFile } from './paths.ts';
import { realPath } from '../util/real-path.ts';
import { stripControl } from '../util/control-chars.ts';

export const TRUST_USAGE = 'usage: swelearn trust DIR | trust --list | trust --remove DIR';

export function trust(args: string[], env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const file = configFile(env);
  const read = readConfig(file, env);
  const show = (p: string) => stripControl(p);
  if (args.length === 1 && args[0] === '--list') {
    if (read.problem) throw new UsageError('trust', `${show(file)}: ${read.problem.message}`);
    return read.config.trusted.length ? read.config.trusted.map(show).join('\n') : `no trusted folders (${show(file)})`;
  }
  const remove = args[0] === '--remove';
  const rest = remove ? args.slice(1) : args;
  if (rest.length !== 1 || rest[0]!.startsWith('-')) throw new UsageError('trust', TRUST_USAGE);
  // never overwrite a config file we could not read: the learner's other settings are in it
  if (read.problem) throw new UsageError('trust', `${show(file)}: ${read.problem.message}; fix it first`);
  const dir = realPath(expandPath(rest[0]!, cwd, env));
  const trusted = read.config.trusted;
  if (remove) {
    const kept = trusted.filter((t) => realPath(t) !== dir);
    if (kept.length === trusted.length) throw new UsageError('trust', `${show(dir)} is not trusted (swelearn trust --list shows the trusted folders)`);
    updateConfig(file, { trusted: kept });
    return `no longer trusted: ${show(dir)}\nits lessons' starters and solutions run only in the sandbox again`;
  }
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new UsageError('trust', `${show(rest[0]!)}: no such folder`);
  if (trusted.some((t) => realPath(t) === dir)) return `already trusted: ${show(dir)}`;
  updateConfig(file, { trusted: [...trusted, dir] });
  return `trusted: ${show(dir)}\nits lessons' starters and solutions may now run in the shell (recorded in ${show(file)})`;
}
