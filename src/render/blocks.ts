// Markdown blocks -> terminal lines, from marked's lexer tokens (marked-terminal is not used: it
// printed raw ** and backticks inside list items with newer marked, broke code lines at the
// width, and cost ~380 ms to import with every highlight.js grammar and an emoji table). Pure.
//
// Width rules: prose (paragraphs, list items, quotes, table cells) wraps at spaces to the width
// it is given; code and diagrams are never wrapped (the caller cuts or pages them); a table, or a
// column-aligned diagram that is a table, wider than the width becomes stacked records.
import { Lexer, type Token, type Tokens } from 'marked';
import { highlight } from './highlight.ts';
import { renderInline, styleWords } from './inline.ts';
import type { Style } from './style.ts';
import { visibleWidth } from './style.ts';
import { textTable } from './text-table.ts';
import { wrapText } from './width.ts';

const BULLETS = ['•', '◦', '▪'];
/** Code blocks sit this far in from the prose around them. */
export const CODE_INDENT = '  ';

export function renderBlocks(md: string, s: Style, width = s.width): string {
  return blocks(Lexer.lex(md), s, width, 0).join('\n');
}

/** Lines of a sequence of blocks, a blank line between blocks (none inside a tight list item). */
function blocks(tokens: readonly Token[], s: Style, width: number, depth: number, tight = false): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const lines = block(t, s, width, depth);
    if (lines === null) continue;
    if (out.length && !tight) out.push('');
    out.push(...lines);
  }
  return out;
}

function block(t: Token, s: Style, width: number, depth: number): string[] | null {
  switch (t.type) {
    case 'space':
    case 'def':
      return null;
    case 'heading': {
      const h = t as Tokens.Heading;
      const paint = h.depth === 1 ? (w: string) => s.bold(s.magenta(w)) : h.depth === 2 ? (w: string) => s.bold(s.cyan(w)) : s.bold;
      return wrapText(styleWords(renderInline(h.tokens, s), paint), width).split('\n');
    }
    case 'paragraph':
      return wrapText(renderInline((t as Tokens.Paragraph).tokens, s), width).split('\n');
    case 'text': {
      const tt = t as Tokens.Text;
      return wrapText(tt.tokens ? renderInline(tt.tokens, s) : tt.text, width).split('\n');
    }
    case 'code':
      return code(t as Tokens.Code, s, width);
    case 'blockquote': {
      const bar = s.dim('│ ');
      return blocks((t as Tokens.Blockquote).tokens, s, width - 2, depth).map((l) => (l ? bar + l : bar.trimEnd()));
    }
    case 'list':
      return list(t as Tokens.List, s, width, depth);
    case 'table':
      return table(t as Tokens.Table, s, width);
    case 'hr':
      return [s.dim('─'.repeat(Math.min(width, 40)))];
    case 'html': {
      const text = (t as Tokens.HTML).text.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, '').trim();
      return text ? wrapText(text, width).split('\n') : null;
    }
    default: {
      const any = t as { tokens?: Token[]; text?: string };
      if (any.tokens) return blocks(any.tokens, s, width, depth);
      return any.text ? wrapText(any.text, width).split('\n') : null;
    }
  }
}

function list(l: Tokens.List, s: Style, width: number, depth: number): string[] {
  const start = typeof l.start === 'number' ? l.start : 1;
  const numWidth = String(start + l.items.length - 1).length;
  const out: string[] = [];
  l.items.forEach((item, i) => {
    const marker = l.ordered ? `${String(start + i).padStart(numWidth)}.` : BULLETS[depth % BULLETS.length]!;
    const lead = `${marker} `;
    const pad = ' '.repeat(visibleWidth(lead));
    const inner = width - pad.length;
    // a task item's checkbox is part of its first line
    const tokens = item.tokens.filter((t) => t.type !== 'checkbox');
    const box = item.task ? (item.checked ? '[x] ' : '[ ] ') : '';
    const lines = blocks(tokens, s, inner - box.length, depth + 1, !l.loose);
    if (l.loose && i > 0) out.push('');
    lines.forEach((line, j) => {
      if (j === 0) out.push(`${s.cyan(lead)}${box}${line}`);
      else out.push(line ? `${pad}${box ? ' '.repeat(box.length) : ''}${line}` : '');
    });
    if (!lines.length) out.push(s.cyan(lead).trimEnd());
  });
  return out;
}

function code(c: Tokens.Code, s: Style, width: number): string[] {
  const lang = (c.lang ?? '').split(/\s+/)[0] ?? '';
  const text = c.text.replace(/\t/g, '    ').replace(/\s+$/, '');
  const room = width - CODE_INDENT.length;
  // a column-aligned diagram that is really a table, too wide to show: stacked records
  if ((lang === '' || lang === 'text') && text.split('\n').some((l) => visibleWidth(l) > room)) {
    const t = textTable(text);
    if (t) return records(t.header, t.rows, s, width - CODE_INDENT.length).map((l) => (l ? CODE_INDENT + l : ''));
  }
  return highlight(text, lang, s)
    .split('\n')
    .map((l) => (l ? CODE_INDENT + l : ''));
}

function table(t: Tokens.Table, s: Style, width: number): string[] {
  const header = t.header.map((c) => renderInline(c.tokens, s));
  const rows = t.rows.map((r) => r.map((c) => renderInline(c.tokens, s)));
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

/** A table too wide for the screen, one record per row: "header  value" lines, a blank line between records. */
export function records(header: string[], rows: string[][], s: Style, width: number): string[] {
  const labelWidth = Math.max(...header.map((h) => visibleWidth(h)));
  const beside = labelWidth + 2 <= Math.floor(width / 3);
  const out: string[] = [];
  rows.forEach((row, r) => {
    if (r > 0) out.push('');
    header.forEach((h, i) => {
      const value = row[i] ?? '';
      if (!value.trim()) return;
      const label = styleWords(h, s.bold);
      if (beside) {
        const first = label + ' '.repeat(labelWidth + 2 - visibleWidth(h));
        out.push(...wrapText(value, width, first, ' '.repeat(labelWidth + 2)).split('\n'));
      } else {
        out.push(...wrapText(label, width).split('\n'));
        out.push(...wrapText(value, width, '  ').split('\n'));
      }
    });
  });
  return out;
}
