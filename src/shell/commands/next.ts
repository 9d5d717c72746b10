// .next: one recommendation (due cards, a failed exercise, the next lesson in the plan…) with
// the reason and the command; `.next go` runs that command.
import type { Command } from '../command.ts';
import type { Session } from '../session.ts';
import { parseArgs } from '../args.ts';
import { UsageError } from '../../errors.ts';
import type { Recommendation } from '../../progress/recommend.ts';
import { findCommand } from '../registry.ts';

export async function recommendation(session: Session, now = Date.now()): Promise<Recommendation> {
  const [{ takeSnapshot }, { recommend }] = await Promise.all([import('../../progress/mastery.ts'), import('../../progress/recommend.ts')]);
  const corpus = await session.corpus();
  const store = await session.progress();
  return recommend(corpus, takeSnapshot(store, now));
}

/** Run a command line such as ".practice lru-cache" through the command registry. */
export async function runCommandLine(line: string, session: Session): Promise<string | void> {
  const m = /^\.?(\S+)\s*(.*)$/.exec(line.trim());
  if (!m) throw new UsageError('.next', `cannot run "${line}"`);
  const cmd = findCommand(m[1]!);
  if (!cmd) throw new UsageError('.next', `${line} is not available in this swelearn; type it when it is`);
  return cmd.run(m[2]!, session);
}

export const next: Command = {
  name: 'next',
  summary: 'what to study now, and why',
  usage: '.next [go] [--json]',
  detail: [
    'Weighs cards due (more weight as the interview nears), exercises you failed and have not passed since, new cards of lessons you just read, the study plan (lessons in area and difficulty order, prerequisites first) and your weakest lessons, and proposes one thing with the command to type.',
    '.next go runs that command.',
  ].join('\n'),
  complete: (partial) => ['go'].filter((w) => w.startsWith(partial)),
  async run(args, session) {
    const a = parseArgs('next', args, { boolean: ['json'] });
    const go = a._[0] === 'go';
    if (a._.length && !go) throw new UsageError('.next', `unknown word "${a._[0]}" (.next or .next go)`);
    const r = await recommendation(session);
    if (a.json) return JSON.stringify({ kind: r.kind, command: r.command, reason: r.reason });
    const s = session.style;
    if (!go) return `${r.reason} — ${s.cyan(r.command)}\n${s.dim('.next go runs it')}`;
    const out = await runCommandLine(r.command, session);
    return [s.dim(`${r.reason} — ${r.command}`), out ?? ''].filter(Boolean).join('\n');
  },
};
