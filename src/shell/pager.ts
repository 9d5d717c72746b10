// Show long text through a pager on a TTY, the way git and man do: $PAGER, else `less -R -F -X`
// (quits at once when the text fits the screen, keeps it on screen after). Returns false when
// the text was not paged (not a TTY, short text, no pager), and the caller prints it instead.
//
// `wide` text may hold code lines wider than the screen: less gets -S so that they scroll sideways
// (prose is already wrapped, so -S only ever affects those lines); any other pager gets them cut.
import { lazyRequire } from '../util/lazy-require.ts';
import { cutLines } from '../render/width.ts';
import type { Context } from './context.ts';
import { suspendBracketedPaste } from './bracketed-paste.ts';

export const DEFAULT_PAGER = 'less -R -F -X';

/** The pager command to run, or null for none. */
export function pagerCommand(env: NodeJS.ProcessEnv = process.env): string | null {
  const pager = env.SWELEARN_PAGER ?? env.PAGER ?? DEFAULT_PAGER;
  if (pager === '' || pager === 'cat' || pager === 'off') return null;
  return pager;
}

/** True when the command is less (which takes -S to chop long lines). */
export function isLess(cmd: string): boolean {
  return /^(?:\S*\/)?less(?:\s|$)/.test(cmd.trim());
}

export function page(text: string, ctx: Context, opts: { wide?: boolean } = {}): boolean {
  if (!ctx.interactive) return false;
  const out = ctx.streams.output as NodeJS.WriteStream;
  const rows = out.rows ?? 24;
  const lines = text.split('\n').length;
  if (lines < rows - 1) return false;
  let pager = pagerCommand();
  if (!pager) return false;
  if (opts.wide) {
    if (isLess(pager)) pager += ' -S';
    else text = cutLines(text, ctx.style.width, ctx.style.dim);
  }
  const input = ctx.streams.input as NodeJS.ReadStream;
  const raw = input.isRaw;
  const resumePaste = suspendBracketedPaste();
  try {
    if (input.isTTY) input.setRawMode(false);
    const { spawnSync } = lazyRequire('node:child_process') as typeof import('node:child_process');
    const r = spawnSync('/bin/sh', ['-c', pager], {
      input: text + '\n',
      stdio: ['pipe', 'inherit', 'inherit'],
      env: { ...process.env, LESS: process.env.LESS ?? '-R -F -X' },
    });
    return r.status === 0 && !r.error;
  } catch {
    return false;
  } finally {
    resumePaste();
    if (input.isTTY) input.setRawMode(raw);
  }
}
