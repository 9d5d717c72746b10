import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLesson, parseMinutes, MAX_LESSON_BYTES } from '../../src/corpus/parse.ts';
import { REQUIRED_SECTIONS, lessonPriority } from '../../src/corpus/types.ts';
import { loadFolder } from '../../src/corpus/load.ts';
import { ROOT } from '../helpers/pty.ts';

const SEED = join(ROOT, 'test', 'fixtures', 'seed-topic.md');
const parse = suite('corpus/parse');
const run = (text: string, id = 'x') => parseLesson({ text, file: `${id}.md`, id, area: 'area' });

parse('the seed lesson loads unchanged, with its four sections and key-point cards', () => {
  const { lesson, problems } = run(readFileSync(SEED, 'utf8'), 'seed-topic');
  assert.equal(problems, []);
  assert.ok(lesson);
  assert.is(lesson!.title, 'WebSockets and Long Polling');
  assert.is(lesson!.difficulty, 'medium');
  assert.is(lesson!.minutes, 15);
  assert.ok(lesson!.tags.includes('websockets'));
  assert.equal(lesson!.sections.map((s) => s.heading), [...REQUIRED_SECTIONS]);
  assert.ok(lesson!.cards.length >= 5, `${lesson!.cards.length} cards`);
  const overview = lesson!.sections[0]!;
  assert.is(readFileSync(SEED, 'utf8').split('\n')[overview.line - 1], '## Overview', 'section lines point at their headings');
});

parse('priority: high/medium/low or 3/2/1; absent counts as medium and adds no field', () => {
  const withP = (p: string) => run(`---\ntitle: T\npriority: ${p}\n---\n## Overview\nx`);
  assert.is(withP('high').lesson!.priority, 3);
  assert.is(withP('Low').lesson!.priority, 1);
  assert.is(withP('2').lesson!.priority, 2);
  assert.equal(withP('high').problems.filter((p) => p.message.includes('priority')), []);
  const bad = withP('urgent');
  assert.ok(bad.lesson, 'an unreadable priority keeps the lesson');
  assert.is(lessonPriority(bad.lesson!), 2);
  assert.match(bad.problems.map((p) => p.message).join('\n'), /priority "urgent" is not high, medium or low/);
  const seed = run(readFileSync(SEED, 'utf8'), 'seed-topic').lesson!;
  assert.not.ok('priority' in seed, 'a file without priority parses to the same lesson as before');
  assert.is(lessonPriority(seed), 2);
});

parse('every built-in lesson states its interview priority, and all three levels are used', () => {
  const { lessons } = loadFolder(join(ROOT, 'corpus'), { builtin: true });
  assert.ok(lessons.length >= 100);
  const missing = lessons.filter((l) => l.priority === undefined).map((l) => l.id);
  assert.equal(missing, []);
  const by = (id: string) => lessons.find((l) => l.id === id)!.priority;
  assert.is(by('consistent-hashing'), 3);
  assert.is(by('hash-tables'), 3);
  assert.is(by('segment-trees-fenwick'), 1);
  assert.equal(new Set(lessons.map((l) => l.priority)).size, 3);
});

parse('CRLF line endings and a non-ASCII title load like LF', () => {
  const lf = '---\ntitle: "Résumé — 面试 prep"\ntags: [a]\ndifficulty: easy\n---\n## Overview\nHello\n## Key Points for Interviews\n- **Term** is the answer here ok\n';
  const a = run(lf).lesson!;
  const b = run(lf.replace(/\n/g, '\r\n')).lesson!;
  assert.is(b.title, 'Résumé — 面试 prep');
  assert.equal(b.sections, a.sections);
  assert.equal(b.cards, a.cards);
});

parse('tags as a comma-separated string', () => {
  assert.equal(run('---\ntitle: T\ntags: "Caching, CDN ,  edge"\n---\nx').lesson!.tags, ['caching', 'cdn', 'edge']);
});

