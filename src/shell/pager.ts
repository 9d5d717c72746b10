// Show long text through a pager on a TTY, the way git and man do: $PAGER, else `less -R -F -X`
// (quits at once when the text fits the screen, keeps it on screen after). Returns false when
// the text was not paged (not a TTY, short text, no pager), and the caller prints it instead.
import { lazyRequire } from '../util/lazy-require.ts';
import type { Session } from './session.ts';
import { suspendBracketedPaste } from './bracketed-paste.ts';

export function page(text: string, session: Session): boolean {
  if (!session.interactive) return false;
  const out = session.output as NodeJS.WriteStream;
  const rows = out.rows ?? 24;
  const lines = text.split('\n').length;
  if (lines < rows - 1) return false;
  const pager = process.env.SWELEARN_PAGER ?? process.env.PAGER ?? 'less -R -F -X';
  if (pager === '' || pager === 'cat' || pager === 'off') return false;
  const input = session.input as NodeJS.ReadStream;
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
