import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { documentsOf, lessonFingerprint } from '../../src/search/documents.ts';
import { idf } from '../../src/search/ranking.ts';
import { RATE_LIMITING, TRIES, lesson } from './helpers.ts';

const s = suite('search/documents');

s('a lesson is its prose sections, then one document of drill questions and exercises', () => {
  const docs = documentsOf(RATE_LIMITING);
  assert.equal(
    docs.map((d) => d.section),
    [...RATE_LIMITING.sections.map((_, i) => i), -1],
  );
  assert.match(docs[docs.length - 1]!.body, /Implement a token bucket/);
  assert.equal(documentsOf(TRIES).map((d) => d.section), [0, 1, 2, 3], 'no practice text, no extra document');
  const bare = lesson('bare', 'x', { title: 'Bare' }, '');
  assert.equal(documentsOf(bare), [{ heading: '', body: '', section: -1 }]);
});

s('the fingerprint follows the content, not where the file lives', () => {
  assert.is(lessonFingerprint({ ...TRIES, path: 'elsewhere/tries.md' }), lessonFingerprint(TRIES));
  assert.is.not(lessonFingerprint({ ...TRIES, title: 'Prefix Trees' }), lessonFingerprint(TRIES));
  const edited = { ...TRIES, sections: TRIES.sections.map((x, i) => (i === 2 ? { ...x, body: `${x.body} More.` } : x)) };
  assert.is.not(lessonFingerprint(edited), lessonFingerprint(TRIES));
});

s('idf: positive, and lower for more common terms', () => {
  assert.ok(idf(100, 100) > 0);
  assert.ok(idf(100, 1) > idf(100, 10));
  assert.ok(idf(100, 10) > idf(100, 90));
  assert.is(idf(10, 50), idf(10, 10), 'df beyond the lesson count is capped');
});

s.run();