parse('broken YAML names the line', () => {
  const r = run('---\ntitle: ok\ntags: [a, b\ndifficulty: easy\n---\nbody');
  assert.is(r.lesson, null);
  assert.match(r.problems[0]!.message, /frontmatter is not valid YAML/);
  assert.ok(r.problems[0]!.line && r.problems[0]!.line >= 2 && r.problems[0]!.line <= 4, `line ${r.problems[0]!.line}`);
});

parse('missing title, unknown difficulty, empty file, binary garbage are rejected with a reason', () => {
  assert.match(run('---\ntags: [a]\n---\n## Overview\n').problems[0]!.message, /no title/);
  assert.match(run('---\ntitle: T\ndifficulty: extreme\n---\n').problems[0]!.message, /unknown difficulty "extreme"/);
  assert.match(run('').problems[0]!.message, /empty/);
  assert.match(run('  \n\n').problems[0]!.message, /empty/);
  const garbage = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)).toString('utf8');
  const g = run(garbage);
  assert.is(g.lesson, null);
  assert.match(g.problems[0]!.message, /binary/);
});

parse('no frontmatter: the first heading becomes the title (with a warning); no heading is rejected', () => {
  const r = run('# My Notes on Heaps\n\n## Overview\nA heap.\n');
  assert.is(r.lesson!.title, 'My Notes on Heaps');
  assert.is(r.problems[0]!.level, 'warning');
  assert.is(run('just text, no heading\n').lesson, null);
});

parse('a lesson over the size limit is rejected at once', () => {
  const big = '---\ntitle: Big\n---\n## Overview\n' + 'word '.repeat(MAX_LESSON_BYTES / 4);
  const t0 = performance.now();
  const r = run(big);
  assert.ok(performance.now() - t0 < 1000);
  assert.is(r.lesson, null);
  assert.match(r.problems[0]!.message, /limit is 1 MB/);
});

parse('missing sections are warnings, the lesson still loads', () => {
  const r = run('---\ntitle: T\n---\n## Overview\nx\n');
  assert.ok(r.lesson);
  const missing = r.problems.filter((p) => p.message.startsWith('missing section')).map((p) => p.message);
  assert.is(missing.length, 3);
});

