// Acceptance for rendering: every built-in lesson, and every exercise task, hint, solution and
// drill card, at 40, 60, 80 and 120 columns, with and without colour. As printed straight:
// - no ** or __ and no unpaired backticks outside code blocks (markdown markers never leak);
// - no line wider than the width;
// - no word split across lines (every word printed is a word of the lesson's source);
// - no code line broken in the middle (each appears whole, or cut once with the marker).
// For a pager (wide): every code line appears whole on one line.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFolder } from '../../src/corpus/load.ts';
import type { Lesson } from '../../src/corpus/types.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { cardText } from '../../src/render/card-text.ts';
import { createStyle, stripAnsi, visibleWidth, type Style } from '../../src/render/style.ts';
import { textTable } from '../../src/render/text-table.ts';
import { CUT_MARK } from '../../src/render/width.ts';
import { renderLesson } from '../../src/shell/views/lesson.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const lessons = loadFolder(join(ROOT, 'corpus'), { builtin: true }).lessons;
const WIDTHS = [40, 60, 80, 120];

/** Non-empty lines of the fenced code blocks of some markdown, with the block each came from. */
function codeBlocks(md: string): string[][] {
  const blocks: string[][] = [];
  let cur: string[] | null = null;
  let fence = '';
  for (const line of md.split('\n')) {
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    if (f && cur === null) {
      cur = [];
      fence = f[1]!;
    } else if (f && cur !== null && f[1]!.startsWith(fence) && !line.trim().slice(f[1]!.length)) {
      blocks.push(cur);
      cur = null;
    } else if (cur !== null) cur.push(line.replace(/\t/g, '    '));
  }
  return blocks;
}

