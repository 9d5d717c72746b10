// .plan: the interview date and desired retention, and what they do to scheduling.
import type { Command } from '../command.ts';
import '../views/plan.ts';
import { UsageError } from '../../errors.ts';

export const plan: Command = {
  name: 'plan',
  summary: 'set the interview date and desired retention; show the plan',
  usage: '.plan [--interview YYYY-MM-DD|none] [--retention R] [--json]',
  detail: [
    'With no option, shows the plan: days left, retention today, cards due before the interview, the reading pace, and cards due over the next 7 days.',
    '--interview YYYY-MM-DD sets the date (none clears it). --retention R sets the desired retention (0.7-0.99, default 0.9): the recall probability FSRS aims for when it schedules a card.',
    'The exact rule, from the date on:',
    '  Retention: the desired value holds until 30 days before the interview, then rises in a straight line to 0.95 (or your desired value if higher) on the day. Higher retention gives shorter intervals.',
    '  Cap: a card whose next review would fall after the interview is due instead in the final 7 days before it (on a day fixed per card, so the week is not one pile), unless it was last reviewed inside that week already. So every card you have studied comes up at least once in the last week.',
    '  After the interview day the plan has no effect.',
  ].join('\n'),
  flags: {
    interview: { type: 'string', arg: 'YYYY-MM-DD', desc: 'set the interview date (none clears it)' },
    retention: { type: 'number', arg: 'R', desc: 'set the desired retention, 0.7-0.99 (default 0.9)' },
  },
  async run(a, ctx) {
    if (a._.length) throw new UsageError('.plan', `unexpected "${a._.join(' ')}" (.plan --interview YYYY-MM-DD)`);
    const [{ takeStudySnapshot }, { planData }, { parseIsoDay, dayOf }, { MIN_RETENTION, MAX_RETENTION }] = await Promise.all([
      import('../../study/mastery.ts'),
      import('../../study/plan-report.ts'),
      import('../../progress/day.ts'),
      import('../../progress/settings.ts'),
    ]);
    const now = ctx.clock.now();
    const change: { interviewDate?: string | null; retention?: number } = {};
    if (a.interview !== undefined) {
      const text = String(a.interview).trim();
      if (/^(none|clear|off)$/i.test(text)) change.interviewDate = null;
      else {
        const day = parseIsoDay(text);
        if (day === null) throw new UsageError('.plan', `--interview takes a date as YYYY-MM-DD (got "${text}")`);
        if (day < dayOf(now)) throw new UsageError('.plan', `${text} is in the past`);
        change.interviewDate = text;
      }
    }
    if (a.retention !== undefined) {
      const r = Number(a.retention);
      if (!(r >= MIN_RETENTION && r <= MAX_RETENTION)) throw new UsageError('.plan', `--retention is between ${MIN_RETENTION} and ${MAX_RETENTION} (got ${a.retention})`);
      change.retention = Math.round(r * 1000) / 1000;
    }
    const store = await ctx.progress();
    let notSaving: string | null = null;
    if (Object.keys(change).length) {
      store.setSettings(change);
      notSaving = store.disabledReason;
    }
    const corpus = await ctx.corpus();
    return { kind: 'plan', data: { ...planData(corpus, takeStudySnapshot(store, now)), notSaving } };
  },
};
