// Parse one lesson file's text into a Lesson. Pure: text in, lesson and problems out.
import { lazyRequire } from '../util/lazy-require.ts';
import {
  DIFFICULTIES,
  REQUIRED_SECTIONS,
  type Difficulty,
  type Exercise,
  type Lesson,
  type MockSpec,
  type Priority,
  type Problem,
  type Section,
} from './types.ts';
import { fencedBlocks, listItems, splitSections, slugify, type RawSection } from './markdown-blocks.ts';
import { keyPointCard, qaCards, withIds } from './cards.ts';
import { mockKind, parseMockSection } from './mock-section.ts';
import { stripControl, stripControlDeep } from '../util/control-chars.ts';

export const MAX_LESSON_BYTES = 1024 * 1024;

/** Most YAML aliases (`*name`) a frontmatter may expand: lessons need none; a "billion laughs"
 * bomb needs millions. The `yaml` package stops at this count instead of running out of memory. */
export const MAX_YAML_ALIASES = 100;

// gray-matter and the yaml package load on the first parse: start-up reads a JSON snapshot
let matter: typeof import('gray-matter') | undefined;
let yaml: typeof import('yaml') | undefined;

/** The frontmatter's YAML errors, all of them, with file lines. */
class FrontmatterError extends Error {
  constructor(readonly problems: { line?: number; message: string }[]) {
    super(problems[0]?.message ?? 'frontmatter is not valid YAML');
  }
}

/** gray-matter's engine for YAML: the `yaml` package with an alias limit, every error reported. */
function parseYaml(source: string): object {
  yaml ??= lazyRequire('yaml') as typeof import('yaml');
  // gray-matter hands over the text after the opening "---", so line N of it is line N of the file
  const doc = yaml.parseDocument(source, { uniqueKeys: true });
  if (doc.errors.length) {
    throw new FrontmatterError(
      doc.errors.map((e) => ({ line: e.linePos?.[0]?.line, message: `frontmatter is not valid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}` })),
    );
  }
  try {
    return (doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {}) as object;
  } catch (e) {
    if (e instanceof ReferenceError) {
      throw new FrontmatterError([{ line: 2, message: `frontmatter expands too many YAML aliases (*name); the limit is ${MAX_YAML_ALIASES} (an "alias bomb"?)` }]);
    }
    throw e;
  }
}

const refuse = () => {
  throw new FrontmatterError([{ line: 1, message: 'frontmatter must be YAML (a lesson never runs code)' }]);
};
/** Only YAML and JSON: gray-matter's own "---js" engine would eval the file's text. */
const ENGINES = { yaml: parseYaml, json: (s: string) => JSON.parse(s) as object, javascript: refuse, js: refuse, coffee: refuse, coffeescript: refuse };

export interface ParseInput {
  text: string;
  /** path shown in messages */
  file: string;
  /** default id (the file name without .md) */
  id: string;
  /** default area (the folder name) */
  area: string;
  builtin?: boolean;
  /** default: the same as builtin */
  trusted?: boolean;
}

export interface ParseResult {
  lesson: Lesson | null;
  problems: Problem[];
}

/** `priority:` as written -> 1..3 (high 3, medium 2, low 1; also the numbers); null when unreadable. */
export function parsePriority(value: unknown): Priority | null {
  const s = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim().toLowerCase() : '';
  const named: Record<string, Priority> = { '1': 1, '2': 2, '3': 3, low: 1, medium: 2, high: 3 };
  return named[s] ?? null;
}

/** "15min", "1h", "1h30m", "90", 90, "20 minutes" -> minutes; NaN when unreadable. */
export function parseMinutes(value: unknown): number {
  if (typeof value === 'number' && value > 0) return value;
  if (typeof value !== 'string') return NaN;
  const s = value.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const m = /^(?:(\d+(?:\.\d+)?)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*m(?:in(?:ute)?s?)?)?$/.exec(s);
  if (!m || (!m[1] && !m[2])) return NaN;
  return Math.round(Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0));
}

const isScalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function toList(value: unknown): string[] | null {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.every(isScalar) ? value.map((v) => String(v).trim()).filter(Boolean) : null;
  if (typeof value === 'string') return value.split(',').map((v) => v.trim()).filter(Boolean);
  return null;
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 4096);
  let odd = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.05;
}

