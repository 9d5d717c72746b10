// `.progress`: mastery per area as bars, a reviews-per-day heatmap for the last 12 weeks, the
// streak, cards due, exercises solved. progressData gathers (store reads); renderProgress is pure
// and reads well without colour (block characters carry the levels) and at 60 columns.
import type { Corpus } from '../corpus/corpus.ts';
import { areaName, hasChecks } from '../corpus/types.ts';
import { fit, visibleWidth, type Style } from '../render/style.ts';
import { daysLeft, effectiveDue, planFrom, retentionOn } from '../drill/interview-plan.ts';
import { dayOf, dayStart, isoDay, weekday } from './day.ts';
import { lessonMastery, type Snapshot } from './mastery.ts';
import type { ProgressStore } from './types.ts';

export const HEATMAP_WEEKS = 12;

export interface AreaProgress {
  area: string;
  name: string;
  /** mean lesson mastery, 0..1 */
  mastery: number;
  lessons: number;
  read: number;
}

export interface ProgressData {
  today: number;
  areas: AreaProgress[];
  /** first day (a Monday) of the heatmap and the reviews per day from it to today */
  heatmapStart: number;
  perDay: Record<number, number>;
  streak: number;
  reviewsToday: number;
  dueToday: number;
  dueWeek: number;
  newCards: number;
  exercises: { solved: number; attempted: number; total: number };
  interview: { date: string; daysLeft: number } | null;
  retention: number;
  notRecording: string | null;
}

/** Consecutive active days ending today, or ending yesterday when today has no activity yet. */
export function streak(activeDays: Iterable<number>, today: number): number {
  const days = new Set(activeDays);
  let d = days.has(today) ? today : today - 1;
  let n = 0;
  while (days.has(d)) {
    n++;
    d--;
  }
  return n;
}

export function progressData(corpus: Corpus, store: ProgressStore, snap: Snapshot): ProgressData {
  const now = snap.now;
  const today = dayOf(now);
  const plan = planFrom(snap.settings, now);
  const heatmapStart = today - weekday(today) - (HEATMAP_WEEKS - 1) * 7;
  const perDay = Object.fromEntries(store.reviewsPerDay(heatmapStart, today));

  let window = 60;
  let active = store.activeDays(today - window);
  let run = streak(active, today);
  while (run >= window - 1 && window < 40_000) {
    window *= 8;
    active = store.activeDays(today - window);
    run = streak(active, today);
  }

  const endToday = dayStart(today + 1);
  const endWeek = dayStart(today + 7);
  let dueToday = 0;
  let dueWeek = 0;
  let newCards = 0;
  const areas = new Map<string, { sum: number; lessons: number; read: number }>();
  let solved = 0;
  let attempted = 0;
  let total = 0;
  for (const l of corpus.lessons) {
    for (const c of l.cards) {
      const rec = snap.cards.get(c.id);
      if (!rec) {
        newCards++;
        continue;
      }
      const due = effectiveDue(plan, c.id, rec.fsrs);
      if (due < endToday) dueToday++;
      if (due < endWeek) dueWeek++;
    }
    const m = lessonMastery(l, snap);
    const a = areas.get(l.area) ?? { sum: 0, lessons: 0, read: 0 };
    a.sum += m.mastery;
    a.lessons++;
    if (m.read) a.read++;
    areas.set(l.area, a);
    for (const e of l.exercises) {
      if (!hasChecks(e)) continue;
      total++;
      const st = snap.exercises.get(e.id);
      if (st?.solved) solved++;
      else if (st) attempted++;
    }
  }
  const left = daysLeft(plan, now);
  return {
    today,
    areas: corpus.areas.map((area) => {
      const a = areas.get(area)!;
      return { area, name: areaName(area), mastery: a.sum / a.lessons, lessons: a.lessons, read: a.read };
    }),
    heatmapStart,
    perDay,
    streak: run,
    reviewsToday: perDay[today] ?? 0,
    dueToday,
    dueWeek,
    newCards,
    exercises: { solved, attempted, total },
    interview: left !== null && snap.settings.interviewDate ? { date: snap.settings.interviewDate, daysLeft: left } : null,
    retention: retentionOn(plan, now),
    notRecording: store.disabledReason,
  };
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
