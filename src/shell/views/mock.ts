// .mock: the brief at the start, the status, the result with its rubric and score, the history
// with a trend per kind, and a saved transcript.
import { fit, wrap, type Style } from '../../render/style.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import type { MockKind } from '../../progress/types.ts';
import type { View } from './view.ts';

export interface MockStartData {
  kind: MockKind;
  title: string;
  prompt: string;
  /** stage name and its box, "05:00" */
  stages: { name: string; box: string }[];
  total: string;
  exercises: { id: string; title: string; difficulty: string }[];
  /** where the rubric comes from */
  rubric: 'mock' | 'key-points' | 'star' | 'checks';
  /** what the first stage asks for */
  first: string;
}

export interface MockStatusData {
  kind: MockKind;
  title: string;
  status: 'running' | 'paused' | 'review';
  stage: string;
  stageIndex: number;
  stages: number;
  left: string;
  stageLeft: string;
  notes: number;
  checks: number;
  hints: number;
  /** coding: the exercise being worked on, "vector-clock (2/2)" */
  exercise?: string;
}

export interface MockMarkData {
  stage: string;
  weight: number;
  point: string;
  covered: boolean;
  noted: string[];
}

export interface MockResultData {
  id: string;
  kind: MockKind;
  title: string;
  status: 'completed' | 'timeout' | 'abandoned';
  score: number | null;
  parts: { label: string; points: number; max: number }[];
  used: string;
  planned: string;
  marks: MockMarkData[];
  /** coding: the full checks per exercise */
  runs: { exerciseId: string; passed: number; total: number; stopped?: string }[];
  proofs: { exerciseId: string; wrong: number; accepted: string[] }[];
  hints: number;
  /** markdown shown after the score: the outline of a strong answer, or the model answer */
  answer: string;
  /** relative to the data directory; null when it could not be written */
  file: string | null;
  /** why the transcript or the record could not be saved */
  warning?: string;
}

export interface MockHistoryData {
  mocks: { n: number; id: string; date: string; kind: MockKind; title: string; status: string; score: number | null; used: string; file: string | null }[];
  trends: { kind: MockKind; count: number; scores: number[]; change: number | null; average: number | null }[];
}

export interface MockTranscriptData {
  id: string;
  file: string;
  markdown: string;
}

declare module '../outcome.ts' {
  interface OutcomeData {
    'mock-start': MockStartData;
    'mock-status': MockStatusData;
    'mock-result': MockResultData;
    'mock-history': MockHistoryData;
    'mock-transcript': MockTranscriptData;
  }
}

const kindName = (k: MockKind) => (k === 'behavioral' ? 'behavioural' : k);

export const mockStartView: View<'mock-start'> = {
  render(d, s) {
    const w = s.width;
    const out = [s.bold(wrap(`Mock ${kindName(d.kind)} interview · ${d.title} · ${d.total}`, w)), ''];
    out.push(wrap(d.prompt, w), '');
    if (d.stages.length > 1) out.push(wrap(`${s.dim('stages:')} ${d.stages.map((st) => `${st.name} ${st.box}`).join(' · ')}`, w, '  '));
    if (d.exercises.length) out.push(...d.exercises.map((e, i) => wrap(`${s.dim(`${i + 1}.`)} ${e.id} — ${e.title} ${s.dim(`(${e.difficulty})`)}`, w, '   ')));
    out.push(wrap(s.cyan(d.first), w));
    const how =
      d.kind === 'coding'
        ? '.check runs the visible checks · .hint costs 5 points · .solution is locked · .mock next switches exercise · .mock submit ends it'
        : `type your notes as plain lines (or .say TEXT) · ${d.stages.length > 1 ? '.mock next moves to the next stage · ' : ''}.mock submit ends it and shows the rubric`;
    out.push(s.dim(wrap(`${how} · .mock pause / resume / end`, w)));
    if (d.rubric === 'key-points') out.push(s.dim(wrap('(this lesson has no Mock section: the rubric comes from its Key Points)', w)));
    return out.join('\n');
  },
};

export const mockStatusView: View<'mock-status'> = {
  render(d, s) {
    const state = d.status === 'paused' ? s.yellow('paused') : d.status === 'review' ? 'confirming the rubric' : `${d.left} left`;
    const stage = d.stages > 1 ? ` · stage ${d.stageIndex + 1}/${d.stages} ${d.stage} (${d.stageLeft} left in it)` : '';
    const counts = d.kind === 'coding' ? `${d.exercise ? `on ${d.exercise} · ` : ''}${d.checks} check run${d.checks === 1 ? '' : 's'}, ${d.hints} hint${d.hints === 1 ? '' : 's'}` : `${d.notes} note${d.notes === 1 ? '' : 's'}`;
    return wrap(`Mock ${kindName(d.kind)} · ${d.title} · ${state}${stage} · ${counts}`, s.width);
  },
};