const EXERCISE_HEADING = /^Exercise\s+([a-z0-9][a-z0-9-]*)\s*:\s*(.+)$/i;

function parseExercise(sec: RawSection, lessonId: string, file: string, problems: Problem[]): Exercise | null {
  const m = EXERCISE_HEADING.exec(sec.heading)!;
  const id = m[1]!.toLowerCase();
  const blocks = fencedBlocks(sec.body);
  const find = (role: string) => blocks.find((b) => b.words[0] === role);
  const starter = find('starter');
  const checks = find('checks');
  const solution = find('solution');
  const wrongBlocks = blocks.filter((b) => b.words[0] === 'wrong');
  const bodyLines = sec.body.split('\n');
  const drop = new Set<number>();
  for (const b of [starter, checks, solution, ...wrongBlocks]) if (b) for (let i = b.start; i <= b.end; i++) drop.add(i);
  // hints and criteria: "> Hint: ..." / "> Criterion: ..." blockquotes, continued by following "> " lines
  const hints: string[] = [];
  const criteria: string[] = [];
  for (let i = 0; i < bodyLines.length; i++) {
    if (drop.has(i)) continue;
    const h = /^>\s*\**(Hint|Criterion)\**\s*(?:\d+)?\s*[:.]\**\s*(.*)$/i.exec(bodyLines[i]!);
    if (!h) continue;
    const parts = [h[2]!];
    drop.add(i);
    while (i + 1 < bodyLines.length && /^>/.test(bodyLines[i + 1]!) && !/^>\s*\**(Hint|Criterion)/i.test(bodyLines[i + 1]!)) {
      i++;
      drop.add(i);
      parts.push(bodyLines[i]!.replace(/^>\s?/, ''));
    }
    (h[1]!.toLowerCase() === 'hint' ? hints : criteria).push(parts.join('\n').trim());
  }
  const prompt = bodyLines
    .filter((_, i) => !drop.has(i))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const attrs = Object.fromEntries(
    (checks?.words.slice(1) ?? []).map((w) => w.split('=') as [string, string]).filter(([, v]) => v !== undefined),
  );
  const where = (what: string) => `exercise ${id}: ${what}`;
  if (!prompt) problems.push({ level: 'error', file, line: sec.line, message: where('no task text') });
  if (checks) {
    if (!starter) problems.push({ level: 'error', file, line: sec.line, message: where('no ```ts starter block') });
    if (!solution) problems.push({ level: 'error', file, line: sec.line, message: where('no ```ts solution block') });
  }
  if (checks && criteria.length > 0) problems.push({ level: 'warning', file, line: sec.line, message: where('> Criterion: lines are for writing prompts; an exercise with checks is judged by them') });
  const wrong = wrongBlocks.map((b, i) => ({ reason: b.words.slice(1).join(' ') || `wrong solution ${i + 1}`, code: b.code, line: sec.line + 1 + b.start }));
  if (!checks && wrong.length > 0) problems.push({ level: 'error', file, line: sec.line, message: where('```ts wrong blocks need a ```ts checks block to reject them') });
  for (const w of wrong) if (!w.code.trim()) problems.push({ level: 'error', file, line: w.line, message: where(`wrong solution "${w.reason}" is empty`) });
  const timeoutMs = attrs.timeout ? Number(attrs.timeout) : 2000;
  const memoryMb = attrs.memory ? Number(attrs.memory) : 256;
  if (!(timeoutMs > 0 && timeoutMs <= 60_000) || !(memoryMb >= 64 && memoryMb <= 4096)) {
    problems.push({ level: 'error', file, line: sec.line, message: where('timeout must be 1-60000 ms and memory 64-4096 MB') });
  }
  return {
    id,
    lessonId,
    title: m[2]!.trim(),
    prompt,
    starter: starter?.code ?? '',
    checks: checks?.code ?? '',
    solution: solution?.code ?? '',
    solutionLang: solution?.lang || 'ts',
    wrong,
    hints,
    criteria,
    timeoutMs: timeoutMs > 0 ? timeoutMs : 2000,
    memoryMb: memoryMb > 0 ? memoryMb : 256,
    line: sec.line,
  };
}

export function parseLesson(input: ParseInput): ParseResult {
  const result = parseUnsafe(input);
  // one pass over everything parsed: no view can print a control character from a lesson
  return stripControlDeep(result);
}

