// .find QUERY: ranked lessons with the passage that matches, numbered for .topic N.
import type { Command } from '../command.ts';
import { parseArgs } from '../args.ts';
import { DIFFICULTIES, areaName } from '../../corpus/types.ts';
import { UsageError } from '../../errors.ts';
import { fit, visibleWidth, wrap, type Style } from '../../render/style.ts';
import { snippetText, SNIPPET_CHARS, type Segment } from '../../search/snippet.ts';
import type { Corpus } from '../../corpus/corpus.ts';
import type { Hit, LessonIndex, SearchResult } from '../../search/lesson-index.ts';

/** The search index, loaded on first use: FlexSearch stays out of start-up. */
async function indexFor(corpus: Corpus): Promise<LessonIndex> {
  const provider = await import('../../search/provider.ts');
  return provider.indexFor(corpus);
}

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

function styledSnippet(segments: readonly Segment[], s: Style): string {
  // wrap() breaks at spaces, so a marked word must not contain one
  return segments.map((seg) => (seg.hit ? s.mark(seg.text) : seg.text)).join('');
}

/** Wrap `text` to the width, every line indented by `indent` spaces. */
function indented(text: string, indent: number, width: number): string {
  const pad = ' '.repeat(indent);
  return wrap(text, Math.max(20, width - indent))
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

/** The numbered result list: title and metadata, then the section and snippet. */
export function renderHits(hits: readonly Hit[], s: Style): string {
  const numWidth = String(hits.length).length + 1;
  const indent = numWidth + 2;
  const out: string[] = [];
  hits.forEach((h, i) => {
    const num = s.cyan(String(i + 1).padStart(numWidth));
    const meta = `${areaName(h.lesson.area)} · ${h.lesson.difficulty} · ${h.lesson.estimatedTime}`;
    const room = s.width - indent;
    const titleWidth = visibleWidth(h.lesson.title);
    if (titleWidth + 2 + visibleWidth(meta) <= room) {
      const gap = room - titleWidth - visibleWidth(meta);
      out.push(`${num}  ${s.bold(h.lesson.title)}${' '.repeat(gap)}${s.dim(meta)}`);
    } else {
      const title = titleWidth <= room ? h.lesson.title : fit(h.lesson.title, room).trimEnd();
      out.push(`${num}  ${s.bold(title)}`);
      out.push(indented(s.dim(meta), indent, s.width));
    }
    const label = h.section ? `${s.dim(`${h.section}:`)} ` : '';
    const text = styledSnippet(h.snippet, s);
    if (label || text) out.push(indented(`${label}${text}`, indent, s.width));
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
  async complete(partial, session) {
    const words = partial.split(/\s+/);
    const last = words[words.length - 1] ?? '';
    if (last.length < 2 || last.startsWith('-')) return [];
    const index = await indexFor(await session.corpus());
    return index.completeWord(last);
  },
  async run(args, session) {
    const a = parseArgs('find', args, { string: ['tag', 'difficulty', 'area'], number: ['limit'], boolean: ['json'] });
    const s = session.style;
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
    const corpus = await session.corpus();
    if (area !== undefined && !corpus.areas.includes(area)) {
      throw new UsageError('.find', `no area "${area}"; areas: ${corpus.areas.join(', ')}`);
    }
    const index = await indexFor(corpus);
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
      session.lastList = [];
      const filters = describeFilters({ tag, area, difficulty });
      const unfiltered = filters ? index.search(query, { limit: MAX_LIMIT }).length : 0;
      const without = unfiltered ? ` (${unfiltered === 1 ? '1 lesson matches' : `${unfiltered} lessons match`} without them)` : '';
      out.push(wrap(`No lessons match "${query}"${filters}${without}.`, s.width));
      out.push(...noHitHints(tag, unfiltered ? [] : index.suggest(query), index.tags(), s));
      return out.join('\n');
    }
    session.lastList = result.hits.map((h) => h.lesson);
    out.push(renderHits(result.hits, s));
    const n = result.hits.length;
    out.push('', s.dim(`${n} lesson${n === 1 ? '' : 's'} · .topic N to read one`));
    return out.join('\n');
  },
};

function noHitHints(tag: string | undefined, suggestions: string[], tags: string[], s: Style): string[] {
  const lines: string[] = [];
  if (tag !== undefined && !tags.includes(tag)) {
    const near = tags.filter((t) => t.includes(tag) || tag.includes(t)).slice(0, 6);
    lines.push(wrap(`No lesson has the tag "${tag}".${near.length ? ` Tags like it: ${near.join(', ')}.` : ''}`, s.width));
  }
  if (suggestions.length) lines.push(wrap(`${s.dim('Did you mean:')} ${suggestions.join(s.dim(' · '))}`, s.width));
  return lines;
}
