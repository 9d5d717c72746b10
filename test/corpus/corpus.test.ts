import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makeCorpus } from '../../src/corpus/corpus.ts';
import { hasChecks } from '../../src/corpus/types.ts';
import { parseLesson } from '../../src/corpus/parse.ts';

const corpus = suite('corpus/corpus');
const lesson = (file: string, front: string, builtin = false) =>
  parseLesson({ text: `---\n${front}\n---\n## Overview\nx\n`, file, id: file.replace(/^.*\/|\.md$/g, ''), area: 'a', builtin }).lesson!;

corpus('a user lesson with a built-in id is an error naming both files; the built-in stays', () => {
  const builtin = lesson('corpus/a/token-bucket.md', 'title: Token bucket', true);
  const mine = lesson('/home/me/lessons/token-bucket.md', 'title: Mine');
  const c = makeCorpus([builtin, mine]);
  assert.is(c.byId.get('token-bucket')!.title, 'Token bucket');
  assert.is(c.lessons.length, 1);
  const p = c.problems.find((x) => x.level === 'error')!;
  assert.is(p.file, '/home/me/lessons/token-bucket.md');
  assert.match(p.message, /already used by corpus\/a\/token-bucket\.md/);
  assert.match(p.message, /overrides: token-bucket/);
});

corpus('two user folders with the same id: the second is an error, the first stays', () => {
  const c = makeCorpus([lesson('/x/one/dup.md', 'title: One'), lesson('/x/two/dup.md', 'title: Two')]);
  assert.is(c.byId.get('dup')!.title, 'One');
  assert.match(c.problems[0]!.message, /already used by \/x\/one\/dup\.md/);
});

corpus('overrides: ID replaces the lesson on purpose, with no error', () => {
  const builtin = lesson('corpus/a/token-bucket.md', 'title: Token bucket', true);
  const mine = lesson('/home/me/my-bucket.md', 'title: Mine\noverrides: token-bucket');
  const c = makeCorpus([builtin, mine]);
  assert.is(c.byId.get('token-bucket')!.title, 'Mine');
  assert.equal(c.lessons.map((l) => l.title), ['Mine']);
  assert.equal(c.problems, []);
  const orphan = makeCorpus([lesson('/home/me/x.md', 'title: X\noverrides: nothing-here')]);
  assert.match(orphan.problems[0]!.message, /no other lesson has that id/);
  assert.is(orphan.problems[0]!.level, 'warning');
});

corpus('exercise ids are checked once, here: twice in one lesson, or taken by another lesson', () => {
  const ex = (id: string, lessonId: string, line: number) => ({ id, lessonId, line, checks: 'check()' }) as never;
  const a = { ...lesson('/x/a.md', 'title: A'), exercises: [ex('sum', 'a', 10), ex('sum', 'a', 20)] };
  const b = { ...lesson('/x/b.md', 'title: B'), exercises: [ex('sum', 'b', 5)] };
  const c = makeCorpus([a, b]);
  const messages = c.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
  assert.equal(messages.sort(), ['/x/a.md:20: exercise id "sum" is used twice', '/x/b.md:5: exercise id "sum" is also used in lesson a']);
  assert.is(c.exercises.get('sum')!.line, 10, 'the first keeps the id');
});

corpus('hasChecks: an exercise with a check script; a writing prompt (blank checks) has none', () => {
  assert.ok(hasChecks({ checks: "check('x', () => {})" }));
  assert.not.ok(hasChecks({ checks: '' }));
  assert.not.ok(hasChecks({ checks: ' \n\t ' }));
});

corpus.run();
