// Open the learner's editor on a file and wait for it to close (the effect runner's, for .edit).
// The REPL's readline is paused and the terminal leaves raw mode while the editor owns it, then
// both are restored.
import { lazyRequire } from '../util/lazy-require.ts';
import type { REPLServer } from 'node:repl';
import { UsageError } from '../errors.ts';
import { suspendBracketedPaste } from './bracketed-paste.ts';

export interface EditorRun {
  /** the editor command line, e.g. "vim" or "code --wait" */
  editor: string;
  /** exit status (0: saved normally) */
  status: number | null;
}

export function editorCommand(env: NodeJS.ProcessEnv): string {
  return (env.VISUAL || env.EDITOR || 'vi').trim();
}

export function openEditor(
  file: string,
  opts: { env?: NodeJS.ProcessEnv; input: NodeJS.ReadableStream; output?: NodeJS.WritableStream; repl?: REPLServer; interactive: boolean },
): EditorRun {
  const env = opts.env ?? process.env;
  const editor = editorCommand(env);
  const tty = opts.input as NodeJS.ReadStream;
  const wasRaw = Boolean(tty.isTTY && tty.isRaw);
  opts.repl?.pause();
  if (wasRaw) tty.setRawMode(false);
  const resumePaste = suspendBracketedPaste();
  const { spawnSync } = lazyRequire('node:child_process') as typeof import('node:child_process');
  let result: ReturnType<typeof spawnSync>;
  try {
    // through the shell, so EDITOR may carry arguments ("code --wait"); the file is "$1"
    const args = process.platform === 'win32' ? [`${editor} "${file}"`] : ['-c', `${editor} "$1"`, 'sh', file];
    result = spawnSync(process.platform === 'win32' ? 'cmd.exe' : '/bin/sh', process.platform === 'win32' ? ['/c', ...args] : args, {
      // a piped script keeps its stdin for the shell: the editor gets none
      stdio: [opts.interactive ? 'inherit' : 'ignore', 'inherit', 'inherit'],
      env,
    });
  } finally {
    resumePaste();
    if (wasRaw) tty.setRawMode(true);
    opts.repl?.resume();
  }
  if (result.error) throw new UsageError('.edit', `could not start the editor "${editor}": ${result.error.message} (set $VISUAL or $EDITOR)`);
  if (result.status === 127) throw new UsageError('.edit', `the editor "${editor}" was not found (set $VISUAL or $EDITOR)`);
  return { editor, status: result.status };
}