function scoreLine(d: MockResultData, s: Style): string {
  if (d.score === null) return s.yellow(`Abandoned after ${d.used}: no score.`);
  const tone = d.score >= 75 ? s.green : d.score >= 50 ? s.yellow : s.red;
  const how = d.status === 'timeout' ? ' (time ran out)' : '';
  return `${s.bold('Score')} ${tone(`${d.score}/100`)}${how} · ${d.used} of ${d.planned}`;
}

export const mockResultView: View<'mock-result'> = {
  async render(d, s) {
    const w = s.width;
    const out: string[] = [];
    for (const r of d.runs) {
      const mark = r.total > 0 && r.passed === r.total ? s.green('✓') : s.red('✗');
      out.push(wrap(`${mark} ${r.exerciseId}: ${r.passed}/${r.total} full checks passed${r.stopped ? ` — ${r.stopped}` : ''}`, w, '  '));
    }
    for (const p of d.proofs) {
      if (p.accepted.length) out.push(s.yellow(wrap(`  the checks of ${p.exerciseId} let ${p.accepted.length} of ${p.wrong} known-wrong solutions through: a pass proves less`, w, '  ')));
      else out.push(s.dim(wrap(`  ${p.exerciseId}: the checks rejected all ${p.wrong} known-wrong solutions`, w, '  ')));
    }
    if (d.marks.length) {
      out.push(s.bold('Rubric'));
      for (const m of d.marks) {
        const mark = m.covered ? s.green('✓') : s.red('✗');
        out.push(`${mark} ${wrap(`${s.dim(`${m.stage} ×${m.weight}`)} ${m.point}`, w - 2, '  ')}`);
      }
    }
    out.push(scoreLine(d, s));
    if (d.score !== null) {
      const col = Math.max(...d.parts.map((p) => p.label.length)) + 2;
      if (w >= 50) for (const p of d.parts) out.push(s.dim(`  ${fit(p.label, col)}${p.points}${p.max ? ` / ${p.max}` : ''}`));
    }
    if (d.answer.trim()) {
      out.push('', s.bold(d.kind === 'design' ? 'Outline of a strong answer' : 'Model answer'));
      out.push((await renderMarkdown(d.answer, s)).replace(/^\n+|\n+$/g, ''));
    }
    if (d.file) out.push('', s.dim(wrap(`transcript saved: ${d.file} (.mock history lists your mocks)`, w)));
    if (d.warning) out.push(s.yellow(wrap(d.warning, w)));
    return out.join('\n');
  },
};

const trendText = (t: MockHistoryData['trends'][number]) => {
  if (!t.scores.length) return `${t.count} (no score yet)`;
  const change = t.change === null ? '' : t.change > 0 ? ` ↑${t.change}` : t.change < 0 ? ` ↓${-t.change}` : ' =';
  return `${t.scores.join(' → ')}${change} · average ${t.average}`;
};

export const mockHistoryView: View<'mock-history'> = {
  render(d, s) {
    if (!d.mocks.length) return 'No mocks yet: .mock coding, .mock design or .mock behavioral starts one.';
    const w = s.width;
    const out: string[] = [];
    const wide = w >= 70;
    for (const m of d.mocks) {
      const score = m.score === null ? s.yellow(m.status === 'abandoned' ? 'abandoned' : '—') : `${m.score}/100`;
      const n = s.dim(String(m.n).padStart(3));
      if (wide) out.push(`${n}  ${m.date}  ${fit(kindName(m.kind), 11)} ${fit(m.title, w - 48)} ${fit(score, 9)} ${s.dim(m.used)}`);
      else out.push(`${n}  ${m.date} ${kindName(m.kind)} · ${score}\n     ${fit(m.title, w - 6)}`);
    }
    const trends = d.trends.filter((t) => t.count);
    if (trends.length) {
      out.push('', s.bold('Trend'));
      for (const t of trends) out.push(wrap(`  ${fit(kindName(t.kind), 12)}${trendText(t)}`, w, '              '));
    }
    out.push('', s.dim('.mock show N prints one'));
    return out.join('\n');
  },
  json: (d) => d,
};

export const mockTranscriptView: View<'mock-transcript'> = {
  async render(d, s) {
    return (await renderMarkdown(d.markdown, s)).replace(/\n+$/, '') + `\n${s.dim(d.file)}`;
  },
};

/** The trend lines .progress shows (one per kind with a mock). */
export function mockTrendLines(trends: MockHistoryData['trends']): string[] {
  return trends.filter((t) => t.count).map((t) => `  ${fit(kindName(t.kind), 12)}${trendText(t)}`);
}
