// A command: its declaration (name, help, flags) and its action. `run` gets the parsed arguments
// and a Context, and returns an Outcome: data to show, an effect for the shell, or an error. It
// never writes to a stream. `swelearn NAME --help`, `.help NAME` and the argument parser all read
// the same declaration.
import type { Context } from './context.ts';
import type { Outcome } from './outcome.ts';

export type FlagType = 'string' | 'boolean' | 'number' | 'array';

export interface Flag {
  type: FlagType;
  /** one line for the help */
  desc: string;
  /** the value's placeholder in the help: --tag TAG */
  arg?: string;
  alias?: string[];
}

export interface Args {
  /** positional words */
  _: string[];
  [flag: string]: unknown;
}

export interface Command {
  /** without the dot */
  name: string;
  /** one line for .help */
  summary: string;
  /** e.g. ".topic ID|words|N [SECTION]" */
  usage: string;
  /** a few lines for `.help NAME` */
  detail: string;
  /** its own flags (--help, and --json unless `json` is false, come with every command) */
  flags: Record<string, Flag>;
  /** false: shows no data, so takes no --json */
  json?: boolean;
  /** needs the live shell (an exercise in progress, an editor): not a one-shot */
  shellOnly?: boolean;
  /** completions for the argument text typed so far */
  complete?(partial: string, ctx: Context): Promise<string[]> | string[];
  run(args: Args, ctx: Context): Promise<Outcome> | Outcome;
}