function parseUnsafe(input: ParseInput): ParseResult {
  const { file } = input;
  const problems: Problem[] = [];
  // an error here keeps the lesson out, but parsing goes on so that every problem is reported
  let rejected = false;
  const error = (message: string, line?: number) => {
    rejected = true;
    problems.push({ level: 'error', file, line, message });
  };
  const fail = (message: string, line?: number): ParseResult => ({
    lesson: null,
    problems: [...problems, { level: 'error', file, line, message }],
  });

  const bytes = Buffer.byteLength(input.text);
  if (bytes > MAX_LESSON_BYTES) {
    return fail(`lesson is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_LESSON_BYTES / 1024 / 1024} MB (split it into several lessons)`);
  }
  let text = input.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return fail('file is empty');
  if (looksBinary(text)) return fail('not a text file (binary data)');
  // control characters go before parsing (so trimming and splitting see the clean text), and
  // again from the parsed values (YAML escapes such as "\e" make new ones)
  text = stripControl(text);

  let data: Record<string, unknown> = {};
  let content = text;
  let contentFirstLine = 1;
  let yamlBroken = false;
  if (/^---\s*\n/.test(text)) {
    const closing = text.split('\n').findIndex((l, i) => i > 0 && /^---\s*$/.test(l)) + 1;
    try {
      // a fresh options object keeps gray-matter from returning a cached parse
      matter ??= lazyRequire('gray-matter') as typeof import('gray-matter');
      const parsed = matter(text, { engines: ENGINES } as Parameters<typeof matter>[1]);
      data = (parsed.data ?? {}) as Record<string, unknown>;
      content = parsed.content;
    } catch (e) {
      yamlBroken = true;
      // anything else a hostile block can make a parser throw (a stack overflow…) is a problem too
      const found = e instanceof FrontmatterError ? e.problems : [{ line: 2, message: `frontmatter could not be read: ${(e as Error).message}` }];
      // errors reported past the end of the block stay on its last line
      for (const p of found) error(p.message, p.line && closing > 1 ? Math.min(p.line, closing - 1) : p.line);
      // the body is still checked: its problems are reported with the frontmatter's
      content = closing > 1 ? text.split('\n').slice(closing).join('\n') : '';
    }
    const fmLines = text.length - content.length;
    contentFirstLine = text.slice(0, fmLines).split('\n').length;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    error('frontmatter must be a mapping of keys to values', 2);
    data = {};
  }

  const { preamble, sections: raw } = splitSections(content, contentFirstLine);
  const h1 = /^#\s+(.+?)\s*#*\s*$/m.exec(preamble.body);

  let title = data.title;
  if (!yamlBroken && (title === undefined || title === null || String(title).trim() === '')) {
    if (Object.keys(data).length === 0 && h1) {
      title = h1[1];
      problems.push({ level: 'warning', file, line: 1, message: 'no frontmatter: the first heading is used as the title' });
    } else if (Object.keys(data).length === 0) {
      return fail('no frontmatter and no "# Title" heading (see docs/lesson-format.md)', 1);
    } else {
      error('frontmatter has no title', 2);
    }
  }
  if (title !== null && typeof title === 'object') error('title must be text', 2);

  let difficulty: Difficulty = 'medium';
  if (data.difficulty !== undefined) {
    const d = String(data.difficulty).trim().toLowerCase();
    if (!(DIFFICULTIES as readonly string[]).includes(d)) error(`unknown difficulty "${String(data.difficulty)}" (use easy, medium or hard)`, 2);
    else difficulty = d as Difficulty;
  }

  const list = (key: string): string[] => {
    const value = toList(data[key]);
    if (value === null) problems.push({ level: 'warning', file, line: 2, message: `${key} must be a list of words or a comma-separated string; ignored` });
    return value ?? [];
  };
  const tags = list('tags');
  const prerequisites = list('prerequisites');
  const related = list('related');

  let minutes = 15;
  const est = data.estimated_time;
  if (est !== undefined) {
    const m = parseMinutes(est);
    if (Number.isNaN(m)) problems.push({ level: 'warning', file, line: 2, message: `estimated_time "${String(est)}" is not a duration like 15min or 1h` });
    else minutes = m;
  }

  let priority: Priority | undefined;
  if (data.priority !== undefined && data.priority !== null) {
    const p = parsePriority(data.priority);
    if (p === null) problems.push({ level: 'warning', file, line: 2, message: `priority "${String(data.priority)}" is not high, medium or low (or 3, 2, 1); medium is used` });
    else priority = p;
  }

  // `overrides: ID` takes over a lesson id on purpose (a built-in's, or another folder's)
  let overrides: string | undefined;
  if (data.overrides !== undefined && data.overrides !== null) {
    overrides = isScalar(data.overrides) ? slugify(String(data.overrides)) : '';
    if (!overrides) error('overrides must name a lesson id', 2);
  }
  const id = data.id !== undefined ? slugify(String(data.id)) : overrides || slugify(input.id);
  if (!yamlBroken && !id) error('lesson id is empty (name the file or set id:)', 2);
  if (overrides && id && overrides !== id) error(`overrides "${overrides}" but the lesson's id is "${id}": they must be the same (drop id:, or set it to ${overrides})`, 2);
  const area = data.area !== undefined ? slugify(String(data.area)) : slugify(input.area) || 'general';

  const sections: Section[] = [];
  const exercises: Exercise[] = [];
  const cardDrafts: ReturnType<typeof qaCards>['cards'] = [];
  let mock: MockSpec | null = null;
  let mockLine = 0;
  const intro = preamble.body.replace(/^#\s+.+$/m, '').trim();
  if (intro) sections.push({ heading: 'Introduction', slug: 'introduction', body: intro, line: preamble.line });
  for (const sec of raw) {
    if (EXERCISE_HEADING.test(sec.heading)) {
      const ex = parseExercise(sec, id, file, problems);
      if (ex) exercises.push(ex);
      continue;
    }
    // the interviewer's sheet for .mock: not a reading section, not indexed, no cards
    if (/^mock( interview)?$/i.test(sec.heading)) {
      if (mockLine) {
        problems.push({ level: 'error', file, line: sec.line, message: `a second "## Mock" section (the first is on line ${mockLine}); a lesson has one` });
        continue;
      }
      mockLine = sec.line;
      const parsed = parseMockSection(sec, file, mockKind(area));
      problems.push(...parsed.problems);
      mock = parsed.mock;
      continue;
    }
    if (/^drill( cards)?$/i.test(sec.heading)) {
      const { cards, bad } = qaCards(sec.body);
      cardDrafts.push(...cards);
      for (const b of bad) problems.push({ level: 'warning', file, line: sec.line, message: `drill item is not a "Q: … A: …" pair: ${b}` });
      continue;
    }
    sections.push({ heading: sec.heading, slug: slugify(sec.heading), body: sec.body, line: sec.line });
  }
  for (const required of REQUIRED_SECTIONS) {
    if (!sections.some((s) => s.heading.toLowerCase() === required.toLowerCase())) {
      problems.push({ level: 'warning', file, message: `missing section "## ${required}"` });
    }
  }
  // A lesson with a Drill section draws its cards from it alone: its author asked the questions the
  // Key Points answer. Without one (the plain four-section format), each Key Point becomes a card.
  const hasDrill = raw.some((sec) => /^drill( cards)?$/i.test(sec.heading));
  const keyPoints = hasDrill ? undefined : sections.find((s) => /^key points/i.test(s.heading));
  if (keyPoints) {
    for (const item of listItems(keyPoints.body)) {
      const card = keyPointCard(item);
      if (card) cardDrafts.push(card);
    }
  }
  // exercise ids are checked for uniqueness once, by makeCorpus (corpus.ts)

  if (rejected) return { lesson: null, problems };
  const lesson: Lesson = {
    id,
    title: String(title).trim(),
    area,
    tags: (tags ?? []).map((t) => t.toLowerCase()),
    difficulty,
    minutes,
    estimatedTime: est === undefined ? `${minutes}min` : String(est),
    prerequisites: prerequisites.map(slugify),
    related: related.map(slugify),
    sections,
    cards: withIds(id, cardDrafts),
    exercises,
    path: file,
    builtin: input.builtin ?? false,
    trusted: input.trusted ?? input.builtin ?? false,
  };
  if (priority !== undefined) lesson.priority = priority;
  if (overrides) lesson.overrides = overrides;
  if (mock) lesson.mock = mock;
  return { lesson, problems };
}
