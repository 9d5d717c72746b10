// A dot-command: its help text, its completion and its action. Commands return the text to
// print (already styled through session.style) and throw a SwelearnError on bad input; the
// shell prints errors and goes on. They never write to stdout themselves, except the
// interactive ones (.drill on a TTY, .edit) that need the terminal.
import type { Session } from './session.ts';

export interface Command {
  /** without the dot */
  name: string;
  /** one line for .help */
  summary: string;
  /** e.g. ".topic ID|words|N [SECTION]" */
  usage: string;
  /** a few lines for `.help NAME` */
  detail: string;
  /** completions for the argument text typed so far */
  complete?(partial: string, session: Session): Promise<string[]> | string[];
  run(args: string, session: Session): Promise<string | void> | string | void;
}
