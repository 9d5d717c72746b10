import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { matchLesson, matchSection } from '../../src/corpus/lookup.ts';
import { parseLesson } from '../../src/corpus/parse.ts';
import { makeCorpus } from '../../src/corpus/corpus.ts';

const lesson = (id: string, title: string, area = 'a') =>
  parseLesson({ text: `---\ntitle: ${title}\n---\n## Overview\nx\n## Trade-offs & Gotchas\ny\n## Key Points for Interviews\n- z = w\n`, file: `${id}.md`, id, area }).lesson!;
const corpus = makeCorpus([
  lesson('consistent-hashing', 'Consistent Hashing'),
  lesson('hash-tables', 'Hash Tables', 'b'),
  lesson('lru-cache', 'LRU Cache', 'b'),
]);
const lookup = suite('corpus/lookup');
const m = (ref: string, last = corpus.lessons) => matchLesson(corpus.lessons, corpus.byId, ref, last);

lookup('by id, by list number, by exact title', () => {
  assert.equal(m('lru-cache'), { kind: 'one', lesson: corpus.byId.get('lru-cache') });
  assert.equal(m('2', [corpus.byId.get('lru-cache')!, corpus.byId.get('hash-tables')!]), { kind: 'one', lesson: corpus.byId.get('hash-tables') });
  assert.equal(m('9'), { kind: 'none' });
  assert.equal(m('LRU cache'), { kind: 'one', lesson: corpus.byId.get('lru-cache') });
});

lookup('loose words: prefixes match; ambiguity lists the candidates', () => {
  assert.equal(m('consist hash'), { kind: 'one', lesson: corpus.byId.get('consistent-hashing') });
  assert.equal(m('hash'), { kind: 'one', lesson: corpus.byId.get('hash-tables') }, 'a whole word beats a prefix');
  const many = m('ha');
  assert.is(many.kind, 'many');
  assert.is((many as { lessons: unknown[] }).lessons.length, 2);
  assert.equal(m('quantum'), { kind: 'none' });
});

lookup('sections by number, slug or loose words', () => {
  const l = corpus.byId.get('lru-cache')!;
  assert.is(matchSection(l, 'gotchas')!.heading, 'Trade-offs & Gotchas');
  assert.is(matchSection(l, 'key points')!.heading, 'Key Points for Interviews');
  assert.is(matchSection(l, '1')!.heading, 'Overview');
  assert.is(matchSection(l, 'nope'), undefined);
});

lookup('corpus orders areas and difficulties, and flags duplicate exercise ids across lessons', () => {
  const ex = () => `## Exercise dup: D\nDo.\n\`\`\`ts starter\nlet a=1\n\`\`\`\n\`\`\`ts checks\ncheck('x',()=>{})\n\`\`\`\n\`\`\`ts solution\nlet a=2\n\`\`\`\n`;
  const a = parseLesson({ text: `---\ntitle: A\n---\n${ex()}`, file: 'a.md', id: 'a', area: 'algorithms' }).lesson!;
  const b = parseLesson({ text: `---\ntitle: B\n---\n${ex()}`, file: 'b.md', id: 'b', area: 'system-design' }).lesson!;
  const c = makeCorpus([a, b]);
  assert.equal(c.areas, ['system-design', 'algorithms']);
  assert.ok(c.problems.some((p) => /exercise id "dup" is also used/.test(p.message)));
});

lookup.run();