parse('exercises: starter, checks with limits, solution, hints; prompt excludes them', () => {
  const md = [
    '---', 'title: T', '---', '## Overview', 'x',
    '## Exercise add-two: Add two numbers', 'Write `add(a, b)`.',
    '```ts starter', 'function add(a: number, b: number) { return 0 }', '```',
    '```ts checks timeout=3000 memory=128', "check('adds', () => expect(add(1, 2)).toBe(3));", '```',
    '```ts solution', 'function add(a: number, b: number) { return a + b }', '```',
    '> Hint: Use +.', '', '> Hint: Really,', '> just +.',
  ].join('\n');
  const ex = run(md).lesson!.exercises[0]!;
  assert.is(ex.id, 'add-two');
  assert.is(ex.title, 'Add two numbers');
  assert.is(ex.prompt, 'Write `add(a, b)`.');
  assert.match(ex.starter, /return 0/);
  assert.match(ex.checks, /check\('adds'/);
  assert.match(ex.solution, /a \+ b/);
  assert.equal(ex.hints, ['Use +.', 'Really,\njust +.']);
  assert.is(ex.timeoutMs, 3000);
  assert.is(ex.memoryMb, 128);
});

parse('exercises: ```ts wrong blocks are known-wrong solutions with their reason and line, kept out of the task', () => {
  const md = [
    '---', 'title: T', '---', '## Overview', 'x',
    '## Exercise add-two: Add two numbers', 'Write `add(a, b)`.',
    '```ts starter', 'function add(a: number, b: number) { return 0 }', '```',
    '```ts checks', "check('adds', () => expect(add(1, 2)).toBe(3));", '```',
    '```ts solution', 'function add(a: number, b: number) { return a + b }', '```',
    '```ts wrong subtracts instead of adding', 'function add(a: number, b: number) { return a - b }', '```',
    '```ts wrong', 'function add(a: number, b: number) { return 3 }', '```',
  ].join('\n');
  const r = run(md);
  const ex = r.lesson!.exercises[0]!;
  assert.is(ex.prompt, 'Write `add(a, b)`.');
  assert.equal(ex.wrong.map((w) => [w.reason, w.line]), [['subtracts instead of adding', 17], ['wrong solution 2', 20]]);
  assert.match(ex.wrong[0]!.code, /a - b/);
  assert.match(ex.solution, /a \+ b/, 'the reference solution is still the solution block');
  const empty = run('---\ntitle: T\n---\n## Exercise e1: E\nDo it.\n```ts starter\nlet a = 1\n```\n```ts checks\ncheck("x", () => {})\n```\n```ts solution\nlet a = 2\n```\n```ts wrong nothing\n```\n');
  assert.ok(empty.problems.some((p) => /wrong solution "nothing" is empty/.test(p.message)));
});

parse('an exercise with checks but no solution is an error; a writing prompt needs none', () => {
  const bad = run('---\ntitle: T\n---\n## Exercise e1: E\nDo it.\n```ts starter\nlet a = 1\n```\n```ts checks\ncheck("x", () => {})\n```\n');
  assert.ok(bad.problems.some((p) => p.level === 'error' && /no ```ts solution/.test(p.message)));
  const prompt = run('---\ntitle: T\n---\n## Exercise draft-x: Draft\nWrite your story.\n```md solution\nA model answer.\n```\n');
  assert.equal(prompt.problems.filter((p) => p.level === 'error'), []);
  assert.is(prompt.lesson!.exercises[0]!.checks, '');
  assert.is(prompt.lesson!.exercises[0]!.solutionLang, 'md');
});

parse('durations', () => {
  assert.is(parseMinutes('15min'), 15);
  assert.is(parseMinutes('1h'), 60);
  assert.is(parseMinutes('1h30m'), 90);
  assert.is(parseMinutes('90'), 90);
  assert.is(parseMinutes(25), 25);
  assert.is(parseMinutes('20 minutes'), 20);
  assert.ok(Number.isNaN(parseMinutes('soon')));
});

parse('lesson.trusted: built-in lessons are trusted, others only when the loader says so', () => {
  const text = '---\ntitle: T\n---\n## Overview\nx\n';
  assert.is(run(text).lesson!.trusted, false);
  assert.is(parseLesson({ text, file: 'x.md', id: 'x', area: 'a', builtin: true }).lesson!.trusted, true);
  assert.is(parseLesson({ text, file: 'x.md', id: 'x', area: 'a', trusted: true }).lesson!.trusted, true);
});

const BOMB_ANCHORS =
  'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n' +
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n' +
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n';

for (const key of ['tags', 'related', 'prerequisites']) {
  parse(`a YAML alias bomb in ${key} is refused with a message naming the file (not expanded)`, () => {
    const text = `---\ntitle: Bomb\n${BOMB_ANCHORS}${key}: [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n---\n## Overview\nx\n`;
    const r = parseLesson({ text, file: 'shared/bomb.md', id: 'bomb', area: 'a' });
    assert.is(r.lesson, null);
    const errors = r.problems.filter((p) => p.level === 'error');
    assert.is(errors.length, 1, JSON.stringify(errors));
    assert.is(r.problems[0]!.file, 'shared/bomb.md');
    assert.match(r.problems[0]!.message, /too many YAML aliases/);
  });
}

parse('frontmatter is data: a few YAML aliases are fine, a list of lists is not a tag list, ---js never runs', () => {
  const r = run('---\ntitle: T\ntags: &t [a, b]\nrelated: *t\n---\n## Overview\nx\n');
  assert.equal(r.lesson!.tags, ['a', 'b']);
  assert.equal(r.lesson!.related, ['a', 'b']);
  const nested = run('---\ntitle: T\ntags: [[a, b], c]\n---\n## Overview\nx\n');
  assert.equal(nested.lesson!.tags, []);
  assert.ok(nested.problems.some((p) => /tags must be a list/.test(p.message)));
  const g = globalThis as { pwned?: boolean };
  const js = run('---js\n{ title: (globalThis.pwned = true, "T") }\n---\n# Heading\n## Overview\nx\n');
  assert.is(g.pwned, undefined);
  assert.not.equal(js.lesson?.title, 'T');
});

const HOSTILE = ['\x1b]52;c;ZWNobyBwd25lZA==\x07', '\x1b[6n', '\x1bP$q m\x1b\\', '\x1b]0;owned\x1b\\', '\x1b[2J\x1b[H', '\x9b6n', '\x07\x7f\x0c'];

parse('control characters and escape sequences are stripped from every field of a lesson', () => {
  const esc = HOSTILE.join('');
  const text = [
    '---',
    // YAML escapes make control characters too, after any text-level stripping
    `title: "Evil \\e]52;c;AAAA\\a title ${'\\x1b'}[6n"`,
    `tags: [ok, "t\\e[2Jag"]`,
    `id: "lesson${'\\u001b'}]0;x${'\\u0007'}-id"`,
    '---',
    `## Overview`,
    `Body ${esc} text`,
    // enough prose that the file is not taken for binary data
    'Plain prose. '.repeat(200),
    '## Key Points for Interviews',
    `- **Term${esc}** is what the ${esc} answer names here`,
    '## Drill',
    `- Q: question ${esc}? A: answer ${esc}`,
    '## Exercise ex-one: Task ' + esc,
    'Do it ' + esc,
    '> Hint: a hint ' + esc,
    '```ts starter',
    'const x = 1; // ' + esc,
    '```',
  ].join('\n');
  const r = parseLesson({ text, file: `evil${esc}.md`, id: 'evil', area: 'a' });
  assert.ok(r.lesson, JSON.stringify(r.problems));
  const all = JSON.stringify(r);
  assert.not.match(all, /\\u001b|\\u0007|\\u009b|\\u0000|\\u007f/, all);
  assert.is(r.lesson!.title, 'Evil  title ');
  assert.equal(r.lesson!.tags, ['ok', 'tag']);
  assert.is(r.lesson!.cards.find((c) => c.kind === 'qa')!.question, 'question ?');
  assert.is(r.lesson!.exercises[0]!.hints[0], 'a hint');
  assert.is(r.lesson!.exercises[0]!.title, 'Task');
});

parse('every problem of a file is reported, not just the first', () => {
  const r = run('---\ntags: {a: 1}\ndifficulty: extreme\nestimated_time: soon\n---\n## Overview\nx\n## Drill\n- not a pair\n');
  assert.is(r.lesson, null);
  const messages = r.problems.map((p) => p.message).join('\n');
  assert.match(messages, /no title/);
  assert.match(messages, /unknown difficulty "extreme"/);
  assert.match(messages, /tags must be a list/);
  assert.match(messages, /estimated_time "soon"/);
  assert.match(messages, /drill item is not a "Q: … A: …" pair/);
});

parse('every YAML error is reported with its line, and the body is still checked', () => {
  const r = run('---\ntitle: ok\ntags: [a, b\nfoo: : bar\n---\n## Overview\nx\n## Drill\n- not a pair\n');
  assert.is(r.lesson, null);
  const yamlErrors = r.problems.filter((p) => /not valid YAML/.test(p.message));
  assert.ok(yamlErrors.length >= 2, JSON.stringify(r.problems));
  for (const p of yamlErrors) assert.ok(p.line! >= 2 && p.line! <= 4, `line ${p.line}`);
  assert.ok(r.problems.some((p) => /drill item/.test(p.message)));
});

parse('overrides: ID takes that id; a different id: is an error', () => {
  const r = parseLesson({ text: '---\ntitle: Mine\noverrides: token-bucket\n---\n## Overview\nx\n', file: 'my-bucket.md', id: 'my-bucket', area: 'a' });
  assert.is(r.lesson!.id, 'token-bucket');
  assert.is(r.lesson!.overrides, 'token-bucket');
  const bad = run('---\ntitle: Mine\nid: other\noverrides: token-bucket\n---\n## Overview\nx\n');
  assert.is(bad.lesson, null);
  assert.match(bad.problems[0]!.message, /overrides "token-bucket" but the lesson's id is "other"/);
});

parse.run();
