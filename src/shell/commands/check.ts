import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { isWritingPrompt } from '../../practice/pick.ts';
import { formatCheckReport } from '../../practice/format.ts';
import { codeHash, judgedCode, judgedSummary, progressStore, requireActive, runActiveChecks, workspaceTooBig } from '../../practice/practice-session.ts';

/** What any behavioural answer is judged on, when its prompt names no criteria of its own. */
export const STAR_CRITERIA = [
  '**Situation scoped**: the context, the stakes and your role in two or three sentences.',
  '**Your own actions**: what *you* did and decided ("I", not "we"), including the trade-offs you weighed.',
  '**Measurable result**: the outcome in numbers or concrete facts (time saved, errors down, launch date kept).',
  '**Reflection**: what you learned or would do differently, and how you have applied it since.',
  '**Follow-up with the people involved**: how you closed the loop and where the relationship stands.',
];

export const check: Command = {
  name: 'check',
  summary: "run the exercise's checks against your code",
  shellOnly: true,
  usage: '.check',
  detail:
    "Runs the active exercise's checks on your workspace file (the starter, with every definition you made at the prompt, with .load or .edit replacing the earlier one of the same name), in a sandboxed process with a time and memory limit. It first says which definition it judged. Shows each check with what was expected and what your code gave, and records the attempt in your progress.",
  async run({ raw: args }, ctx) {
    if (args.trim()) throw new UsageError('.check', 'takes no argument (it checks the exercise in progress)');
    const s = ctx.style;
    const active = requireActive(ctx, 'check');
    const ex = active.exercise;
    if (isWritingPrompt(ex)) {
      const criteria = ex.criteria.length ? ex.criteria : STAR_CRITERIA;
      const rubric = await renderMarkdown(criteria.map((c) => `- ${c}`).join('\n'), s);
      return [`A writing prompt has nothing to run automatically. Judge your draft against these criteria:`, rubric, s.dim('.solution shows a model answer')].join('\n');
    }
    const { code, note } = judgedCode(active);
    const big = workspaceTooBig(code, active.path);
    if (big) throw new UsageError('.check', big.replace(': it was not loaded', ': it was not checked'));
    const head = [...(note ? [s.yellow(note)] : []), s.dim(judgedSummary(code, ex.starter))];
    const outcome = await runActiveChecks(ctx, ex, code);
    const allPassed = outcome.failed === 0 && outcome.passed > 0;
    if (allPassed) active.solved = true;
    const store = await progressStore(ctx);
    const warnings: string[] = [];
    try {
      store?.recordAttempt({
        exerciseId: ex.id,
        lessonId: ex.lessonId,
        codeHash: codeHash([code]),
        passed: outcome.passed,
        failed: outcome.failed,
        durationMs: Math.round(outcome.ms),
      });
    } catch (e) {
      warnings.push(s.yellow(`(this attempt was not recorded: ${(e as Error).message})`));
    }
    const text = formatCheckReport(outcome.report, { ms: outcome.ms, hintsLeft: ex.hints.length - active.hintsShown }, s);
    return [...head, text, ...warnings].join('\n');
  },
};
