// `.drill` before it starts: the cards chosen, the queue (due first, then new), and the DrillRun
// that the effect runner (shell/drill-effect.ts) shows in the Ink view or in line mode. Pure
// apart from reading the store; ts-fsrs loads with it, so the command imports it lazily.
import type { Corpus } from '../corpus/corpus.ts';
import type { Lesson } from '../corpus/types.ts';
import type { FsrsState, ProgressStore } from '../progress/types.ts';
import { DrillRun } from './drill-session.ts';
import { daysLeft, effectiveDue, planFrom, retentionOn } from './interview-plan.ts';
import { buildQueue } from './queue.ts';
import { createScheduler } from './scheduler.ts';
import { selectCards, type DrillRequest } from './select-cards.ts';

export type { DrillRequest };

export interface DrillSetup {
  /** words for the cards chosen: "all lessons", a lesson title, "#tag", an area */
  scope: string;
  /** cards in the scope */
  cards: number;
  due: number;
  /** new cards in this drill */
  fresh: number;
  /** new cards the scope has in all (--new bounds how many come) */
  newAvailable: number;
  newLimit: number;
  /** when the next card of the scope is due (ms), for "nothing due" */
  nextDue: number | null;
  retention: number;
  /** days to the interview, or null without one */
  daysLeft: number | null;
  /** why grades are not saved (the store is read-only or failed), else null */
  notSaving: string | null;
  /** the run, or null when there is nothing to drill */
  run: DrillRun | null;
  /** a lesson's title by id (the card header) */
  title(lessonId: string): string;
  now(): number;
}

export function setUpDrill(req: DrillRequest, corpus: Corpus, store: ProgressStore, lastList: Lesson[], now: () => number): DrillSetup {
  const { cards, scope } = selectCards(req, corpus.lessons, corpus.byId, lastList);
  const title = (id: string) => corpus.byId.get(id)?.title ?? id;
  const plan = planFrom(store.settings(), now());
  const base = { scope, cards: cards.length, newLimit: req.newLimit, notSaving: store.disabledReason, title, now, retention: retentionOn(plan, now()), daysLeft: daysLeft(plan, now()) };
  if (!cards.length) return { ...base, due: 0, fresh: 0, newAvailable: 0, nextDue: null, run: null };
  const states = store.cards();
  const read = new Set(store.readStats().keys());
  const { due, fresh, newAvailable } = buildQueue(cards, states, { now: now(), plan, newLimit: req.newLimit, read });
  const scopeStates = new Map<string, FsrsState>();
  for (const c of cards) {
    const st = states.get(c.id);
    if (st) scopeStates.set(c.id, st.fsrs);
  }
  const nextDue = [...scopeStates].map(([id, st]) => effectiveDue(plan, id, st)).sort((a, b) => a - b)[0] ?? null;
  const counts = { due: due.length, fresh: fresh.length, newAvailable, nextDue };
  if (!due.length && !fresh.length) return { ...base, ...counts, run: null };
  const scheduler = createScheduler({ retention: base.retention });
  const run = new DrillRun({ items: [...due, ...fresh], store, scheduler, plan, now, scope: scopeStates });
  return { ...base, ...counts, run };
}
