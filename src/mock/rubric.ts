// What a mock is judged on, and how its time is boxed: from the lesson's `## Mock` section when it
// has one, else derived (the rubric from its Key Points, the default stages). Pure.
import type { Lesson, MockRubricItem } from '../corpus/types.ts';
import type { MockKind } from '../progress/types.ts';
import { DEFAULT_MOCK_MINUTES, DESIGN_STAGES, STAR_STAGES } from '../corpus/mock-section.ts';
import type { StageBox } from './timer.ts';
import { termWords } from './match.ts';

export type { MockKind };
export const MOCK_KINDS: readonly MockKind[] = ['coding', 'design', 'behavioral'];

export { DESIGN_STAGES };

/** What each design stage asks for, shown when it begins. */
export const STAGE_PROMPTS: Record<string, string> = {
  requirements: 'Requirements: ask what the system must do and how well (users, features, scale, latency, consistency). Write the answers you assume.',
  estimates: 'Estimates: the numbers that size the system (requests per second, storage, bandwidth), with the arithmetic.',
  api: 'API and data model: the endpoints or calls, and the records and keys you store.',
  'high-level': 'High level: the components and how a request flows through them (clients, gateways, services, stores, caches, queues).',
  'deep-dive': 'Deep dive: the hardest part in detail, the trade-offs you choose between, and what fails and how you recover.',
  'wrap-up': 'Wrap-up: the bottlenecks, what you would monitor, and what you would do next with more time.',
  answer: 'Answer in STAR order: situation, your actions, the result, what you learned.',
  coding: 'Write your solution at the prompt (or with .edit): the clock is running.',
};

/** The STAR rubric a behavioural answer is graded on when its lesson has no Mock section. */
export const STAR_RUBRIC: readonly MockRubricItem[] = [
  { stage: 'situation', weight: 1, point: 'Situation scoped: the context, the stakes and your role in two or three sentences.', terms: ['team', 'project', 'deadline', 'role', 'context'], line: 0 },
  { stage: 'actions', weight: 3, point: 'Own actions: what you did and decided ("I", not "we"), with the trade-offs you weighed.', terms: ['i decided', 'i proposed', 'i wrote', 'i asked', 'i built', 'i set up'], line: 0 },
  { stage: 'result', weight: 2, point: 'Measurable result: the outcome in numbers or concrete facts.', terms: ['percent', 'reduced', 'increased', 'saved', 'shipped', 'measurable'], line: 0 },
  { stage: 'reflection', weight: 1, point: 'Reflection: what you learned or would do differently, and how you have applied it since.', terms: ['learned', 'differently', 'next time', 'since then'], line: 0 },
  { stage: 'follow-up', weight: 1, point: 'Follow-up: how you closed the loop with the people involved, and where things stand now.', terms: ['follow up', 'checked in', 'relationship', 'afterwards'], line: 0 },
];

export const DEFAULT_MINUTES: Record<MockKind, number> = { coding: 45, ...DEFAULT_MOCK_MINUTES };

/** The stages of a mock of `kind` on `lesson`, scaled so that they add up to `totalMs` when given. */
export function stagesFor(kind: MockKind, lesson: Lesson | null, totalMs?: number): StageBox[] {
  let boxes: { name: string; minutes: number }[];
  if (kind === 'design') boxes = lesson?.mock?.stages?.length ? lesson.mock.stages : [...DESIGN_STAGES];
  else boxes = [{ name: kind === 'coding' ? 'coding' : 'answer', minutes: lesson?.mock?.minutes ?? DEFAULT_MINUTES[kind] }];
  const natural = boxes.reduce((t, b) => t + b.minutes, 0) * 60_000;
  const wanted = totalMs ?? (kind === 'design' && lesson?.mock?.minutes ? lesson.mock.minutes * 60_000 : natural);
  const scale = natural > 0 ? wanted / natural : 1;
  return boxes.map((b) => ({ name: b.name, ms: Math.max(1000, Math.round(b.minutes * 60_000 * scale)) }));
}

