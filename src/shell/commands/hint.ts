import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { requireActive } from '../../practice/practice-session.ts';

export const hint: Command = {
  name: 'hint',
  summary: 'reveal the next hint for the exercise in progress',
  shellOnly: true,
  usage: '.hint',
  detail: 'Shows the hints of the active exercise one at a time ("hint 2/3"). Once all are shown, .hint lists them again.',
  async run({ raw: args }, ctx) {
    if (args.trim()) throw new UsageError('.hint', 'takes no argument (it hints at the exercise in progress)');
    const s = ctx.style;
    const active = requireActive(ctx, 'hint');
    const hints = active.exercise.hints;
    if (hints.length === 0) return 'This exercise has no hints. .solution --give-up shows the answer.';
    if (active.hintsShown >= hints.length) {
      const all = await renderMarkdown(hints.map((h, i) => `${i + 1}. ${h}`).join('\n'), s);
      return [s.dim(`all ${hints.length} hints shown:`), all, s.dim('.solution --give-up shows the answer')].join('\n');
    }
    const n = ++active.hintsShown;
    // "hint 2/3  " hangs to the left of the hint, which wraps in the room that leaves
    const label = `hint ${n}/${hints.length}  `;
    const text = await renderMarkdown(hints[n - 1]!, s, { width: s.width - label.length });
    const body = text
      .trimStart()
      .split('\n')
      .map((line, i) => (i === 0 ? s.bold(label.trimEnd()) + '  ' + line : line ? ' '.repeat(label.length) + line : ''))
      .join('\n');
    const more = n < hints.length ? s.dim(`.hint again for the next (${hints.length - n} left)`) : s.dim('that was the last hint');
    return [body, more].join('\n');
  },
};
