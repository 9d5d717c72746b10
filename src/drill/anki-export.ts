// Cards as an Anki plain-text import file (File > Import in Anki 2.1.55+): tab-separated, with
// the header lines Anki reads (#separator, #html, #notetype, #deck column, #tags column, #guid
// column). The first column is a stable GUID from the card's id, so importing the file again
// updates the notes instead of duplicating them. Pure.
import type { Card, Lesson } from '../corpus/types.ts';
import { areaName } from '../corpus/types.ts';
import { closesFence, openingFence } from '../util/fences.ts';

export interface AnkiOptions {
  /** the top-level deck; each area becomes a subdeck (default "swelearn") */
  deck?: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline markdown (code, bold, italics) on one escaped line. */
function inline(line: string): string {
  const parts = line.split(/(`[^`]+`)/);
  return parts
    .map((p) => {
      if (/^`[^`]+`$/.test(p)) return `<code>${escapeHtml(p.slice(1, -1))}</code>`;
      return escapeHtml(p)
        .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
        .replace(/__(.+?)__/g, '<b>$1</b>')
        .replace(/(^|[\s(])\*(?!\s)(.+?)(?<!\s)\*(?=[\s).,;:!?]|$)/g, '$1<i>$2</i>')
        .replace(/(^|[\s(])_(?!\s)(.+?)(?<!\s)_(?=[\s).,;:!?]|$)/g, '$1<i>$2</i>');
    })
    .join('');
}

/** Markdown to the minimal HTML Anki shows: code blocks, list items, inline styles, line breaks. */
export function markdownToAnkiHtml(md: string): string {
  const out: string[] = [];
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = openingFence(line);
    if (fence) {
      const code: string[] = [];
      for (i++; i < lines.length && !closesFence(lines[i]!, fence); i++) code.push(lines[i]!);
      out.push(`<pre><code>${code.map(escapeHtml).join('<br>')}</code></pre>`);
      continue;
    }
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    out.push(item ? `• ${inline(item[1]!)}` : inline(line.trim()));
  }
  return out
    .join('<br>')
    .replace(/(<br>){3,}/g, '<br><br>')
    .replace(/^(<br>)+|(<br>)+$/g, '')
    .replace(/\t/g, ' ');
}

/** An Anki tag: no spaces (Anki splits tags on them). */
const tag = (s: string) => s.trim().replace(/\s+/g, '_');

export function ankiGuid(card: Card): string {
  return `swelearn:${card.id}`;
}

/** The whole import file: header lines, then one note per card (guid, front, back, deck, tags). */
export function ankiTsv(lessons: readonly Lesson[], opts: AnkiOptions = {}): { text: string; cards: number } {
  const deck = tag(opts.deck ?? 'swelearn').replace(/_/g, ' ');
  const rows: string[] = [];
  for (const l of lessons) {
    const tags = ['swelearn', `swelearn::${tag(l.area)}`, `swelearn::lesson::${tag(l.id)}`, `swelearn::${l.difficulty}`, ...l.tags.map(tag)].join(' ');
    const where = `${deck}::${areaName(l.area)}`.replace(/\t/g, ' ');
    for (const c of l.cards) {
      const front = `${markdownToAnkiHtml(c.question)}<br><br><small>${escapeHtml(l.title)}</small>`;
      rows.push([ankiGuid(c), front, markdownToAnkiHtml(c.answer), where, tags].join('\t'));
    }
  }
  const header = ['#separator:tab', '#html:true', '#notetype:Basic', '#guid column:1', '#deck column:4', '#tags column:5', '#columns:guid\tFront\tBack\tDeck\tTags'];
  return { text: `${[...header, ...rows].join('\n')}\n`, cards: rows.length };
}
