import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLesson } from '../../src/corpus/parse.ts';
import { makeCorpus } from '../../src/corpus/corpus.ts';
import type { Lesson } from '../../src/corpus/types.ts';
import { promptFor, rubricFor, rubricFromKeyPoints, stagesFor, strongAnswerFor } from '../../src/mock/rubric.ts';
import { addCheck, addHint, addNote, confirmMark, finish, premark, resultOf, startMock, visibleCount } from '../../src/mock/run.ts';
import { transcript, transcriptName } from '../../src/mock/transcript.ts';
import { pickExercises, pickLesson } from '../../src/mock/pick.ts';
import { ROOT } from '../helpers/pty.ts';

const s = suite('mock/run');
const MIN = 60_000;
const T0 = new Date(2026, 11, 3, 17, 42, 5).getTime();

function lesson(file: string): Lesson {
  const path = join(ROOT, 'corpus', file);
  const [area, name] = file.replace(/\.md$/, '').split('/');
  const r = parseLesson({ text: readFileSync(path, 'utf8'), file: path, id: name!, area: area! });
  return r.lesson!;
}

const withMock = (l: Lesson): Lesson => ({
  ...l,
  mock: {
    prompt: 'Design a URL shortener for 100 million new links a month.',
    rubric: [
      { stage: 'requirements', weight: 2, point: 'Asks whether links expire', terms: ['expiry', 'expire', 'ttl'], line: 1 },
      { stage: 'estimates', weight: 1, point: 'Estimates about 40 writes per second', terms: ['writes per second', 'qps'], line: 1 },
      { stage: 'deep-dive', weight: 1, point: 'Generates codes without a single counter bottleneck', terms: ['base62', 'counter range', 'snowflake'], line: 1 },
    ],
    answer: '1. Requirements: expiry, custom aliases.',
    line: 1,
  },
});

s('a lesson without a Mock section gets a rubric from its Key Points', () => {
  const l = lesson('system-design/url-shortener.md');
  const items = rubricFromKeyPoints(l, 'design');
  assert.ok(items.length >= 5, `${items.length} items`);
  const counter = items.find((i) => /^Counter \+ base62/.test(i.point))!;
  assert.ok(counter, 'one item per key point');
  assert.ok(counter.terms.includes('counter') && counter.terms.includes('base62'), counter.terms.join('|'));
  assert.ok(items.every((i) => i.weight === 1 && i.terms.length > 0));
  assert.equal(rubricFor(l, 'design').source, l.mock ? 'mock' : 'key-points');
  assert.is(rubricFor(withMock(l), 'design').items.length, 3);
  assert.ok(promptFor(l, 'design').length > 10);
  assert.ok(strongAnswerFor(l).includes('base62'));
});

s('a behavioural lesson without a Mock section is graded on STAR', () => {
  const l = { ...lesson('behavioral/conflict-with-coworker.md'), mock: undefined };
  const r = rubricFor(l, 'behavioral');
  assert.is(r.source, 'star');
  assert.equal(r.items.map((i) => i.stage), ['situation', 'actions', 'result', 'reflection', 'follow-up']);
});

s('a design mock: notes pre-mark the rubric, the learner corrects a mark, the score follows', () => {
  const l = withMock(lesson('system-design/url-shortener.md'));
  const run = startMock({ kind: 'design', title: l.title, prompt: l.mock!.prompt, lessonId: l.id, rubric: l.mock!.rubric, answer: l.mock!.answer, stages: stagesFor('design', l, 12_000), now: T0 });
  addNote(run, 'do links expire? custom aliases?', T0 + 500);
  run.timer.next(T0 + 1000);
  addNote(run, 'about 40 qps writes', T0 + 1500);
  assert.is(run.notes[1]!.stage, 'estimates');
  assert.is(addNote(run, '   ', T0 + 1600), null, 'a blank line is no note');
  const marks = premark(run);
  assert.equal(marks.map((m) => m.noted.length > 0), [true, true, false]);
  confirmMark(run, 0, true);
  confirmMark(run, 1, false); // the learner says the estimate was not really made
  confirmMark(run, 2, null); // nobody to ask: the pre-mark stands
  const score = finish(run, 'submitted', T0 + 5000)!;
  assert.is(score.score, 50); // 2 of 4
  const md = transcript(run, T0 + 5000);
  assert.match(md, '# Mock design interview: ');
  assert.match(md, '- requirements (00:02): started 17:42:05 (+00:00)');
  assert.match(md, '- estimates (00:02): started 17:42:06 (+00:01)');
  assert.match(md, '- +00:01 estimates: about 40 qps writes');
  assert.match(md, '- [x] requirements · weight 2: Asks whether links expire (notes mention: expiry, expire, ttl)');
  assert.match(md, '- [ ] estimates · weight 1');
  assert.match(md, '**50/100**');
  assert.match(md, '## Outline of a strong answer');
  assert.is(transcriptName(run), `2026-12-03-design-${run.id}.md`);
  const rec = resultOf(run, T0 + 5000, 'mocks/x.md');
  assert.equal([rec.kind, rec.status, rec.score, rec.usedMs, rec.topic], ['design', 'completed', 50, 5000, l.id]);
});

