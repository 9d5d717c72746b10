// Parse a command's argument text with yargs-parser: the same flags work at the swe> prompt
// (".find push --tag networking") and as one-shot argv ("swelearn find push --tag networking").
import parser from 'yargs-parser';
import { UsageError } from '../errors.ts';
import type { Args, Command } from './command.ts';

export interface ArgSpec {
  string?: string[];
  boolean?: string[];
  number?: string[];
  array?: string[];
  alias?: Record<string, string[]>;
}

export interface ParsedArgs {
  /** positional words */
  _: string[];
  [flag: string]: unknown;
}

/** Split a command line into words, honouring "double" and 'single' quotes. */
export function tokenize(line: string): string[] {
  const words: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (const m of line.matchAll(re)) words.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[3])!);
  return words;
}

export function parseArgs(command: string, input: string | string[], spec: ArgSpec = {}): ParsedArgs {
  const argv = Array.isArray(input) ? input : tokenize(input);
  // plain words need no option parser (yargs-parser costs more than a .find search)
  if (!argv.some((w) => w.startsWith('-'))) return { _: argv.map(String) };
  const known = new Set(['_', '--', ...(spec.string ?? []), ...(spec.boolean ?? []), ...(spec.number ?? []), ...(spec.array ?? [])]);
  for (const names of Object.values(spec.alias ?? {})) for (const n of names) known.add(n);
  for (const a of Object.keys(spec.alias ?? {})) known.add(a);
  const out = parser(argv, {
    string: spec.string,
    boolean: spec.boolean,
    number: spec.number,
    array: spec.array,
    alias: spec.alias,
    // no --no-X negation: no command declares one, and it turned --no-such-flag into --such-flag
    configuration: { 'camel-case-expansion': false, 'strip-aliased': true, 'unknown-options-as-args': false, 'boolean-negation': false },
  });
  for (const key of Object.keys(out)) {
    if (!known.has(key)) throw new UsageError(`.${command}`, `unknown option --${key}`);
  }
  for (const n of spec.number ?? []) {
    if (out[n] !== undefined && Number.isNaN(out[n])) throw new UsageError(`.${command}`, `--${n} needs a number`);
  }
  return { ...out, _: out._.map(String) } as ParsedArgs;
}

/** The yargs-parser spec of a command's declared flags, with --help and (unless json is false) --json. */
export function specOf(cmd: Pick<Command, 'flags' | 'json'>): ArgSpec {
  const spec: Required<ArgSpec> = { string: [], boolean: ['help'], number: [], array: [], alias: { help: ['h'] } };
  if (cmd.json !== false) spec.boolean.push('json');
  for (const [name, flag] of Object.entries(cmd.flags)) {
    spec[flag.type].push(name);
    if (flag.alias?.length) spec.alias[name] = flag.alias;
  }
  return spec;
}

/** Parse a command's arguments (the text typed after it, or one-shot argv) by its declaration. */
export function argsOf(cmd: Pick<Command, 'name' | 'flags' | 'json'>, input: string | string[]): Args {
  return parseArgs(cmd.name, input, specOf(cmd));
}
