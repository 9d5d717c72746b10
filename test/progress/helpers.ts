// Shared by the progress and drill suites: a mini corpus, a temp data dir, and the test context
// (its input is a stream the test writes lines to; its output is collected).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCorpus, type Corpus } from '../../src/corpus/corpus.ts';
import { parseLesson } from '../../src/corpus/parse.ts';
import type { Lesson } from '../../src/corpus/types.ts';
import { testContext, type TestContext } from '../helpers/context.ts';
import { type OpenOptions } from '../../src/progress/open.ts';
import type { ProgressStore } from '../../src/progress/types.ts';

export function tempDir(prefix = 'swelearn-progress-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface LessonSpec {
  id: string;
  area: string;
  title?: string;
  difficulty?: 'easy' | 'medium' | 'hard';
  prerequisites?: string[];
  tags?: string[];
  /** Q/A pairs for the Drill section */
  qa?: [string, string][];
  /** exercise ids (each gets a trivial checks block) */
  exercises?: string[];
}

export function lesson(spec: LessonSpec): Lesson {
  const title = spec.title ?? spec.id.replace(/-/g, ' ');
  const fm = [
    '---',
    `title: "${title}"`,
    `tags: [${(spec.tags ?? []).join(', ')}]`,
    `difficulty: ${spec.difficulty ?? 'medium'}`,
    'estimated_time: 10min',
    spec.prerequisites?.length ? `prerequisites: [${spec.prerequisites.join(', ')}]` : '',
    '---',
  ].filter(Boolean);
  const body = [
    '## Overview',
    `${title} in brief.`,
    '## When to Use',
    'Often.',
    '## Trade-offs & Gotchas',
    'Some.',
    '## Key Points for Interviews',
    '- A plain bullet with no prompt at all',
    '## Drill',
    ...(spec.qa ?? [['What is it?', 'Something.']]).map(([q, a]) => `- Q: ${q}\n  A: ${a}`),
    ...(spec.exercises ?? []).flatMap((ex) => [
      `## Exercise ${ex}: Exercise ${ex}`,
      'Write f.',
      '```ts starter\nfunction f(): number { return 0; }\n```',
      "```ts checks\ncheck('one', () => { expect(f()).toBe(1); });\n```",
      '```ts solution\nfunction f(): number { return 1; }\n```',
    ]),
  ];
  const { lesson: l, problems } = parseLesson({ text: [...fm, '', ...body].join('\n'), file: `${spec.id}.md`, id: spec.id, area: spec.area });
  if (!l) throw new Error(`fixture lesson ${spec.id} did not parse: ${problems.map((p) => p.message).join('; ')}`);
  return l;
}

/** Three areas, prerequisites, Q/A cards and exercises. */
export function miniCorpus(): Corpus {
  return makeCorpus([
    lesson({ id: 'load-balancing', area: 'system-design', difficulty: 'easy', tags: ['scaling'], qa: [['What does a load balancer spread?', 'Requests across servers.'], ['Name a balancing algorithm.', 'Round robin.']] }),
    lesson({ id: 'caching', area: 'system-design', difficulty: 'medium', tags: ['scaling'], qa: [['What is a cache hit?', 'A read served from the cache.']], exercises: ['lru-cache'] }),
    lesson({ id: 'consistent-hashing', area: 'distributed-systems', difficulty: 'medium', qa: [['Why virtual nodes?', 'To even out the load on the ring.']], exercises: ['hash-ring'] }),
    lesson({ id: 'sharding', area: 'databases', difficulty: 'easy', prerequisites: ['consistent-hashing'], qa: [['What is a shard key?', 'The column that decides the shard.']] }),
  ]);
}

export type TestSession = TestContext;

/** The test context (test/helpers/context.ts) over the mini corpus, with a real store in a temp dir. */
export function testSession(opts: { corpus?: Corpus; dataDir?: string; store?: ProgressStore; open?: OpenOptions; width?: number; now?: () => number } = {}): TestSession {
  return testContext({ corpus: opts.corpus ?? miniCorpus(), dataDir: opts.dataDir ?? tempDir(), store: opts.store, open: opts.open, width: opts.width, now: opts.now });
}
