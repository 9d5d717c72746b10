// Markdown -> terminal text: marked with marked-terminal's renderer, configured with our styles
// (so NO_COLOR and pipes give plain text whatever chalk detects) and extended where it is wrong
// with marked >= 13 or where our width rules need more:
// - `text`: a tight list item's text token carries inline tokens; marked-terminal prints its raw
//   text, so `**bold**` and backticks leak (marked-terminal issues #304 and #371). Parsed inline here.
// - `list`: bullets by depth, items wrapped at spaces with a hanging indent to the width left
//   after the bullet (marked-terminal does not reflow items, and re-indents them by regex).
// - paragraphs and headings wrap at spaces (options below; marked-terminal's reflow splits words).
// - `code`: never wrapped (the caller cuts it with a marker or pages it whole), coloured by our
//   slim highlighter with our Style; a column-aligned text table too wide for the screen, stacked.
// - `table`: aligned columns, or stacked records when wider than the width (not cli-table3 boxes).
// - `blockquote` narrows the width for its contents; `link` prints "text (href)" (no OSC 8
//   hyperlinks: they would be escape codes under NO_COLOR and in the pager); `html` drops tags.
// Everything else (strong, em, del, codespan, br, image, hr, the parser walk) is marked-terminal's.
// Pure; loaded on first use (the build bundles it with stubs for cli-highlight and node-emoji).
import { Marked, type Token, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { highlight } from './highlight.ts';
import { records } from './records.ts';
import { styleWords, visibleWidth, type Style } from './style.ts';
import { textTable } from './text-table.ts';
import { wrapText } from './width.ts';

const BULLETS = ['•', '◦', '▪'];
/** Code blocks sit this far in from the prose around them (marked-terminal's `tab`). */
export const CODE_INDENT = '  ';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };
const decode = (s: string) => (s.includes('&') ? s.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, e: string) => ENTITIES[e]!) : s);
/** marked-terminal hides ':' in code spans from its emoji pass (which we turn off); put them back. */
const undoColon = (s: string) => s.split('*#COLON|*').join(':');
const section = (lines: string[]) => `${lines.join('\n')}\n\n`;
const lines = (rendered: string) => rendered.replace(/\n+$/, '').split('\n');

interface Engine {
  marked: Marked;
  /** the columns the block being rendered may use (narrower inside lists and quotes) */
  room: number;
}

// the parser's `this` in renderer methods: marked's renderer, whose parser renders child tokens
interface Ctx {
  parser: { parse(tokens: Token[]): string; parseInline(tokens: Token[]): string };
}

function engine(s: Style): Engine {
  const e = { room: s.width } as Engine;
  const bar = s.dim('│ ');
  const term = markedTerminal(
    {
      width: s.width,
      reflowText: false,
      showSectionPrefix: false,
      tab: CODE_INDENT.length,
      emoji: false,
      unescape: false,
      heading: (t: string) => wrapText(styleWords(t, (w) => s.bold(s.cyan(w))), e.room),
      firstHeading: (t: string) => wrapText(styleWords(t, (w) => s.bold(s.magenta(w))), e.room),
      paragraph: (t: string) => wrapText(t, e.room),
      strong: (t: string) => styleWords(t, s.bold),
      em: (t: string) => styleWords(t, s.italic),
      del: (t: string) => styleWords(t, s.dim),
      codespan: (t: string) => styleWords(decode(undoColon(t)).replace(/\n/g, ' '), s.yellow),
      hr: () => s.dim('─'.repeat(Math.min(e.room, 40))),
      image: (href: string, _title: string, text: string) => styleWords(`[image: ${text || href}]`, s.dim),
      // marked-terminal indents the quote by `tab`: that indent becomes the bar
      blockquote: (t: string) =>
        t
          .split('\n')
          .map((l) => (l.trim() ? bar + l.replace(/^ {2}/, '') : bar.trimEnd()))
          .join('\n'),
      // nothing else of marked-terminal's paints: these are ours or unused
      list: (t: string) => t,
      listitem: (t: string) => t,
      table: (t: string) => t,
      html: (t: string) => t,
      text: (t: string) => t,
      link: (t: string) => t,
      href: (t: string) => t,
      code: (t: string) => t,
    },
    { style: s },
  ) as { renderer: Record<string, (this: Ctx, ...a: unknown[]) => string> };
  const mt = term.renderer;

  const renderer = {
    text(this: Ctx, t: Tokens.Text | Tokens.Escape): string {
      if ('tokens' in t && t.tokens?.length) return this.parser.parseInline(t.tokens);
      return decode(t.text).replace(/\n/g, ' ');
    },
    blockquote(this: Ctx, t: Tokens.Blockquote): string {
      e.room -= 2;
      try {
        return mt.blockquote!.call(this, t);
      } finally {
        e.room += 2;
      }
    },
    list(this: Ctx, l: Tokens.List): string {
      const depth = listDepth++;
      try {
        return section(listLines.call(this, l, depth));
      } finally {
        listDepth--;
      }
    },
    checkbox(t: Tokens.Checkbox): string {
      return t.checked ? '[x] ' : '[ ] ';
    },
    code(t: Tokens.Code): string {
      return section(code(t, s, e.room));
    },
    table(this: Ctx, t: Tokens.Table): string {
      return section(table(t, s, e.room, (cell) => this.parser.parseInline(cell)));
    },
    link(this: Ctx, l: Tokens.Link): string {
      const text = this.parser.parseInline(l.tokens);
      const plainText = (l.text ?? '').replace(/^mailto:/, '');
      if (!l.href || l.href === plainText || l.href === `mailto:${plainText}`) return styleWords(text, (w) => s.underline(s.blue(w)));
      return `${styleWords(text, s.blue)} ${styleWords(`(${l.href})`, s.dim)}`;
    },
    html(t: Tokens.HTML | Tokens.Tag): string {
      const text = decode(t.text.replace(/<!--[\s\S]*?-->/g, '').replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, ''));
      if (!('block' in t && t.block)) return text;
      return text.trim() ? section([wrapText(text.trim(), e.room)]) : '';
    },
  };

  let listDepth = 0;
  function listLines(this: Ctx, l: Tokens.List, depth: number): string[] {
    const start = typeof l.start === 'number' ? l.start : 1;
    const numWidth = String(start + l.items.length - 1).length;
    const out: string[] = [];
    const room = e.room;
    l.items.forEach((item, i) => {
      const marker = l.ordered ? `${String(start + i).padStart(numWidth)}.` : BULLETS[depth % BULLETS.length]!;
      const lead = `${marker} `;
      const pad = ' '.repeat(visibleWidth(lead));
      // a tight task item's checkbox is part of its first line
      const box = item.tokens[0]?.type === 'checkbox' ? renderer.checkbox(item.tokens[0] as Tokens.Checkbox) : '';
      const tokens = box ? item.tokens.slice(1) : item.tokens;
      e.room = room - pad.length - box.length;
      const body: string[] = [];
      try {
        for (const t of tokens) {
          if (t.type === 'space') continue;
          // a tight item's text is inline: wrap it here; blocks (paragraphs, nested lists, code) wrap themselves
          const rendered = this.parser.parse([t]);
          const ls = t.type === 'text' ? wrapText(rendered, e.room).split('\n') : lines(rendered);
          if (body.length && l.loose) body.push('');
          body.push(...ls);
        }
      } finally {
        e.room = room;
      }
      if (l.loose && i > 0) out.push('');
      body.forEach((line, j) => {
        if (j === 0) out.push(`${s.cyan(lead)}${box}${line}`);
        else out.push(line ? `${pad}${' '.repeat(box.length)}${line}` : '');
      });
      if (!body.length) out.push(s.cyan(lead).trimEnd());
    });
    return out;
  }

  e.marked = new Marked({ gfm: true });
  e.marked.use(term as Parameters<Marked['use']>[0]);
  e.marked.use({ renderer: renderer as unknown as Parameters<Marked['use']>[0]['renderer'] });
  return e;
}

