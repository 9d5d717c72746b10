// .plan: the interview date, daily minutes and areas, and the day-by-day study plan they give;
// the desired retention and what the date does to card scheduling.
import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import type { Settings } from '../../progress/types.ts';
import { DEFAULT_MINUTES_PER_DAY, MAX_MINUTES_PER_DAY, MIN_MINUTES_PER_DAY } from '../../progress/settings.ts';

export const plan: Command = {
  name: 'plan',
  summary: 'the study plan to your interview: set the date, daily minutes and areas; show the schedule',
  usage: '.plan [--interview DATE|+10d|"in 2 weeks"|none] [--minutes-per-day N] [--focus AREA,…] [--skip AREA,…] [--retention R] [--json]',
  detail: [
    'With an interview date, shows a day-by-day schedule to the interview that fits your minutes a day (60 by default), by each lesson\'s estimated_time, its cards and its exercises, and lists what does not fit, lowest priority first. .today shows today\'s part; .next takes its next item.',
    '--interview takes YYYY-MM-DD, +10d, +2w, "in 2 weeks", tomorrow (none clears it). --minutes-per-day N sets the daily budget. --focus AREA,… weighs areas double; --skip AREA,… leaves them out (none clears either).',
    'The plan is made afresh from your progress each time: a missed day or a day done ahead re-plans the rest. Order: each day first holds the cards due and a mock interview when one is due (final two weeks, when .mock exists), then exercises to practise again (failed or faded), then unread lessons by priority (the lesson\'s high/medium/low times its area\'s interview weight, raised where you are weakest), prerequisites first, each with its new cards; faded lessons come back as a shorter refresh.',
    '--retention R sets the desired retention (0.7-0.99, default 0.9): the recall probability FSRS aims for when it schedules a card.',
    'The scheduling rule, from the date on:',
    '  Retention: the desired value holds until 30 days before the interview, then rises in a straight line to 0.95 (or your desired value if higher) on the day. Higher retention gives shorter intervals.',
    '  Cap: a card whose next review would fall after the interview is due instead in the final 7 days before it (on a day fixed per card, so the week is not one pile), unless it was last reviewed inside that week already. So every card you have studied comes up at least once in the last week.',
    '  After the interview day the plan has no effect.',
  ].join('\n'),
  flags: {
    interview: { type: 'string', arg: 'DATE', desc: 'the interview date: YYYY-MM-DD, +10d, +2w, "in 2 weeks" (none clears it)' },
    'minutes-per-day': { type: 'number', arg: 'N', desc: `minutes a day for the plan (${MIN_MINUTES_PER_DAY}-${MAX_MINUTES_PER_DAY}, default ${DEFAULT_MINUTES_PER_DAY})` },
    focus: { type: 'string', arg: 'AREA,…', desc: 'areas to weigh double (none clears)' },
    skip: { type: 'string', arg: 'AREA,…', desc: 'areas to leave out (none clears)' },
    retention: { type: 'number', arg: 'R', desc: 'set the desired retention, 0.7-0.99 (default 0.9)' },
  },
  complete: (partial) => ['--interview', '--minutes-per-day', '--focus', '--skip', '--retention'].filter((w) => w.startsWith(partial)),
  async run(a, ctx) {
    if (a._.length) throw new UsageError('.plan', `unexpected "${a._.join(' ')}" (.plan --interview DATE, e.g. +10d)`);
    const [{ takeStudySnapshot }, { planData }, { dayOf, isoDay }, { MIN_RETENTION, MAX_RETENTION }, { parseInterviewDay }, { studyPlan }, { mockSource }] = await Promise.all([
      import('../../study/mastery.ts'),
      import('../../study/plan-report.ts'),
      import('../../progress/day.ts'),
      import('../../progress/settings.ts'),
      import('../../study/interview-date.ts'),
      import('../../study/plan-input.ts'),
      import('../mock-source.ts'),
    ]);
    const now = ctx.clock.now();
    const corpus = await ctx.corpus();
    const change: Partial<Settings> = {};
    if (a.interview !== undefined) {
      const text = String(a.interview).trim();
      if (/^(none|clear|off)$/i.test(text)) change.interviewDate = null;
      else {
        const day = parseInterviewDay(text, now);
        if (day === null) throw new UsageError('.plan', `--interview takes a date: YYYY-MM-DD, +10d, +2w or "in 2 weeks" (got "${text}")`);
        if (day < dayOf(now)) throw new UsageError('.plan', `${text} is in the past`);
        change.interviewDate = isoDay(day);
      }
    }
    if (a.retention !== undefined) {
      const r = Number(a.retention);
      if (!(r >= MIN_RETENTION && r <= MAX_RETENTION)) throw new UsageError('.plan', `--retention is between ${MIN_RETENTION} and ${MAX_RETENTION} (got ${a.retention})`);
      change.retention = Math.round(r * 1000) / 1000;
    }
    const minutes = a['minutes-per-day'];
    if (minutes !== undefined) {
      const m = Number(minutes);
      if (!Number.isInteger(m) || m < MIN_MINUTES_PER_DAY || m > MAX_MINUTES_PER_DAY) throw new UsageError('.plan', `--minutes-per-day takes whole minutes, ${MIN_MINUTES_PER_DAY}-${MAX_MINUTES_PER_DAY} (got ${String(minutes)})`);
      change.minutesPerDay = m;
    }
    for (const key of ['focus', 'skip'] as const) {
      if (a[key] === undefined) continue;
      const text = String(a[key]).trim();
      if (/^(none|clear|off)$/i.test(text)) {
        change[key] = null;
        continue;
      }
      const areas = text.split(/[\s,]+/).filter(Boolean);
      const unknown = areas.filter((x) => !corpus.areas.includes(x));
      if (!areas.length || unknown.length) throw new UsageError('.plan', `--${key} takes areas, comma-separated: ${corpus.areas.join(', ')} (unknown: ${unknown.join(', ') || 'none given'})`);
      change[key] = [...new Set(areas)];
    }
    const store = await ctx.progress();
    let notSaving: string | null = null;
    if (Object.keys(change).length) {
      store.setSettings(change);
      notSaving = store.disabledReason;
    }
    const snap = takeStudySnapshot(store, now);
    const schedule = studyPlan(corpus.lessons, store, now, { mock: mockSource(store), reads: snap });
    return { kind: 'plan', data: { ...planData(corpus, snap), notSaving, schedule } };
  },
};
