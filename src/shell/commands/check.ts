import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { isWritingPrompt } from '../../practice/pick.ts';
import { formatCheckReport } from '../../practice/format.ts';
import { codeHash, progressStore, requireActive, runActiveChecks } from '../../practice/practice-session.ts';

export const check: Command = {
  name: 'check',
  summary: "run the exercise's checks against your code",
  usage: '.check',
  detail:
    "Runs the active exercise's checks on the starter plus everything you defined since .practice (at the prompt, with .load or .edit), in a sandboxed process with a time and memory limit. Shows each check with what was expected and what your code gave, and records the attempt in your progress.",
  async run(args, session) {
    if (args.trim()) throw new UsageError('.check', 'takes no argument (it checks the exercise in progress)');
    const s = session.style;
    const active = requireActive(session, 'check');
    const ex = active.exercise;
    if (isWritingPrompt(ex)) {
      const rubric = ex.hints.length
        ? await renderMarkdown(ex.hints.map((h) => `- ${h}`).join('\n'), s)
        : s.dim('(this prompt lists no points)');
      return [`A writing prompt has nothing to run automatically. Judge your draft against these points:`, rubric, s.dim('.solution shows a model answer')].join('\n');
    }
    const chunks = [...active.chunks];
    const outcome = await runActiveChecks(session, ex, chunks);
    const allPassed = outcome.failed === 0 && outcome.passed > 0;
    if (allPassed) active.solved = true;
    const store = await progressStore(session);
    const warnings: string[] = [];
    try {
      store?.recordAttempt({
        exerciseId: ex.id,
        lessonId: ex.lessonId,
        codeHash: codeHash([ex.starter, ...chunks]),
        passed: outcome.passed,
        failed: outcome.failed,
        durationMs: Math.round(outcome.ms),
      });
    } catch (e) {
      warnings.push(s.yellow(`(this attempt was not recorded: ${(e as Error).message})`));
    }
    const text = formatCheckReport(outcome.report, { ms: outcome.ms, hintsLeft: ex.hints.length - active.hintsShown }, s);
    return [text, ...warnings].join('\n');
  },
};
