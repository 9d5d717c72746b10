// .progress: mastery per area as bars, a reviews-per-day heatmap for the last 12 weeks, the
// streak, cards due, exercises solved. Reads well without colour (block characters carry the
// levels) and at 60 columns.
import { fit, visibleWidth, wrap, type Style } from '../../render/style.ts';
import { mockTrendLines } from './mock.ts';
import { isoDay } from '../../progress/day.ts';
import { HEATMAP_WEEKS, type AreaProgress, type ProgressData } from '../../study/progress-report.ts';
import type { View } from './view.ts';

declare module '../outcome.ts' {
  interface OutcomeData {
    progress: ProgressData;
  }
}

export function bar(fraction: number, width: number): string {
  const f = Math.min(1, Math.max(0, fraction));
  const full = Math.round(f * width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}

const SHADES = ['·', '░', '▒', '▓', '█'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Level 0-4 of a day's count, relative to the busiest day shown. */
export function shade(n: number, max: number): number {
  if (n <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((n / max) * 4)));
}

export function heatmap(d: Pick<ProgressData, 'heatmapStart' | 'perDay' | 'today'>, s: Style): string[] {
  const weeks = Math.floor((d.today - d.heatmapStart) / 7) + 1;
  const max = Math.max(0, ...Object.values(d.perDay));
  const labels = ['Mon', '', 'Wed', '', 'Fri', '', 'Sun'];
  const colour = [s.dim, s.green, s.green, s.green, (x: string) => s.bold(s.green(x))];
  // month names above the week in which each month starts (the week's last day shown counts, so
  // the current month is named from its first day on); a name that would run into the next one
  // gives way to it, so the newest month always shows
  const monthOf = (day: number) => new Date(day * 86_400_000).getUTCMonth();
  const marks: { col: number; name: string }[] = [];
  for (let w = 0; w < weeks; w++) {
    const first = d.heatmapStart + w * 7;
    const last = Math.min(first + 6, d.today);
    if (w === 0 || monthOf(last) !== monthOf(first - 1)) marks.push({ col: 4 + w * 2, name: MONTHS[monthOf(last)]! });
  }
  let months = '';
  marks.forEach((m, i) => {
    const next = marks[i + 1];
    if (next && m.col + m.name.length >= next.col) return;
    months = months.padEnd(m.col) + m.name;
  });
  const rows = [s.dim(months)];
  for (let wd = 0; wd < 7; wd++) {
    let line = labels[wd]!.padEnd(4);
    for (let w = 0; w < weeks; w++) {
      const day = d.heatmapStart + w * 7 + wd;
      if (day > d.today) break;
      const lvl = shade(d.perDay[day] ?? 0, max);
      line += colour[lvl]!(SHADES[lvl]!) + ' ';
    }
    rows.push(line.trimEnd());
  }
  rows.push(s.dim(`    less ${SHADES.join(' ')} more · busiest day ${max}`));
  return rows;
}

export function renderProgress(d: ProgressData, s: Style): string {
  const w = s.width;
  const out: string[] = [];
  const head = [`${s.bold('Progress')}`, `streak ${d.streak} day${d.streak === 1 ? '' : 's'}`, `${d.reviewsToday} reviews today`];
  out.push(head.join(' · '));
  if (d.notRecording) out.push(s.yellow(`Not recording: ${d.notRecording}`));
  if (d.interview) {
    out.push(`Interview ${d.interview.date} (${d.interview.daysLeft === 0 ? 'today' : `in ${d.interview.daysLeft} day${d.interview.daysLeft === 1 ? '' : 's'}`}) · retention ${d.retention}`);
  }

  out.push('', s.bold('Mastery by area'));
  const nameW = Math.min(20, Math.max(...d.areas.map((a) => visibleWidth(a.name)), 4));
  const tail = (a: AreaProgress) => `${String(Math.round(a.mastery * 100)).padStart(3)}%  ${a.read}/${a.lessons} read`;
  const tailW = Math.max(...d.areas.map((a) => tail(a).length), 0);
  const barW = Math.max(8, Math.min(30, w - nameW - tailW - 6));
  for (const a of d.areas) {
    const b = bar(a.mastery, barW);
    const full = b.indexOf('░') === -1 ? b.length : b.indexOf('░');
    out.push(`  ${fit(a.name, nameW)}  ${s.green(b.slice(0, full))}${s.dim(b.slice(full))}  ${tail(a)}`);
  }

  out.push('', s.bold(`Reviews, last ${HEATMAP_WEEKS} weeks`), ...heatmap(d, s));

  out.push('', `${s.bold('Cards')}   ${d.dueToday} due today · ${d.dueWeek} this week · ${d.newCards} new`);
  const ex = d.exercises;
  out.push(`${s.bold('Exercises')}   ${ex.solved}/${ex.total} solved${ex.attempted ? ` · ${ex.attempted} attempted` : ''}`);
  if (d.memory.exercisesDue || d.memory.fading) {
    const parts = [d.memory.exercisesDue ? `${d.memory.exercisesDue} exercise${d.memory.exercisesDue === 1 ? '' : 's'} to practise again` : '', d.memory.fading ? `${d.memory.fading} lesson${d.memory.fading === 1 ? '' : 's'} fading (read, cards not reviewed)` : ''].filter(Boolean);
    out.push(wrap(`${s.bold('Memory')}      ${parts.join(' · ')}`, w, '  '));
  }
  if (d.mocks.length) out.push('', s.bold('Mock interviews'), ...mockTrendLines(d.mocks).map((l) => wrap(l, w, '              ')));
  out.push(s.dim(`${isoDay(d.today)} · .next says what to do now`));
  return out.join('\n');
}

export const progressView: View<'progress'> = {
  render: renderProgress,
};
