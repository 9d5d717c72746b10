// One drill session as a state machine shared by the terminal view and the plain line mode: the
// current card, grading (committed to the store before it returns), undo, and the summary.
import { messageOf } from '../errors.ts';
import { dayOf } from '../progress/day.ts';
import type { FsrsState, Grade, ProgressStore, ReviewRecord } from '../progress/types.ts';
import { effectiveDue, type InterviewPlan } from './interview-plan.ts';
import type { DrillItem } from './queue.ts';
import type { Scheduler } from './scheduler.ts';

/** A card graded Again/Hard/Good that comes back within this long is shown again in this session (Anki's learn-ahead). */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface GradeOutcome {
  item: DrillItem;
  record: ReviewRecord;
  saved: boolean;
  /** not saved now, but kept in the journal to be saved at the next start */
  journaled: boolean;
  /** why it was not saved */
  error: string | null;
  /** true when the card comes back later in this session */
  again: boolean;
}

export interface DrillSummary {
  reviewed: number;
  again: number;
  /** 0..1 */
  againRate: number;
  unsaved: number;
  /** of the unsaved, those kept in the journal for the next start */
  journaled: number;
  /** cards left in the queue when the session ended early */
  left: number;
  /** when the next card of this drill's scope is due (ms; now when some are due already), or null */
  nextDue: number | null;
  /** cards due on that day (or due now) */
  nextDueCount: number;
}

interface Done {
  item: DrillItem;
  outcome: GradeOutcome;
  requeued: DrillItem | null;
  /** what the learner typed for the card (undo gives it back) */
  answer: string;
}

/** The same stored state (null for a card never reviewed): nothing was reviewed in between. */
function sameState(a: FsrsState | null, b: FsrsState | null): boolean {
  if (!a || !b) return a === b;
  return a.last_review === b.last_review && a.reps === b.reps && a.due === b.due;
}

/** The interval a state was scheduled for: from its review to its due time. */
export function scheduledInterval(s: FsrsState, now: number): number {
  return s.due - (s.last_review ?? now);
}

export interface DrillRunOptions {
  items: DrillItem[];
  store: ProgressStore;
  scheduler: Scheduler;
  plan: InterviewPlan;
  now?: () => number;
  /** current states of every card in the drill's scope (for the "next due" summary) */
  scope?: Map<string, FsrsState>;
  learnAheadMs?: number;
}

export class DrillRun {
  private readonly queue: DrillItem[];
  private readonly done: Done[] = [];
  private readonly now: () => number;
  private readonly scope: Map<string, FsrsState>;
  private shownAt: number;
  private grading = false;
  private shown: { item: DrillItem; states: Record<Grade, FsrsState> } | null = null;
  readonly store: ProgressStore;
  readonly scheduler: Scheduler;
  readonly plan: InterviewPlan;
  readonly learnAheadMs: number;

  constructor(o: DrillRunOptions) {
    this.queue = [...o.items];
    this.store = o.store;
    this.scheduler = o.scheduler;
    this.plan = o.plan;
    this.now = o.now ?? Date.now;
    this.scope = new Map(o.scope ?? []);
    this.learnAheadMs = o.learnAheadMs ?? LEARN_AHEAD_MS;
    this.shownAt = this.now();
  }

  get current(): DrillItem | undefined {
    return this.queue[0];
  }

