// .find: the numbered result list (title and metadata, then the section and the passage that
// matched, matching words marked), or why nothing matched; --json: an array of hits, best first.
import { areaName } from '../../corpus/types.ts';
import { fit, visibleWidth, wrap, type Style } from '../../render/style.ts';
import { wrapText } from '../../render/width.ts';
import { snippetText, type Segment } from '../../search/snippet.ts';
import type { LessonMarks } from '../lesson-marks.ts';
import { marksText } from './marks.ts';
import type { View } from './view.ts';

export interface HitData {
  id: string;
  title: string;
  area: string;
  difficulty: string;
  estimated_time: string;
  score: number;
  /** heading of the best-matching section ('' when none) */
  section: string;
  /** the passage that matched, matching words marked */
  snippet: Segment[];
  /** what the learner has done with the lesson (absent: nothing, or no store) */
  marks?: LessonMarks;
}

export interface FindData {
  query: string;
  hits: HitData[];
  /** misspelt words and what was searched for them */
  corrections: { from: string; to: string }[];
  filters: { tag?: string; area?: string; difficulty?: string };
  /** with no hits: how many lessons match without the filters */
  unfiltered: number;
  /** with no hits: near words or tags to try */
  suggestions: string[];
  /** with no hits and an unknown --tag: tags like it */
  unknownTag: { tag: string; near: string[] } | null;
  /** a big --corpus still indexing in the background */
  indexing: { done: number; total: number } | null;
}

/** The --json shape (docs/json.md): kept as it was before outcomes. */
export interface FindJson {
  id: string;
  title: string;
  area: string;
  difficulty: string;
  score: number;
  snippet: string;
  section: string;
}

declare module '../outcome.ts' {
  interface OutcomeData {
    hits: FindData;
  }
}

/** The numbered result list: title and metadata, then the section and snippet. */
export function renderHits(hits: readonly HitData[], s: Style): string {
  const numWidth = String(hits.length).length + 1;
  const pad = ' '.repeat(numWidth + 2);
  const room = s.width - pad.length;
  const out: string[] = [];
  hits.forEach((h, i) => {
    const num = s.cyan(String(i + 1).padStart(numWidth));
    const done = marksText(h.marks, s);
    const metaPlain = `${areaName(h.area)} · ${h.difficulty} · ${h.estimated_time}`;
    // what the learner has done with the lesson leads the metadata: "read · Networking · medium · 20min"
    const meta = done ? `${done}${s.dim(` · ${metaPlain}`)}` : s.dim(metaPlain);
    const titleWidth = visibleWidth(h.title);
    const metaWidth = visibleWidth(meta);
    if (titleWidth + 2 + metaWidth <= room) {
      out.push(`${num}  ${s.bold(h.title)}${' '.repeat(room - titleWidth - metaWidth)}${meta}`);
    } else {
      const title = titleWidth <= room ? h.title : fit(h.title, room).trimEnd();
      out.push(`${num}  ${s.bold(title)}`);
      out.push(wrapText(meta, s.width, pad));
    }
    let text = h.section ? `${s.dim(`${h.section}:`)} ` : '';
    for (const seg of h.snippet) text += seg.hit ? s.mark(seg.text) : seg.text;
    if (text) out.push(wrapText(text, s.width, pad));
  });
  return out.join('\n');
}

function describeFilters(f: FindData['filters']): string {
  const parts: string[] = [];
  if (f.tag) parts.push(`--tag ${f.tag}`);
  if (f.area) parts.push(`--area ${f.area}`);
  if (f.difficulty) parts.push(`--difficulty ${f.difficulty}`);
  return parts.length ? ` with ${parts.join(' ')}` : '';
}

export const hitsView: View<'hits'> = {
  render(d, s) {
    const out: string[] = [];
    if (d.corrections.length) {
      const fixes = d.corrections.map((c) => `${s.bold(c.to)} ${s.dim(`instead of "${c.from}"`)}`).join(s.dim(', '));
      out.push(wrap(`${s.dim('Searching for')} ${fixes}${s.dim('.')}`, s.width));
    }
    if (d.hits.length === 0) {
      const without = d.unfiltered ? ` (${d.unfiltered === 1 ? '1 lesson matches' : `${d.unfiltered} lessons match`} without them)` : '';
      out.push(wrap(`No lessons match "${d.query}"${describeFilters(d.filters)}${without}.`, s.width));
      if (d.unknownTag) {
        const near = d.unknownTag.near;
        out.push(wrap(`No lesson has the tag "${d.unknownTag.tag}".${near.length ? ` Tags like it: ${near.join(', ')}.` : ''}`, s.width));
      }
      if (d.suggestions.length) out.push(wrap(`${s.dim('Did you mean:')} ${d.suggestions.join(s.dim(' · '))}`, s.width));
      if (d.indexing) out.push(wrap(s.yellow(`Still indexing your lessons (${d.indexing.done} of ${d.indexing.total}): try again in a moment.`), s.width));
      return out.join('\n');
    }
    out.push(renderHits(d.hits, s));
    const n = d.hits.length;
    out.push('', s.dim(wrap(`${n} lesson${n === 1 ? '' : 's'} · .topic N opens one at the section shown`, s.width)));
    if (d.indexing) out.push(wrap(s.yellow(`Still indexing your lessons (${d.indexing.done} of ${d.indexing.total}): results may be missing some.`), s.width));
    return out.join('\n');
  },
  json: (d): FindJson[] =>
    d.hits.map((h) => ({ id: h.id, title: h.title, area: h.area, difficulty: h.difficulty, score: h.score, snippet: snippetText(h.snippet), section: h.section })),
};
