// Run one command: parse its arguments by its declaration, answer --help from it, and turn
// whatever the command throws into an error outcome by kind. Shared by the shell and one-shots.
import type { Command } from './command.ts';
import type { Context } from './context.ts';
import type { Outcome } from './outcome.ts';
import { argsOf } from './args.ts';
import { messageOf, NotFoundError, SwelearnError, UsageError } from '../errors.ts';

export interface Ran {
  outcome: Outcome;
  /** --json was asked for */
  json: boolean;
}

/** The outcome of `cmd` on `input`; never throws. */
export async function runCommand(cmd: Command, input: string | string[], ctx: Context): Promise<Ran> {
  let json = false;
  const done = (outcome: Outcome): Ran => ({ outcome, json });
  try {
    const args = argsOf(cmd, input);
    json = args.json === true;
    if (args.help) return done({ kind: 'help', data: { command: cmd.name } });
    return done(await cmd.run(args, ctx));
  } catch (e) {
    return done(errorOutcome(e, cmd.name));
  }
}

/** An error as an outcome: usage errors exit 2, the rest 1. */
export function errorOutcome(e: unknown, command: string): Outcome {
  if (e instanceof UsageError) return { kind: 'error', error: 'usage', message: e.message, cause: e };
  if (e instanceof NotFoundError) return { kind: 'error', error: 'not-found', message: e.message, cause: e };
  if (e instanceof SwelearnError) return { kind: 'error', error: 'failed', message: e.message, cause: e };
  return { kind: 'error', error: 'failed', message: `.${command} failed: ${messageOf(e)}`, cause: e };
}
