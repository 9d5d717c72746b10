// .progress: mastery per area as bars, a reviews-per-day heatmap for the last 12 weeks, the
// streak, cards due, exercises solved. Reads well without colour (block characters carry the
// levels) and at 60 columns.
import { fit, visibleWidth, type Style } from '../../render/style.ts';
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
  // month names above the week where each month starts
  let months = '';
  for (let w = 0; w < weeks; w++) {
    const first = d.heatmapStart + w * 7;
    const m = new Date(first * 86_400_000).getUTCMonth();
    const prev = new Date((first - 7) * 86_400_000).getUTCMonth();
    const col = 4 + w * 2;
    if ((w === 0 || m !== prev) && months.length <= col) months = months.padEnd(col) + MONTHS[m];
  }
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
  out.push(s.dim(`${isoDay(d.today)} · .next says what to do now`));
  return out.join('\n');
}

export const progressView: View<'progress'> = {
  render: renderProgress,
};
