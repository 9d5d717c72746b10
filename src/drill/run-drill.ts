// `.drill`: choose the cards, build the ctx, run it in the Ink view (TTY) or line mode
// (pipes), and return the summary. Imported lazily by the command: ts-fsrs loads only here.
import type { Card, Lesson } from '../corpus/types.ts';
import { matchLesson } from '../corpus/lookup.ts';
import { UsageError } from '../errors.ts';
import type { Context } from '../shell/context.ts';
import { lineInputFor } from '../shell/line-input.ts';
import { DrillRun } from './drill-run.ts';
import { summaryText, dueWhen } from './drill-text.ts';
import { daysLeft, effectiveDue, planFrom, retentionOn } from './interview-plan.ts';
import { runLineDrill } from './line-mode.ts';
import { buildQueue } from './queue.ts';
import { createScheduler } from './scheduler.ts';
import type { FsrsState } from '../progress/types.ts';
import { wrapText } from '../render/width.ts';

export interface DrillRequest {
  /** lesson id, list number, words, or a card id */
  ref?: string;
  tag?: string;
  area?: string;
  newLimit: number;
  now?: () => number;
}

/** The cards a request covers, and words describing them. */
export function selectCards(req: DrillRequest, lessons: Lesson[], byId: Map<string, Lesson>, lastList: Lesson[]): { cards: Card[]; scope: string } {
  let chosen = lessons;
  let scope = 'all lessons';
  if (req.ref) {
    const cardLesson = byId.get(req.ref.split(':')[0] ?? '');
    const card = cardLesson?.cards.find((c) => c.id === req.ref);
    if (card) return { cards: [card], scope: `card ${card.id}` };
    const m = matchLesson(lessons, byId, req.ref, lastList);
    if (m.kind === 'none') throw new UsageError('.drill', `no lesson matches "${req.ref}" (.find WORDS searches, .topics lists them)`);
    if (m.kind === 'many') {
      throw new UsageError('.drill', `"${req.ref}" matches ${m.lessons.length} lessons: ${m.lessons.slice(0, 6).map((l) => l.id).join(', ')}${m.lessons.length > 6 ? ', …' : ''}`);
    }
    chosen = [m.lesson];
    scope = m.lesson.title;
  }
  if (req.tag) {
    const tag = req.tag.toLowerCase();
    chosen = chosen.filter((l) => l.tags.includes(tag));
    if (!chosen.length) throw new UsageError('.drill', `no lesson has the tag "${req.tag}"`);
    scope = `#${tag}`;
  }
  if (req.area) {
    chosen = chosen.filter((l) => l.area === req.area);
    if (!chosen.length) throw new UsageError('.drill', `no lessons in the area "${req.area}"`);
    scope = req.area;
  }
  return { cards: chosen.flatMap((l) => l.cards), scope };
}

export async function runDrill(req: DrillRequest, ctx: Context): Promise<string> {
  const now = req.now ?? Date.now;
  const s = ctx.style;
  const corpus = await ctx.corpus();
  const { cards, scope } = selectCards(req, corpus.lessons, corpus.byId, ctx.state.lastList);
  if (!cards.length) return `No drill cards in ${scope} yet.`;
  const store = await ctx.progress();
  const settings = store.settings();
  const plan = planFrom(settings, now());
  const states = store.cards();
  const read = new Set(store.readStats().keys());
  const { due, fresh, newAvailable } = buildQueue(cards, states, { now: now(), plan, newLimit: req.newLimit, read });
  const scopeStates = new Map<string, FsrsState>();
  for (const c of cards) {
    const st = states.get(c.id);
    if (st) scopeStates.set(c.id, st.fsrs);
  }
  if (!due.length && !fresh.length) {
    const next = [...scopeStates].map(([id, st]) => effectiveDue(plan, id, st)).sort((a, b) => a - b)[0];
    const why = newAvailable && req.newLimit === 0 ? ` (${newAvailable} new: --new N to start some)` : '';
    return `Nothing due in ${scope}${why}.${next !== undefined ? ` Next card due ${dueWhen(next, now())}.` : ''}`;
  }
  const retention = retentionOn(plan, now());
  const scheduler = createScheduler({ retention });
  const run = new DrillRun({ items: [...due, ...fresh], store, scheduler, plan, now, scope: scopeStates });
  const left = daysLeft(plan, now());
  const intro = wrapText(
    [
      `${s.bold('Drill')} ${scope}: ${due.length} due · ${fresh.length} new`,
      `retention ${retention}${left !== null ? ` (interview in ${left} day${left === 1 ? '' : 's'})` : ''}`,
    ].join(' · '),
    s.width,
  );
  const notes = store.disabledReason ? [s.yellow(`Not saving: ${store.disabledReason}`)] : [];
  const title = (id: string) => corpus.byId.get(id)?.title ?? id;

  if (ctx.interactive) {
    const { runInkDrill } = await importInteractive(() => import('../ui/drill-app.tsx'));
    await runInkDrill(run, ctx, { intro, title, now });
  } else {
    const lines = lineInputFor(ctx);
    const write = (t: string) => void ctx.streams.output.write(t);
    write(`${intro}\n`);
    for (const n of notes) write(`${n}\n`);
    try {
      await runLineDrill(run, { read: () => lines.read(), write }, s, { now, lessonTitle: title });
    } finally {
      if (!ctx.repl) lines.close();
    }
  }
  return [...(ctx.interactive ? notes : []), summaryText(run.summary(), now(), s)].join('\n');
}

/**
 * Import the Ink view, answering two questions Ink and its layout engine settle at import:
 * - Ink decides once whether it runs "in CI" (the CI variable is set) and then draws only its
 *   last frame: a person at a terminal would see nothing until the drill ends. We only get here
 *   on a TTY, so the check is answered no.
 * - yoga-layout (Ink's layout, WebAssembly inlined as a data: URL) fetches that URL with
 *   `fetch` when there is one, which loads Node's whole HTTP client (undici, 100+ ms on a loaded
 *   machine) to decode base64. Without `fetch` it decodes it directly. swelearn is offline and
 *   runs nothing else meanwhile; `fetch` is put back as it was (not even loaded) right after.
 */
export async function importInteractive<T>(load: () => Promise<T>): Promise<T> {
  const saved = { CI: process.env.CI, CONTINUOUS_INTEGRATION: process.env.CONTINUOUS_INTEGRATION };
  if (saved.CI !== undefined) process.env.CI = '0';
  if (saved.CONTINUOUS_INTEGRATION !== undefined) process.env.CONTINUOUS_INTEGRATION = '0';
  const fetchProp = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (fetchProp?.configurable) delete (globalThis as { fetch?: unknown }).fetch;
  try {
    return await load();
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
    if (fetchProp?.configurable) Object.defineProperty(globalThis, 'fetch', fetchProp);
  }
}