const engines = new WeakMap<Style, Engine>();
function engineFor(s: Style): Engine {
  let e = engines.get(s);
  if (!e) engines.set(s, (e = engine(s)));
  return e;
}

/** Blocks of markdown as terminal lines, prose wrapped to `width`; code lines are left whole. */
export function renderBlocks(md: string, s: Style, width = s.width): string {
  const e = engineFor(s);
  e.room = width;
  return String(e.marked.parse(md, { async: false })).replace(/\n{3,}/g, '\n\n').trimEnd();
}

/** One line of inline markdown (a card, a hint) as styled text, never wrapped. */
export function renderInlineMarkdown(md: string, s: Style): string {
  return String(engineFor(s).marked.parseInline(md, { async: false }));
}

function code(c: Tokens.Code, s: Style, width: number): string[] {
  const lang = (c.lang ?? '').split(/\s+/)[0] ?? '';
  const text = c.text.replace(/\t/g, '    ').replace(/\s+$/, '');
  const room = width - CODE_INDENT.length;
  // a column-aligned diagram that is really a table, too wide to show: stacked records
  if ((lang === '' || lang === 'text') && text.split('\n').some((l) => visibleWidth(l) > room)) {
    const t = textTable(text);
    if (t) return records(t.header, t.rows, s, room).map((l) => (l ? CODE_INDENT + l : ''));
  }
  return highlight(text, lang, s)
    .split('\n')
    .map((l) => (l ? CODE_INDENT + l : ''));
}

function table(t: Tokens.Table, s: Style, width: number, inline: (tokens: Token[]) => string): string[] {
  const header = t.header.map((c) => inline(c.tokens));
  const rows = t.rows.map((r) => r.map((c) => inline(c.tokens)));
  const widths = header.map((h, i) => Math.max(visibleWidth(h), ...rows.map((r) => visibleWidth(r[i] ?? ''))));
  const gap = '  ';
  const total = widths.reduce((a, b) => a + b, 0) + gap.length * (widths.length - 1);
  if (total > width - CODE_INDENT.length) return records(header, rows, s, width - CODE_INDENT.length).map((l) => (l ? CODE_INDENT + l : ''));
  const align = t.align;
  const cell = (text: string, i: number) => {
    const pad = widths[i]! - visibleWidth(text);
    return align[i] === 'right' ? ' '.repeat(pad) + text : align[i] === 'center' ? ' '.repeat(pad >> 1) + text + ' '.repeat(pad - (pad >> 1)) : text + ' '.repeat(pad);
  };
  const line = (cells: string[]) => cells.map(cell).join(gap).trimEnd();
  return [line(header.map((h) => styleWords(h, s.bold))), s.dim(widths.map((w) => '─'.repeat(w)).join(gap)), ...rows.map(line)].map((l) => CODE_INDENT + l);
}
