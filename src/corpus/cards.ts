// Drill cards from a lesson: Key Points bullets and explicit Q/A pairs. Pure.
import type { Card } from './types.ts';
import { listItems } from './markdown-blocks.ts';
import { shortHash } from '../util/hash.ts';

const SEPARATORS = [' = ', ' — ', ' – ', ' -- ', ': '];

function plain(md: string): string {
  return md
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** One Key Points bullet to a card, or null when it has no clear prompt. */
export function keyPointCard(bullet: string): Pick<Card, 'kind' | 'question' | 'answer'> | null {
  const text = bullet.replace(/\s*\n\s*/g, ' ').trim();
  let best: { at: number; sep: string } | null = null;
  for (const sep of SEPARATORS) {
    const at = text.indexOf(sep);
    if (at < 2 || at > 90) continue;
    // a separator inside inline code or bold does not count
    const before = text.slice(0, at);
    if ((before.match(/`/g)?.length ?? 0) % 2 === 1) continue;
    if ((before.match(/\*\*/g)?.length ?? 0) % 2 === 1) continue;
    if (!best || at < best.at) best = { at, sep };
  }
  if (best) {
    const prompt = plain(text.slice(0, best.at));
    const answer = plain(text.slice(best.at + best.sep.length));
    if (answer.length >= 3) return { kind: 'keypoint', question: `${prompt}${best.sep.trimEnd()} …`, answer };
  }
  const term = /\*\*(.+?)\*\*|`([^`]+)`/.exec(text);
  if (term) {
    const answer = (term[1] ?? term[2])!.trim();
    const question = plain(text.slice(0, term.index) + '[…]' + text.slice(term.index + term[0].length));
    if (answer.length >= 2 && question.replace('[…]', '').trim().length >= 10) return { kind: 'cloze', question, answer };
  }
  return null;
}

/** `- Q: … A: …` items of a Drill section. Items without both parts are reported. */
export function qaCards(body: string): { cards: Pick<Card, 'kind' | 'question' | 'answer'>[]; bad: string[] } {
  const cards: Pick<Card, 'kind' | 'question' | 'answer'>[] = [];
  const bad: string[] = [];
  for (const item of listItems(body)) {
    const m = /^Q:\s*([\s\S]+?)\n?\s*A:\s*([\s\S]+)$/.exec(item);
    if (!m) {
      bad.push(item.split('\n')[0]!.slice(0, 60));
      continue;
    }
    cards.push({ kind: 'qa', question: plain(m[1]!), answer: m[2]!.trim() });
  }
  return { cards, bad };
}

/** Give cards ids that depend only on the lesson id and the question. */
export function withIds(lessonId: string, cards: Pick<Card, 'kind' | 'question' | 'answer'>[]): Card[] {
  const used = new Set<string>();
  return cards.map((c) => {
    let id = `${lessonId}:${shortHash(c.question.toLowerCase().replace(/\s+/g, ' '))}`;
    for (let n = 2; used.has(id); n++) id = `${id.replace(/~\d+$/, '')}~${n}`;
    used.add(id);
    return { ...c, id, lessonId };
  });
}
