// check-corpus: a rubric term made only of words the matching skips (common words such as "i",
// "one", "on", "from") can never pre-mark its point. The matching counts words as the search
// does, so this asks the search's tokenizer.
import type { Lesson, Problem } from '../corpus/types.ts';
import { wordTokens } from '../search/encode.ts';

export function mockTermProblems(lesson: Lesson): Problem[] {
  const problems: Problem[] = [];
  for (const item of lesson.mock?.rubric ?? []) {
    for (const t of item.terms) {
      if (!wordTokens(t).some((w) => w.term)) {
        problems.push({
          level: 'warning',
          file: lesson.path,
          line: item.line,
          message: `term "${t}" has no word the matching counts (common words such as "i", "one", "on", "from" are skipped): notes can never pre-mark it`,
        });
      }
    }
  }
  return problems;
}
