// .find QUERY: ranked lessons with the passage that matches, numbered for .topic N.
import type { Command } from '../command.ts';
import { parseArgs, tokenize } from '../args.ts';
import { DIFFICULTIES, areaName } from '../../corpus/types.ts';
import { UsageError } from '../../errors.ts';
import { fit, visibleWidth, wrap, type Style } from '../../render/style.ts';
import { snippetText, SNIPPET_CHARS } from '../../search/snippet.ts';
import type { Hit, SearchResult } from '../../search/lesson-index.ts';
// the provider loads FlexSearch and the index code only when .find first runs
import { searchableIndex } from '../../search/provider.ts';
import { lessonMarks, marksText, type LessonMarks } from '../lesson-marks.ts';
import { page } from '../pager.ts';


const MAX_LIMIT = 100;

export interface FindJson {
  id: string;
  title: string;
  area: string;
  difficulty: string;
  score: number;
  snippet: string;
  section: string;
}

export function toJson(hits: readonly Hit[]): FindJson[] {
  return hits.map((h) => ({
    id: h.lesson.id,
    title: h.lesson.title,
    area: h.lesson.area,
    difficulty: h.lesson.difficulty,
    score: h.score,
    snippet: snippetText(h.snippet),
    section: h.section,
  }));
}

/**
 * Word-wrap styled text to `width` columns, every line indented by `indent` spaces. Breaks only
 * at spaces (styles never wrap a space, so a marked word stays whole), measures each word once
 * in a single pass over the text (colour codes take no room), and cuts lines out of the text
 * rather than gluing words: wrap() re-measures the whole line for every word, which costs more
 * than the search itself.
 */
function wrapStyled(text: string, indent: number, width: number): string {
  const room = Math.max(20, width - indent);
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  const n = text.length;
  let lineStart = -1;
  let lineEnd = 0;
  let lineWidth = 0;
  let i = 0;
  while (i < n) {
    while (i < n && text.charCodeAt(i) === 32) i++;
    if (i >= n) break;
    const start = i;
    let w = 0;
    let measured = true;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) break;
      if (c === 27 && text.charCodeAt(i + 1) === 91) {
        const m = text.indexOf('m', i);
        if (m !== -1) {
          i = m;
          continue;
        }
      }
      if (c >= 32 && c < 127) w++;
      else measured = false;
    }
    if (!measured) w = visibleWidth(text.slice(start, i));
    const gap = start - lineEnd;
    if (lineStart < 0) {
      lineStart = start;
      lineWidth = w;
    } else if (lineWidth + gap + w <= room) lineWidth += gap + w;
    else {
      lines.push(pad + text.slice(lineStart, lineEnd));
      lineStart = start;
      lineWidth = w;
    }
    lineEnd = i;
  }
  if (lineStart >= 0) lines.push(pad + text.slice(lineStart, lineEnd));
  return lines.join('\n');
}

/** Columns of a plain string (title, metadata): its length when it is printable ASCII. */
function widthOf(plain: string): number {
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return visibleWidth(plain);
  }
  return plain.length;
}

/** The numbered result list: title and metadata, then the section and snippet (and what the learner has done with the lesson). */
export function renderHits(hits: readonly Hit[], s: Style, marks: ReadonlyMap<string, LessonMarks> = new Map()): string {
  const numWidth = String(hits.length).length + 1;
  const indent = numWidth + 2;
  const room = s.width - indent;
  const out: string[] = [];
  hits.forEach((h, i) => {
    const num = s.cyan(String(i + 1).padStart(numWidth));
    const done = marksText(marks.get(h.lesson.id), s);
    const metaPlain = `${areaName(h.lesson.area)} · ${h.lesson.difficulty} · ${h.lesson.estimatedTime}`;
    // what the learner has done with the lesson leads the metadata: "read · Networking · medium · 20min"
    const meta = done ? `${done}${s.dim(` · ${metaPlain}`)}` : s.dim(metaPlain);
    const titleWidth = widthOf(h.lesson.title);
    const metaWidth = done ? visibleWidth(meta) : widthOf(metaPlain);
    if (titleWidth + 2 + metaWidth <= room) {
      out.push(`${num}  ${s.bold(h.lesson.title)}${' '.repeat(room - titleWidth - metaWidth)}${meta}`);
    } else {
      const title = titleWidth <= room ? h.lesson.title : fit(h.lesson.title, room).trimEnd();
      out.push(`${num}  ${s.bold(title)}`);
      out.push(wrapStyled(meta, indent, s.width));
    }
    let text = h.section ? `${s.dim(`${h.section}:`)} ` : '';
    for (const seg of h.snippet) text += seg.hit ? s.mark(seg.text) : seg.text;
    if (text) out.push(wrapStyled(text, indent, s.width));
  });
  return out.join('\n');
}

function describeFilters(a: { tag?: string; area?: string; difficulty?: string }): string {
  const parts: string[] = [];
  if (a.tag) parts.push(`--tag ${a.tag}`);
  if (a.area) parts.push(`--area ${a.area}`);
  if (a.difficulty) parts.push(`--difficulty ${a.difficulty}`);
  return parts.length ? ` with ${parts.join(' ')}` : '';
}

