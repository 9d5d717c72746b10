// One family of errors. Inside the shell an error is printed and the session goes on;
// at the top level one catch turns it into a message and an exit code.

export class SwelearnError extends Error {
  override name = 'SwelearnError';
}

/** A command was used wrongly: names the command. */
export class UsageError extends SwelearnError {
  override name = 'UsageError';
  constructor(
    readonly command: string,
    message: string,
  ) {
    super(`${command}: ${message}`);
  }
}

/** What a command was asked for does not exist (a lesson, an exercise, a file): exit 1. */
export class NotFoundError extends SwelearnError {
  override name = 'NotFoundError';
  constructor(
    readonly command: string,
    message: string,
  ) {
    super(`${command}: ${message}`);
  }
}

/** The progress store could not be read or written. */
export class StoreError extends SwelearnError {
  override name = 'StoreError';
}

/** The sandbox could not run a check (not a failed check: a broken runner). */
export class SandboxError extends SwelearnError {
  override name = 'SandboxError';
}

export type ProblemLevel = 'error' | 'warning';

/** Something wrong in a file the user gave us (a lesson, the config): reported, not thrown. */
export interface Problem {
  level: ProblemLevel;
  file: string;
  line?: number;
  message: string;
}

export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