/** The words a reader may see: the source's words with markdown punctuation taken off. */
const norm = (w: string) => w.replace(/[*_`~\\[\]()<>"'“”‘’.,;:!?|#…─]/g, '');

function sourceWords(md: string): Set<string> {
  const words = new Set<string>();
  // split at table bars too (a cell's words), and not (a bar inside a word: `O(|s|)`)
  const text = md.replace(/\]\(/g, '] (');
  for (const w of [...text.split(/[\s|]+/), ...text.split(/\s+/)]) words.add(norm(w));
  return words;
}

/** Text inside inline code spans: their underscores and backticks are content, not markers. */
function codeSpans(md: string): string[] {
  return [...md.matchAll(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g)].map((m) => m[2]!.trim()).filter(Boolean).sort((a, b) => b.length - a.length);
}

interface Piece {
  what: string;
  md: string;
  /** rendered as printed straight, and for a pager */
  render(s: Style, wide: boolean): Promise<string>;
}

function piecesOf(lesson: Lesson): Piece[] {
  const source = readFileSync(lesson.path, 'utf8');
  const body = lesson.sections.map((p) => `## ${p.heading}\n\n${p.body}`).join('\n\n');
  const pieces: Piece[] = [
    { what: `lesson ${lesson.id}`, md: body, render: (s, wide) => renderLesson(lesson, s, { wide }) },
  ];
  for (const ex of lesson.exercises) {
    const task = ex.starter.trim() ? `${ex.prompt}\n\n**Starter** (in scope now):\n\n\`\`\`ts\n${ex.starter.trim()}\n\`\`\`` : ex.prompt;
    pieces.push({ what: `task ${ex.id}`, md: task, render: (s, wide) => renderMarkdown(task, s, { wide }) });
    ex.hints.forEach((h, i) => pieces.push({ what: `hint ${i + 1} of ${ex.id}`, md: h, render: (s, wide) => renderMarkdown(h, s, { wide }) }));
    const sol = ex.solutionLang === 'md' ? ex.solution : `\`\`\`ts\n${ex.solution.trim()}\n\`\`\``;
    if (ex.solution.trim()) pieces.push({ what: `solution of ${ex.id}`, md: sol, render: (s, wide) => renderMarkdown(sol, s, { wide }) });
  }
  for (const c of lesson.cards) {
    const md = `${c.question}\n${c.answer}`;
    pieces.push({ what: `card ${c.id}`, md, render: async (s) => `${cardText(s.bold('Q:'), c.question, s)}\n${cardText(s.bold('A:'), c.answer, s)}` });
  }
  // words of the lesson's file, plus the words our own headers, footers and records add
  const words = sourceWords(source);
  for (const w of [lesson.id, lesson.difficulty, lesson.estimatedTime, ...lesson.exercises.map((e) => e.id)]) words.add(norm(w));
  for (const w of 'Sections: SECTION Practice: .practice Drill: .drill cards See also: (first) .topic Q: A: Starter (in scope now): [x] [ ] • ◦ ▪ ─ │ · — # Networking System design Distributed systems Databases OS and concurrency Data structures Algorithm patterns Behavioural'.split(' ')) words.add(norm(w));
  return pieces.map((p) => ({ ...p, words }) as Piece & { words: Set<string> });
}

function check(p: Piece & { words: Set<string> }, out: string, width: number, wide: boolean): string[] {
  const problems: string[] = [];
  const lines = stripAnsi(out).split('\n');
  const blocks = codeBlocks(p.md);
  const codeLines = new Set(blocks.flat().map((l) => l.trim()).filter(Boolean));
  const spans = codeSpans(p.md);
  const spanWords = new Set(spans.flatMap((x) => x.split(/\s+/)));
  const isCode = (line: string) => {
    const t = line.trim();
    if (codeLines.has(t)) return true;
    if (t.endsWith(CUT_MARK)) {
      const head = t.slice(0, -1).trim();
      for (const c of codeLines) if (c.startsWith(head)) return true;
    }
    return false;
  };
  for (const line of lines) {
    const where = `${p.what} at ${width} columns${wide ? ' (wide)' : ''}: "${line}"`;
    if (!wide && visibleWidth(line) > width) problems.push(`wider than ${width} (${visibleWidth(line)}): ${where}`);
    if (isCode(line)) continue;
    if (wide && visibleWidth(line) > width) problems.push(`prose wider than ${width}: ${where}`);
    // a code span's own text may hold ** (exponent) or __ (a dunder), also when it wraps over lines
    let prose = line;
    for (const span of spans) prose = prose.split(span).join(' ');
    prose = prose
      .split(' ')
      .filter((w) => !spanWords.has(w))
      .join(' ');
    if (prose.includes('**') || prose.includes('__')) problems.push(`markdown marker: ${where}`);
    if ((prose.match(/`/g)?.length ?? 0) % 2) problems.push(`unpaired backtick: ${where}`);
    for (const w of line.split(/\s+/)) {
      const n = norm(w);
      if (!n || p.words.has(n) || /^\d+[./]?\d*$/.test(n)) continue;
      // the one exception: a word longer than a whole line (a long URL or identifier) is split, as glow splits it
      if ([...p.words].some((sw) => sw.length > width - 8 && sw.includes(n))) continue;
      problems.push(`"${w}" is not a word of the source (split?): ${where}`);
    }
  }
  // code lines: whole (or cut once with the marker, when printed straight)
  for (const block of blocks) {
    const text = block.join('\n');
    if (textTable(text) && block.some((l) => visibleWidth(l) > width - 2)) continue; // shown as records
    for (const src of block) {
      const t = src.trim();
      if (!t) continue;
      const whole = lines.some((l) => l.trim() === t);
      const cut = !wide && lines.some((l) => l.trim().endsWith(CUT_MARK) && t.startsWith(l.trim().slice(0, -1).trim()));
      if (!whole && !cut) problems.push(`code line broken or missing: ${p.what} at ${width} columns${wide ? ' (wide)' : ''}: "${t}"`);
    }
  }
  return problems;
}

const render = suite('render: every lesson, task, hint and card at every width');

for (const lesson of lessons) {
  render(lesson.id, async () => {
    const problems: string[] = [];
    for (const p of piecesOf(lesson) as (Piece & { words: Set<string> })[]) {
      for (const width of WIDTHS) {
        for (const color of [false, true]) {
          const s = createStyle({ color, width });
          for (const wide of [false, true]) {
            const out = await p.render(s, wide);
            if (!color && /\x1b\[/.test(out)) problems.push(`escape codes without colour: ${p.what}`);
            problems.push(...check(p, out, width, wide));
          }
        }
      }
    }
    const unique = [...new Set(problems)];
    assert.ok(unique.length === 0, `${unique.length} problems:\n${unique.slice(0, 15).join('\n')}`);
  });
}

render('the corpus is there', () => {
  assert.ok(lessons.length >= 100, `${lessons.length} lessons`);
  assert.ok(lessons.some((l) => l.exercises.length && l.exercises.some((e) => e.hints.length)));
});

render.run();
