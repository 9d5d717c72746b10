// `.next`: one recommendation with its reason and the command to type. Pure: it weighs due
// cards, failed exercises, the study plan (corpus order, prerequisites), new cards of lessons
// just read, and the interview date, and keeps the highest-scoring candidate.
import type { Corpus } from '../corpus/corpus.ts';
import { areaName, hasChecks, type Lesson } from '../corpus/types.ts';
import { daysLeft, effectiveDue, planFrom } from '../drill/interview-plan.ts';
import { DAY_MS, dayOf } from '../progress/day.ts';
import { lessonMastery, type StudySnapshot } from './mastery.ts';

export type RecommendationKind = 'drill' | 'retry' | 'start' | 'new-cards' | 'practice' | 'refresh' | 'mock' | 'done';

export interface Recommendation {
  kind: RecommendationKind;
  /** what to type, e.g. ".practice lru-cache" */
  command: string;
  /** e.g. "retry LRU cache (failed yesterday)" */
  reason: string;
  score: number;
}

function ago(ms: number, now: number): string {
  const days = dayOf(now) - dayOf(ms);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

/** The first unread prerequisite (depth first, in declared order) of a lesson, if any. */
export function unreadPrerequisite(lesson: Lesson, corpus: Corpus, isRead: (id: string) => boolean, seen = new Set<string>()): Lesson | null {
  seen.add(lesson.id);
  for (const id of lesson.prerequisites) {
    const p = corpus.byId.get(id);
    if (!p || seen.has(p.id) || isRead(p.id)) continue;
    return unreadPrerequisite(p, corpus, isRead, seen) ?? p;
  }
  return null;
}

export function candidates(corpus: Corpus, snap: StudySnapshot): Recommendation[] {
  const now = snap.now;
  const plan = planFrom(snap.settings, now);
  const left = daysLeft(plan, now);
  const soon = left !== null && left <= 14;
  const finalWeek = left !== null && left <= 7;
  const interview = left === null ? '' : left === 0 ? ', interview today' : `, interview in ${left} day${left === 1 ? '' : 's'}`;
  const isRead = (id: string) => snap.read.has(id);
  const out: Recommendation[] = [];

  // due cards
  let due = 0;
  for (const l of corpus.lessons) {
    for (const c of l.cards) {
      const rec = snap.cards.get(c.id);
      if (rec && effectiveDue(plan, c.id, rec.fsrs) <= now) due++;
    }
  }
  if (due > 0) {
    out.push({
      kind: 'drill',
      command: '.drill',
      reason: `${due} card${due === 1 ? '' : 's'} due${interview}`,
      score: 40 + Math.min(due, 60) * 0.5 + (soon ? 20 : 0),
    });
  }

  // the most recently failed exercise that has not been passed since
  let failed: { id: string; title: string; at: number } | null = null;
  for (const [id, st] of snap.exercises) {
    const ex = corpus.exercises.get(id);
    if (!ex || st.solved || st.lastPassed || !st.lastFailedAt) continue;
    if (!failed || st.lastFailedAt > failed.at) failed = { id, title: ex.title, at: st.lastFailedAt };
  }
  if (failed) {
    const age = now - failed.at;
    out.push({
      kind: 'retry',
      command: `.practice ${failed.id}`,
      reason: `retry ${failed.title} (failed ${ago(failed.at, now)})`,
      score: age < DAY_MS ? 45 : age < 3 * DAY_MS ? 42 : age < 7 * DAY_MS ? 35 : 20,
    });
  }

  // the study plan: the first unread lesson in order, or its first unread prerequisite
  const next = corpus.lessons.find((l) => !isRead(l.id));
  if (next) {
    const pre = unreadPrerequisite(next, corpus, isRead);
    const target = pre ?? next;
    out.push({
      kind: 'start',
      command: `.topic ${target.id}`,
      reason: pre ? `start ${pre.title} (unread, prerequisite of ${next.title})` : `start ${next.title} (next in ${areaName(next.area)}, ${next.difficulty})`,
      score: finalWeek ? 25 : 38,
    });
  }

  // new cards of lessons already read: the most recently read first
  let fresh: { lesson: Lesson; n: number; at: number } | null = null;
  for (const l of corpus.lessons) {
    const r = snap.read.get(l.id);
    if (!r) continue;
    const n = l.cards.filter((c) => !snap.cards.has(c.id)).length;
    if (n && (!fresh || r.lastAt > fresh.at)) fresh = { lesson: l, n, at: r.lastAt };
  }
  if (fresh) {
    const recent = now - fresh.at < 2 * DAY_MS;
    out.push({
      kind: 'new-cards',
      // exactly the cards the reason counts (.drill takes 10 new ones unless told)
      command: `.drill ${fresh.lesson.id} --new ${fresh.n}`,
      reason: `learn the ${fresh.n} new card${fresh.n === 1 ? '' : 's'} of ${fresh.lesson.title} (read ${ago(fresh.at, now)})`,
      score: (recent ? 39 : 30) + (soon ? 5 : 0),
    });
  }

  // an exercise of a read lesson never tried
  const untried = corpus.lessons.filter((l) => isRead(l.id)).flatMap((l) => l.exercises).find((e) => hasChecks(e) && !snap.exercises.has(e.id));
  if (untried) out.push({ kind: 'practice', command: `.practice ${untried.id}`, reason: `practise ${untried.title} (not tried yet)`, score: 33 });

  // the weakest lesson already read
  let weakest: { lesson: Lesson; m: number } | null = null;
  for (const l of corpus.lessons) {
    if (!isRead(l.id)) continue;
    const m = lessonMastery(l, snap).mastery;
    if (m < 0.6 && (!weakest || m < weakest.m)) weakest = { lesson: l, m };
  }
  if (weakest) {
    out.push({
      kind: 'refresh',
      command: `.topic ${weakest.lesson.id}`,
      reason: `refresh ${weakest.lesson.title} (mastery ${Math.round(weakest.m * 100)}%${interview})`,
      score: 10 + (1 - weakest.m) * 20 + (soon ? 10 : 0),
    });
  }
  return out.sort((a, b) => b.score - a.score);
}

export function recommend(corpus: Corpus, snap: StudySnapshot): Recommendation {
  const best = candidates(corpus, snap)[0];
  if (best) return best;
  return { kind: 'done', command: '.progress', reason: 'all caught up: nothing due, every lesson read', score: 0 };
}