  /** 1-based position of the current card and the session's size so far */
  get position(): { index: number; total: number } {
    return { index: this.done.length + 1, total: this.done.length + this.queue.length };
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  /**
   * The state each grade would give the current card: computed once per showing, and the grade
   * stores exactly this state (so a grade's label is the interval that is stored; the scheduler's
   * fuzz and the seconds between showing and grading cannot make them differ).
   */
  preview(): Record<Grade, FsrsState> | null {
    const item = this.current;
    if (!item) return null;
    if (this.shown?.item !== item) this.shown = { item, states: this.scheduler.preview(item.state, this.now()) };
    return this.shown.states;
  }

  /**
   * Grade the current card and store the review; resolves once it is committed (or known not to
   * be). The new state is computed inside the store's write from the card's latest stored state,
   * so a review another session made meanwhile is built upon. While another session holds the
   * write lock the grade waits (opts.onWait is called once when that takes long).
   */
  async grade(grade: Grade, opts: { onWait?: () => void; answer?: string } = {}): Promise<GradeOutcome> {
    // the card stays current until its grade is stored (a view shows it while the grade waits)
    const item = this.queue[0];
    if (!item) throw new Error('no card to grade');
    if (this.grading) throw new Error('a grade is already being saved');
    this.grading = true;
    const now = this.now();
    const previewed = this.preview()![grade];
    let after = previewed;
    let record: ReviewRecord;
    let saved = false;
    let journal: string | null = null;
    let error: string | null = null;
    // the reason is told once: when the store stops recording (the intro says so when it never did)
    const wasRecording = this.store.disabledReason === null;
    try {
      let told: string | null;
      ({ record, saved, journal, error: told } = await this.store.recordReview(
        {
          cardId: item.card.id,
          lessonId: item.card.lessonId,
          grade,
          at: now,
          durationMs: Math.max(0, now - this.shownAt),
          before: item.state,
          after,
          // the previewed state, unless another session reviewed the card meanwhile
          recompute: (latest, at) => (sameState(latest, item.state) ? previewed : this.scheduler.next(latest, at, grade)),
        },
        opts,
      ));
      after = record.after;
      if (!saved && wasRecording) error = told ?? this.store.disabledReason;
    } catch (e) {
      error = messageOf(e);
      record = { id: `unsaved-${now}`, cardId: item.card.id, lessonId: item.card.lessonId, grade, at: now, durationMs: null, before: item.state, after };
    } finally {
      this.grading = false;
    }
    this.queue.shift();
    this.scope.set(item.card.id, after);
    let requeued: DrillItem | null = null;
    if (after.due - now <= this.learnAheadMs) {
      requeued = { card: item.card, state: after };
      this.queue.push(requeued);
    }
    const outcome: GradeOutcome = { item, record, saved, journaled: journal !== null, error, again: requeued !== null };
    this.done.push({ item, outcome, requeued, answer: opts.answer ?? '' });
    this.shownAt = this.now();
    return outcome;
  }

  /** Take back the last grade: the review is deleted and that card is shown again, with the answer typed for it. */
  undo(): (DrillItem & { answer: string }) | null {
    const last = this.done.pop();
    if (!last) return null;
    if (last.requeued) {
      const i = this.queue.lastIndexOf(last.requeued);
      if (i !== -1) this.queue.splice(i, 1);
    }
    // a review kept in the journal is taken back there (it is not replayed)
    if (last.outcome.saved || last.outcome.journaled) this.store.undoReview(last.outcome.record.id);
    if (last.item.state) this.scope.set(last.item.card.id, last.item.state);
    else this.scope.delete(last.item.card.id);
    this.queue.unshift(last.item);
    this.shownAt = this.now();
    return { ...last.item, answer: last.answer };
  }

  summary(): DrillSummary {
    const reviewed = this.done.length;
    const again = this.done.filter((d) => d.outcome.record.grade === 1).length;
    const now = this.now();
    const dues = [...this.scope].map(([id, st]) => effectiveDue(this.plan, id, st));
    let nextDue: number | null = dues.length ? Math.max(now, dues.reduce((a, b) => Math.min(a, b))) : null;
    let nextDueCount = 0;
    if (nextDue !== null) {
      const day = dayOf(nextDue);
      nextDueCount = dues.filter((d) => (nextDue === now ? d <= now : dayOf(d) === day)).length;
      if (nextDue === now && nextDueCount === 0) nextDue = null;
    }
    return {
      reviewed,
      again,
      againRate: reviewed ? again / reviewed : 0,
      unsaved: this.done.filter((d) => !d.outcome.saved).length,
      journaled: this.done.filter((d) => d.outcome.journaled).length,
      left: this.queue.length,
      nextDue,
      nextDueCount,
    };
  }
}
