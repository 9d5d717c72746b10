// .check: run the active exercise's checks on the workspace in the sandbox, record the attempt,
// and report each check; a writing prompt gets the criteria to judge a draft by.
import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { data, many, message } from '../outcome.ts';
import { isWritingPrompt } from '../../practice/pick.ts';
import { codeHash, judgedCode, judgedSummary, prepareCheck, progressStore, requireActive, runActiveChecks, workspaceTooBig } from '../../practice/practice-session.ts';
import { messageOf } from '../../errors.ts';

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
    "Runs the active exercise's checks on your workspace file (the starter, with every definition you made at the prompt, with .load or .edit replacing the earlier one of the same name), in a sandboxed process with a time and memory limit. It first says which definition it judged. Shows each check with what was expected and what your code gave, and records the attempt in your progress. Fails (exit 1) when a check fails.",
  flags: {},
  async run(args, ctx) {
    if (args._.length) throw new UsageError('.check', 'takes no argument (it checks the exercise in progress)');
    const active = requireActive(ctx, 'check');
    const ex = active.exercise;
    if (isWritingPrompt(ex)) return data('rubric', { exercise: ex.id, criteria: ex.criteria.length ? ex.criteria : STAR_CRITERIA });
    const { code, note } = judgedCode(active);
    const big = workspaceTooBig(code, active.path);
    if (big) throw new UsageError('.check', big.replace(': it was not loaded', ': it was not checked'));
    await prepareCheck(code, ex);
    const judged = judgedSummary(code, ex.starter);
    const run = await runActiveChecks(ctx, ex, code);
    const allPassed = run.failed === 0 && run.passed > 0;
    if (allPassed) active.solved = true;
    const store = await progressStore(ctx);
    let notRecorded: string | undefined;
    try {
      store?.recordAttempt({
        exerciseId: ex.id,
        lessonId: ex.lessonId,
        codeHash: codeHash([code]),
        passed: run.passed,
        failed: run.failed,
        durationMs: Math.round(run.ms),
        // the hints seen so far: a pass that needed them comes back sooner (study/memory-model.ts)
        hints: active.hintsShown,
      });
    } catch (e) {
      notRecorded = messageOf(e);
    }
    // during a coding mock: the run is kept for the transcript, and only the visible checks are shown (.mock)
    const mock = ctx.state.mock ? (await import('../mock-session.ts')).onCheck(ctx, ex.id, run.report) : null;
    const r = mock?.report ?? run.report;
    const shownPassed = mock ? r.results.filter((x) => x.ok).length : run.passed;
    const shownFailed = mock ? r.results.length - shownPassed + (r.results.length === 0 ? 1 : 0) : run.failed;
    const shown = data(
      'check',
      {
        exercise: ex.id,
        judged,
        changed: note,
        passed: shownPassed,
        failed: shownFailed,
        ms: run.ms,
        hintsLeft: ex.hints.length - active.hintsShown,
        results: r.results,
        output: r.output,
        ...(r.error ? { error: r.error } : {}),
        ...(r.notes?.length ? { notes: r.notes } : {}),
        verdict: r.verdict,
        ...(r.stop ? { stop: r.stop } : {}),
        ...(r.stopped ? { stopped: r.stopped } : {}),
        recorded: Boolean(store) && !notRecorded,
        ...(notRecorded ? { notRecorded } : {}),
      },
      { failed: mock ? shownFailed > 0 : !allPassed },
    );
    return mock?.note ? many(shown, message(mock.note, 'dim')) : shown;
  },
};
