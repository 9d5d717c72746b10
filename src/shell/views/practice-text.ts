// Practice output as text, for the practice views: the exercise header, a check report, the
// exercise list. Pure: data and a Style in, lines that fit style.width out.
import { stripControl } from '../../util/control-chars.ts';
import { areaName } from '../../corpus/types.ts';
import { fit, visibleWidth, wrap, type Style } from '../../render/style.ts';
import type { RunReport } from '../../practice/run-checks.ts';
import type { SandboxReport } from '../../practice/sandbox.ts';
import type { ExerciseCounts, ExerciseMark, ExerciseRow, ExerciseSummary } from '../../practice/pick.ts';

/** Wrap `text` to the width with `first` before the first line and `indent` before the others. */
function hang(first: string, text: string, width: number, indent = '   '): string {
  const body = wrap(text, Math.max(10, width - visibleWidth(indent)), '');
  return body
    .split('\n')
    .map((line, i) => (i === 0 ? first + line : indent + line))
    .join('\n');
}

export function exerciseHeader(ex: ExerciseSummary & { hints: number }, s: Style): string {
  const kind = ex.kind === 'writing' ? 'writing prompt' : `${ex.hints} hint${ex.hints === 1 ? '' : 's'}`;
  const meta = [`exercise ${ex.id}`, areaName(ex.area), ex.difficulty, `lesson ${ex.lesson}`, kind].join(' · ');
  return `${s.bold(ex.title)}\n${wrap(s.dim(meta), s.width)}`;
}

export interface CheckView {
  /** wall time of the whole .check, ms */
  ms: number;
  hintsLeft: number;
}

const MAX_OUTPUT_LINES = 20;


/** The ✓/✗ lines of a run, then one summary line saying what to do next. */
export function formatCheckReport(report: RunReport | SandboxReport, view: CheckView, s: Style): string {
  const width = s.width;
  const lines: string[] = [];
  // check names, messages and output come from lesson checks and learner code: a shared lesson
  // must not be able to drive the terminal (only the style's own codes are added)
  const c = stripControl;
  if (report.error) lines.push(hang(` ${s.red('!')} `, c(report.error), width));
  for (const r of report.results) {
    if (r.ok) lines.push(hang(` ${s.green('✓')} `, c(r.name), width));
    else if (r.skipped) lines.push(hang(` ${s.dim('·')} `, s.dim(`${c(r.name)} (not run)`), width));
    else lines.push(hang(` ${s.red('✗')} `, c(`${r.name}: ${r.message ?? 'failed'}`), width));
  }
  for (const n of report.notes ?? []) lines.push(hang(` ${s.yellow('!')} `, c(n), width));
  // stopped with no check running (after the last one): the reason has no line of its own yet
  if ('verdict' in report && report.stopped && report.verdict.kind !== 'finished' && !report.verdict.check && !report.error) {
    lines.push(hang(` ${s.red('!')} `, c(report.stopped), width));
  }
  const out = c(report.output).replace(/\n$/, '');
  if (out) {
    const outLines = out.split('\n');
    lines.push(s.dim(' output:'));
    for (const l of outLines.slice(0, MAX_OUTPUT_LINES)) lines.push(s.dim(`   ${fit(l, width - 3).trimEnd()}`));
    if (outLines.length > MAX_OUTPUT_LINES) lines.push(s.dim(`   … ${outLines.length - MAX_OUTPUT_LINES} more lines`));
  }
  const total = report.results.length;
  const passed = report.results.filter((r) => r.ok).length;
  const ms = Math.round(view.ms);
  if (total > 0 && passed === total) {
    lines.push(hang(` ${s.green('✓')} `, `${s.bold(`all ${total} check${total === 1 ? '' : 's'} passed`)} in ${ms} ms · .solution to compare with the reference`, width));
  } else {
    const next = view.hintsLeft > 0 ? '.hint for a nudge' : '.solution --give-up shows the answer';
    const head = total === 0 ? 'no check ran' : `${passed}/${total} passed`;
    const why = 'verdict' in report ? stopSummary(report) : '';
    lines.push(hang(' ', `${s.bold(head)}${why} · ${next}`, width, ' '));
  }
  return lines.join('\n');
}

/** A few words for the summary line of a stopped run (the check's own line has the details). */
function stopSummary(report: SandboxReport): string {
  const v = report.verdict;
  switch (v.kind) {
    case 'finished':
      return '';
    case 'timeout':
      return ` · stopped at the ${v.limitMs} ms time limit`;
    case 'memory':
      return ` · stopped: out of memory (${v.limitMb} MB)`;
    case 'died':
      return " · the checks' process died";
  }
}

const MARK: Record<ExerciseMark, (s: Style) => string> = {
  solved: (s) => s.green('✓'),
  attempted: (s) => s.yellow('•'),
  new: (s) => s.dim('·'),
  prompt: (s) => s.dim('✎'),
};


/** Numbered list grouped by area, with marks, and "14/41 solved" on top. */
export function formatExerciseList(entries: ExerciseRow[], counts: ExerciseCounts, s: Style): string {
  const width = s.width;
  const num = String(entries.length).length;
  const idWidth = Math.min(26, Math.max(...entries.map((e) => e.id.length)));
  const showDifficulty = width >= 72;
  const lines = [
    `${s.bold(`${counts.solved}/${counts.total} solved`)}${counts.attempted ? s.dim(` · ${counts.attempted} attempted`) : ''}`,
    s.dim(`${MARK.solved(s)} solved  ${MARK.attempted(s)} attempted  ${MARK.new(s)} new  ${MARK.prompt(s)} writing prompt`),
  ];
  let area = '';
  entries.forEach((e, i) => {
    if (e.area !== area) {
      area = e.area;
      lines.push('', s.bold(areaName(area)));
    }
    const prefix = `${s.dim(String(i + 1).padStart(num + 1))} ${MARK[e.kind === 'writing' ? 'prompt' : e.status](s)} `;
    const used = num + 4 + idWidth + 2;
    const diff = showDifficulty ? ` ${s.dim(e.difficulty.padEnd(6))}` : '';
    const titleWidth = Math.max(8, width - used - (showDifficulty ? 7 : 0));
    const title = fit(e.title, titleWidth);
    lines.push(`${prefix}${fit(e.id, idWidth)}  ${diff ? title + diff : title.trimEnd()}`);
  });
  lines.push('', s.dim('.practice N or .practice ID starts one'));
  return lines.join('\n');
}
