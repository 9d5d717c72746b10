// A finished mock as markdown: the prompt with each stage's time, the notes or code, every check
// run, the hints, the rubric with its marks, and the score. Pure; files.ts writes it.
import type { MockRun } from './run.ts';
import { clockText, elapsedText } from './timer.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-12-03" in local time */
export function localDate(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "17:42:05" in local time */
export function localTime(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** The transcript's file name: `<date>-<kind>-<id>.md`. */
export function transcriptName(run: MockRun): string {
  return `${localDate(run.timer.startedAt)}-${run.kind}-${run.id}.md`;
}

const END_TEXT = { submitted: 'submitted', timeout: 'time ran out', abandoned: 'abandoned (.mock end)' } as const;

/** Code in a fence longer than any run of backticks inside it. */
function fence(code: string, lang: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}${lang}\n${code.replace(/\n+$/, '')}\n${f}`;
}

const quote = (text: string) =>
  text
    .split('\n')
    .map((l) => `> ${l}`.trimEnd())
    .join('\n');

export function transcript(run: MockRun, endedAt: number): string {
  const t = run.timer;
  const out: string[] = [];
  const kindName = run.kind === 'behavioral' ? 'behavioural' : run.kind;
  out.push(`# Mock ${kindName} interview: ${run.title}`, '');
  out.push(`- Date: ${localDate(t.startedAt)} ${localTime(t.startedAt)}`);
  out.push(`- Time: ${elapsedText(t.elapsed(endedAt))} used of ${clockText(t.totalMs)}`);
  out.push(`- Ended: ${run.end ? END_TEXT[run.end] : 'not ended'}`);
  out.push(`- Score: ${run.score ? `${run.score.score}/100` : 'none (abandoned)'}`);
  if (run.lessonId) out.push(`- Lesson: ${run.lessonId}`);
  if (run.exercises.length) out.push(`- Exercises: ${run.exercises.map((e) => `${e.id} (${e.difficulty})`).join(', ')}`);
  out.push('', '## Prompt', '', run.prompt.trim(), '');

  out.push('## Stages', '');
  for (const [i, s] of t.stages.entries()) {
    const began = t.log[i]; // stages are entered in order
    const when = began ? `started ${localTime(began.at)} (+${elapsedText(began.elapsedMs)})` : 'not reached';
    out.push(`- ${s.name} (${clockText(s.ms)}): ${when}`);
  }
  out.push('');

  if (run.kind !== 'coding') {
    out.push('## Notes', '');
    if (!run.notes.length) out.push('(no notes)');
    for (const n of run.notes) out.push(`- +${elapsedText(n.elapsedMs)} ${n.stage}: ${n.text.replace(/\n/g, ' ')}`);
    out.push('');
  } else {
    out.push('## Code', '');
    for (const e of run.exercises) {
      out.push(`### ${e.id}: ${e.title}`, '');
      const code = run.code[e.id];
      out.push(code !== undefined && code.trim() ? fence(code, 'ts') : '(no code)', '');
    }
    out.push('## Checks', '');
    if (!run.checks.length) out.push('(no checks run)');
    for (const c of run.checks) {
      const total = c.results.length;
      const head = `- +${elapsedText(c.elapsedMs)} ${c.final ? 'submit, full checks' : '.check'} on ${c.exerciseId}: ${c.passed}/${total} passed${c.final ? '' : ` (${c.shown} shown)`}${c.stopped ? ` — stopped: ${c.stopped}` : ''}`;
      out.push(head);
      for (const r of c.results) out.push(`  - ${r.ok ? '✓' : '✗'} ${r.name}${r.ok || !r.message ? '' : ` — ${r.message.split('\n')[0]}`}`);
    }
    out.push('');
    if (run.proofs.length) {
      out.push('## Wrong-solution proof', '');
      for (const p of run.proofs) {
        out.push(
          p.accepted.length
            ? `- ${p.exerciseId}: the checks let ${p.accepted.length} of ${p.wrong} known-wrong solutions through (${p.accepted.join('; ')}): a pass proves less`
            : `- ${p.exerciseId}: the checks rejected all ${p.wrong} known-wrong solutions`,
        );
      }
      out.push('');
    }
    out.push('## Hints', '');
    if (!run.hints.length) out.push('(no hints used)');
    for (const h of run.hints) out.push(`- +${elapsedText(h.elapsedMs)} ${h.exerciseId} hint ${h.n}: ${h.text.replace(/\n/g, ' ')}`);
    out.push('');
  }

  if (run.marks.length) {
    out.push('## Rubric', '');
    for (const m of run.marks) {
      const mark = m.covered ? '[x]' : '[ ]';
      const noted = m.noted.length ? ` (notes mention: ${m.noted.join(', ')})` : '';
      out.push(`- ${mark} ${m.item.stage} · weight ${m.item.weight}: ${m.item.point}${noted}`);
    }
    out.push('');
  }

  out.push('## Score', '');
  if (!run.score) out.push('Abandoned: no score.');
  else {
    out.push(`**${run.score.score}/100**`, '');
    for (const p of run.score.parts) out.push(`- ${p.label}: ${p.points}${p.max ? ` of ${p.max}` : ''}`);
  }
  out.push('');
  if (run.answer.trim() && run.kind !== 'coding') {
    out.push(run.kind === 'design' ? '## Outline of a strong answer' : '## Model answer', '', run.answer.trim(), '');
  }
  if (run.kind === 'behavioral' && run.notes.length) {
    // keep the answer readable as written, too
    out.push('## Your answer as written', '', quote(run.notes.map((n) => n.text).join('\n')), '');
  }
  return out.join('\n');
}
