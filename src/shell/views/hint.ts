// .hint: the next hint, "hint 2/3" hanging to its left; or all of them once every one was shown.
import { renderMarkdown } from '../../render/markdown.ts';
import type { View } from './view.ts';

export type HintData =
  | { exercise: string; total: number; /** 1-based */ n: number; hint: string }
  | { exercise: string; total: number; all: string[] };

declare module '../outcome.ts' {
  interface OutcomeData {
    hint: HintData;
  }
}

export const hintView: View<'hint'> = {
  async render(d, s) {
    if ('all' in d) {
      const all = await renderMarkdown(d.all.map((h, i) => `${i + 1}. ${h}`).join('\n'), s);
      return [s.dim(`all ${d.total} hints shown:`), all, s.dim('.solution --give-up shows the answer')].join('\n');
    }
    // "hint 2/3  " hangs to the left of the hint, which wraps in the room that leaves
    const label = `hint ${d.n}/${d.total}  `;
    const text = await renderMarkdown(d.hint, s, { width: s.width - label.length });
    const body = text
      .trimStart()
      .split('\n')
      .map((line, i) => (i === 0 ? s.bold(label.trimEnd()) + '  ' + line : line ? ' '.repeat(label.length) + line : ''))
      .join('\n');
    const more = d.n < d.total ? s.dim(`.hint again for the next (${d.total - d.n} left)`) : s.dim('that was the last hint');
    return [body, more].join('\n');
  },
};
