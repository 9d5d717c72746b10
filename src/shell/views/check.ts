// .check: which code was judged, the ✓/✗ report and its summary line; for a writing prompt, the
// criteria a good answer covers.
import { renderMarkdown } from '../../render/markdown.ts';
import type { CheckResult } from '../../practice/run-checks.ts';
import type { Stop, Verdict } from '../../practice/sandbox.ts';
import { formatCheckReport } from './practice-text.ts';
import type { View } from './view.ts';

export interface CheckData {
  exercise: string;
  /** "judging sum from your workspace, 3 lines" */
  judged: string;
  /** set when the file changed outside the shell and the file was judged */
  changed: string | null;
  passed: number;
  failed: number;
  /** wall time of the whole .check, ms */
  ms: number;
  hintsLeft: number;
  results: CheckResult[];
  /** what the learner's code printed */
  output: string;
  error?: string;
  notes?: string[];
  verdict?: Verdict;
  stop?: Stop;
  stopped?: string;
  /** the attempt is in the progress store */
  recorded: boolean;
  /** why it is not, when recording failed */
  notRecorded?: string;
}

export interface RubricData {
  exercise: string;
  /** markdown, one criterion each */
  criteria: string[];
}

declare module '../outcome.ts' {
  interface OutcomeData {
    check: CheckData;
    rubric: RubricData;
  }
}

export const checkView: View<'check'> = {
  render(d, s) {
    const head = [...(d.changed ? [s.yellow(d.changed)] : []), s.dim(d.judged)];
    const report = { results: d.results, output: d.output, error: d.error, notes: d.notes, ms: d.ms, ...(d.verdict ? { verdict: d.verdict, stopped: d.stopped, wallMs: d.ms } : {}) };
    const text = formatCheckReport(report, { ms: d.ms, hintsLeft: d.hintsLeft }, s);
    const warning = d.notRecorded ? [s.yellow(`(this attempt was not recorded: ${d.notRecorded})`)] : [];
    return [...head, text, ...warning].join('\n');
  },
  json: (d) => ({
    exercise: d.exercise,
    passed: d.passed,
    failed: d.failed,
    total: d.results.length,
    ms: Math.round(d.ms),
    judged: d.judged,
    results: d.results.map((r) => ({ name: r.name, ok: r.ok, ...(r.message ? { message: r.message } : {}), ...(r.skipped ? { skipped: true } : {}) })),
    verdict: d.verdict?.kind ?? 'finished',
    ...(d.stopped ? { stopped: d.stopped } : {}),
    ...(d.error ? { error: d.error } : {}),
    output: d.output,
    recorded: d.recorded,
  }),
};

export const rubricView: View<'rubric'> = {
  async render(d, s) {
    const rubric = await renderMarkdown(d.criteria.map((c) => `- ${c}`).join('\n'), s);
    return ['A writing prompt has nothing to run automatically. Judge your draft against these criteria:', rubric, s.dim('.solution shows a model answer')].join('\n');
  },
};