/** The section whose heading starts with "Key Points". */
function keyPoints(lesson: Lesson): string[] {
  const section = lesson.sections.find((s) => /^key points/i.test(s.heading));
  if (!section) return [];
  return section.body
    .split('\n')
    .map((l) => /^\s*[-*]\s+(.*)$/.exec(l)?.[1]?.trim())
    .filter((l): l is string => Boolean(l));
}

/** the Key Points heading's line (derived rubric items point at it) */
const keyPointsLine = (lesson: Lesson) => lesson.sections.find((s) => /^key points/i.test(s.heading))?.line ?? 0;

const STAGE_HINTS: [RegExp, string][] = [
  [/\b(require|clarif|ask|scope|functional)/i, 'requirements'],
  [/\d|\b(estimat|per second|qps|storage|bandwidth|throughput)/i, 'estimates'],
  [/\b(api|endpoint|schema|data model|rest|rpc)\b/i, 'api'],
  [/\b(fail|outage|bottleneck|monitor|trade-?off|consisten|recover)/i, 'deep-dive'],
];

/** The design stage a key point most likely belongs to. */
function stageOf(text: string): string {
  for (const [re, stage] of STAGE_HINTS) if (re.test(text)) return stage;
  return 'high-level';
}

const plain = (md: string) => md.replace(/\*\*|__|`|\*|_/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

/**
 * A rubric from the lesson's Key Points, for a lesson without a Mock section: one item per point.
 * Its terms are the point's head ("Counter + base62 — …": "counter", "base62") and its parts.
 */
export function rubricFromKeyPoints(lesson: Lesson, kind: MockKind): MockRubricItem[] {
  return keyPoints(lesson).map((raw, i) => {
    const text = plain(raw);
    const [head = text] = text.split(/\s+[—–]\s+|\s+-\s+|:\s+/);
    const parts = head
      .split(/\s*(?:,|\+|\/|&|\band\b|\bvs\.?|\bversus\b|\bor\b)\s*/i)
      .map((p) => p.trim().toLowerCase())
      .filter((p) => termWords(p).length > 0);
    const terms = [...new Set([head.trim().toLowerCase(), ...parts])].filter((t) => termWords(t).length > 0);
    const stage = kind === 'behavioral' ? STAR_STAGES[Math.min(i, STAR_STAGES.length - 1)]! : stageOf(text);
    return { stage, weight: 1, point: text, terms, line: keyPointsLine(lesson) };
  });
}

/** The rubric a mock on `lesson` is judged on. */
export function rubricFor(lesson: Lesson, kind: MockKind): { items: MockRubricItem[]; source: 'mock' | 'key-points' | 'star' } {
  if (lesson.mock?.rubric.length) return { items: lesson.mock.rubric, source: 'mock' };
  if (kind === 'behavioral') return { items: [...STAR_RUBRIC], source: 'star' };
  return { items: rubricFromKeyPoints(lesson, kind), source: 'key-points' };
}

/** The question posed: the Mock section's prompt, else one made from the lesson's title. */
export function promptFor(lesson: Lesson, kind: MockKind): string {
  if (lesson.mock?.prompt) return lesson.mock.prompt;
  if (kind === 'behavioral') {
    const ex = lesson.exercises[0];
    return ex ? plain(ex.prompt).split('\n').find((l) => l.trim())?.trim() ?? lesson.title : `Tell me about ${lesson.title.toLowerCase()}.`;
  }
  if (/^design(ing)?\s/i.test(lesson.title)) return `${lesson.title.replace(/^designing/i, 'Design')}: take the requirements, size it, and walk through the design and its trade-offs.`;
  return `Design a system that uses ${lesson.title.replace(/\s*\(.*\)$/, '')}: take the requirements, size it, and walk through the design and its trade-offs.`;
}

/** The outline of a strong answer: the Mock section's, else the lesson's example answer or its Key Points. */
export function strongAnswerFor(lesson: Lesson): string {
  if (lesson.mock?.answer) return lesson.mock.answer;
  const example = lesson.sections.find((s) => /^(example|model|sample) answer/i.test(s.heading));
  if (example?.body.trim()) return example.body.trim();
  const points = keyPoints(lesson);
  return points.length ? points.map((p) => `- ${p}`).join('\n') : '';
}
