// .solution: the reference solution (or a writing prompt's model answer); code wider than the
// screen scrolls sideways in the pager, or is cut when printed (the outcome's page: 'wide').
import { renderMarkdown } from '../../render/markdown.ts';
import type { View } from './view.ts';

export interface SolutionData {
  exercise: string;
  /** a writing prompt's model answer */
  writing: boolean;
  /** 'ts', or 'md' for a model answer */
  lang: string;
  solution: string;
}

declare module '../outcome.ts' {
  interface OutcomeData {
    solution: SolutionData;
  }
}

export const solutionView: View<'solution'> = {
  async render(d, s) {
    const body = d.lang === 'md' ? d.solution : `\`\`\`${d.lang}\n${d.solution.trim()}\n\`\`\``;
    const head = d.writing ? `A model answer for ${d.exercise}:` : `Reference solution for ${d.exercise}:`;
    return [s.bold(head), await renderMarkdown(body, s, { wide: true })].join('\n');
  },
};