export const find: Command = {
  name: 'find',
  summary: 'search the lessons: ranked results with the passage that matches',
  usage: '.find QUERY [--tag T] [--difficulty D] [--area A] [--limit N] [--json]',
  detail:
    'Searches titles, tags, section headings and text of every lesson, and lists the best matches, numbered, each with the passage of the section that matches best (matching words marked). Open one with .topic N. Words may be partial (.find webs) or misspelt (.find consistant hashing). --tag, --area and --difficulty filter; --limit N shows up to N results (default 10); --json prints an array of {id, title, area, difficulty, score, snippet, section}, best first.',
  async complete(partial, ctx) {
    const words = partial.split(/\s+/);
    const last = words[words.length - 1] ?? '';
    if (last.length < 2 || last.startsWith('-')) return [];
    const { index } = await searchableIndex(await ctx.corpus(), 0);
    return index.completeWord(last);
  },
  async run({ raw: args }, ctx) {
    // plain words need no option parser (yargs-parser costs more than the search)
    const words = tokenize(args);
    const a = words.some((w) => w.startsWith('-'))
      ? parseArgs('find', words, { string: ['tag', 'difficulty', 'area'], number: ['limit'], boolean: ['json'] })
      : { _: words, tag: undefined, area: undefined, difficulty: undefined, limit: undefined, json: false };
    const s = ctx.style;
    const query = a._.join(' ').trim();
    const tag = a.tag === undefined ? undefined : String(a.tag).trim().toLowerCase();
    const area = a.area === undefined ? undefined : String(a.area).trim().toLowerCase();
    const difficulty = a.difficulty === undefined ? undefined : String(a.difficulty).trim().toLowerCase();
    if (!query) {
      throw new UsageError('.find', 'what should I look for? e.g. .find consistent hashing (.topics lists lessons by --area, --tag or --difficulty)');
    }
    if (difficulty !== undefined && !(DIFFICULTIES as readonly string[]).includes(difficulty)) {
      throw new UsageError('.find', `--difficulty is one of ${DIFFICULTIES.join(', ')}`);
    }
    const limit = a.limit === undefined ? 10 : Number(a.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      throw new UsageError('.find', `--limit needs a whole number from 1 to ${MAX_LIMIT}`);
    }
    const corpus = await ctx.corpus();
    if (area !== undefined && !corpus.areas.includes(area)) {
      throw new UsageError('.find', `no area "${area}"; areas: ${corpus.areas.join(', ')}`);
    }
    // a big --corpus may still be indexing in the background: search what is there, and say so
    const { index, indexing } = await searchableIndex(corpus);
    // about two lines of snippet at the current width, 160 characters at most
    const snippetChars = a.json ? SNIPPET_CHARS : Math.max(80, Math.min(SNIPPET_CHARS, 2 * (s.width - 6) - 24));
    const result: SearchResult = index.searchDetailed(query, { tag, area, difficulty, limit, snippetChars });
    if (a.json) return JSON.stringify(toJson(result.hits), null, 2);

    const out: string[] = [];
    if (result.corrections.length) {
      const fixes = result.corrections.map((c) => `${s.bold(c.to)} ${s.dim(`instead of "${c.from}"`)}`).join(s.dim(', '));
      out.push(wrap(`${s.dim('Searching for')} ${fixes}${s.dim('.')}`, s.width));
    }
    if (result.hits.length === 0) {
      ctx.state.lastList = [];
      const filters = describeFilters({ tag, area, difficulty });
      const unfiltered = filters ? index.search(query, { limit: MAX_LIMIT }).length : 0;
      const without = unfiltered ? ` (${unfiltered === 1 ? '1 lesson matches' : `${unfiltered} lessons match`} without them)` : '';
      out.push(wrap(`No lessons match "${query}"${filters}${without}.`, s.width));
      out.push(...noHitHints(tag, unfiltered ? [] : index.suggest(query), index.tags(), s));
      if (indexing) out.push(wrap(s.yellow(`Still indexing your lessons (${indexing.done} of ${indexing.total}): try again in a moment.`), s.width));
      return out.join('\n');
    }
    ctx.state.lastList = result.hits.map((h) => h.lesson);
    // .topic N opens the Nth lesson at the section its hit names
    ctx.state.found = { list: ctx.state.lastList, sections: result.hits.map((h) => h.section) };
    out.push(renderHits(result.hits, s, await lessonMarks(ctx, ctx.state.lastList)));
    const n = result.hits.length;
    out.push('', s.dim(wrap(`${n} lesson${n === 1 ? '' : 's'} · .topic N opens one at the section shown`, s.width)));
    if (indexing) out.push(wrap(s.yellow(`Still indexing your lessons (${indexing.done} of ${indexing.total}): results may be missing some.`), s.width));
    const text = out.join('\n');
    // a list longer than the screen goes through the pager (which returns at once when it fits)
    return page(text, ctx) ? '' : text;
  },
};

function noHitHints(tag: string | undefined, suggestions: string[], tags: readonly string[], s: Style): string[] {
  const lines: string[] = [];
  if (tag !== undefined && !tags.includes(tag)) {
    const near = tags.filter((t) => t.includes(tag) || tag.includes(t)).slice(0, 6);
    lines.push(wrap(`No lesson has the tag "${tag}".${near.length ? ` Tags like it: ${near.join(', ')}.` : ''}`, s.width));
  }
  if (suggestions.length) lines.push(wrap(`${s.dim('Did you mean:')} ${suggestions.join(s.dim(' · '))}`, s.width));
  return lines;
}