s('a coding mock: checks and hints are kept with their times; submit scores the full checks', () => {
  const run = startMock({ kind: 'coding', title: 'two exercises', prompt: 'p', lessonId: null, exercises: [{ id: 'ex-a', lessonId: 'l', title: 'A', difficulty: 'easy', area: 'algorithms' }], stages: stagesFor('coding', null, 10 * MIN), now: T0 });
  const results = [true, true, false, true].map((ok, i) => ({ name: `case ${i + 1}`, ok }));
  const c = addCheck(run, { exerciseId: 'ex-a', passed: 3, failed: 1, results }, T0 + MIN);
  assert.is(c.shown, 2, 'a .check shows the visible half');
  addHint(run, 'ex-a', 1, 'think of a map', T0 + 2 * MIN);
  addCheck(run, { exerciseId: 'ex-a', passed: 4, failed: 0, results: results.map((r) => ({ ...r, ok: true })), final: true }, T0 + 4 * MIN);
  run.code['ex-a'] = 'function a() { return 1; }';
  const score = finish(run, 'submitted', T0 + 4 * MIN)!;
  assert.is(score.score, 95); // all checks, fast, one hint
  const md = transcript(run, T0 + 4 * MIN);
  assert.match(md, '- +01:00 .check on ex-a: 3/4 passed (2 shown)');
  assert.match(md, '- +04:00 submit, full checks on ex-a: 4/4 passed');
  assert.match(md, '- +02:00 ex-a hint 1: think of a map');
  assert.match(md, '```ts\nfunction a() { return 1; }\n```');
  assert.equal([visibleCount(0), visibleCount(1), visibleCount(2), visibleCount(5)], [0, 1, 1, 3]);
});

s('an abandoned mock has no score and says so', () => {
  const run = startMock({ kind: 'behavioral', title: 'Conflict', prompt: 'Tell me…', lessonId: 'conflict', stages: stagesFor('behavioral', null), now: T0 });
  assert.is(finish(run, 'abandoned', T0 + MIN), null);
  assert.is(resultOf(run, T0 + MIN, null).status, 'abandoned');
  assert.match(transcript(run, T0 + MIN), 'Abandoned: no score.');
});

s('coding picks: unsolved exercises with checks, a fair difficulty mix, the weak areas first', () => {
  const corpus = makeCorpus(['algorithms/two-pointers.md', 'algorithms/sliding-window.md', 'algorithms/two-heaps.md', 'data-structures/lru-cache.md', 'behavioral/conflict-with-coworker.md'].map(lesson));
  const status = new Map<string, 'solved' | 'attempted'>();
  const seq = (() => { let i = 0; return () => ((i++ * 0.37) % 1); })();
  const two = pickExercises(corpus, status, { count: 2, random: seq });
  assert.is(two.length, 2);
  assert.is.not(two[0]!.lessonId, two[1]!.lessonId, 'two different lessons');
  assert.ok(two.every((e) => corpus.byId.get(e.lessonId)!.exercises.find((x) => x.id === e.id)!.checks.trim()), 'never a writing prompt');
  // solved ones are skipped while unsolved ones remain
  for (const l of corpus.lessons) for (const e of l.exercises) if (l.area !== 'data-structures') status.set(e.id, 'solved');
  assert.ok(pickExercises(corpus, status, { count: 1 }).every((e) => e.area === 'data-structures'));
  status.clear();
  assert.ok(pickExercises(corpus, status, { count: 2, weakAreas: ['data-structures'] }).every((e) => e.area === 'data-structures'));
  assert.ok(pickExercises(corpus, status, { count: 1, area: 'algorithms', difficulty: 'hard' }).every((e) => e.difficulty === 'hard'));
  assert.throws(() => pickExercises(corpus, status, { count: 1, area: 'networking' }), /no exercise with checks in area networking/);
});

s('design and behavioural picks: by topic words, else a lesson not mocked lately', () => {
  const corpus = makeCorpus(['system-design/url-shortener.md', 'system-design/rate-limiting.md', 'behavioral/conflict-with-coworker.md'].map(lesson));
  assert.is(pickLesson(corpus, 'system-design', 'url shortener').id, 'url-shortener');
  assert.is(pickLesson(corpus, 'system-design', undefined, { recent: ['url-shortener'], random: () => 0 }).id, 'rate-limiting');
  assert.is(pickLesson(corpus, 'behavioral', undefined).id, 'conflict-with-coworker');
  assert.throws(() => pickLesson(corpus, 'system-design', 'quantum teleporter'), /no system-design lesson matches/);
});

s.run();
