import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { wordTokens } from '../../src/search/encode.ts';
import { makeSnippet, matchTokens, snippetText } from '../../src/search/snippet.ts';

const s = suite('search/snippet');

const filler = (n: number) => Array.from({ length: n }, (_, i) => `filler${i}`).join(' ');

function snip(text: string, terms: string[][], chars = 160) {
  const concept = new Map<string, number>();
  terms.forEach((alts, i) => alts.forEach((t) => concept.set(t, i)));
  return makeSnippet(text, matchTokens(wordTokens(text), (t) => concept.get(t) ?? -1), terms.map(() => 1), chars);
}

s('picks the window with the most query words, not the first match', () => {
  const text = `Alpha appears here. ${filler(40)} Here alpha and beta appear together in one sentence. ${filler(40)}`;
  const out = snip(text, [['alpha'], ['beta']]);
  const plain = snippetText(out);
  assert.ok(plain.includes('alpha and beta'), plain);
  assert.ok(plain.length <= 160 + 2, `${plain.length} chars`);
  assert.ok(plain.startsWith('…') && plain.endsWith('…'), plain);
});

s('marks every matching word, and only those', () => {
  const out = snip('Caching pages: a cache keeps cached copies.', [['cach']]);
  assert.equal(out.filter((x) => x.hit).map((x) => x.text), ['Caching', 'cache', 'cached']);
  assert.is(snippetText(out), 'Caching pages: a cache keeps cached copies.');
});

s('starts at the beginning when nothing matches, cut at a word boundary', () => {
  const text = `Plain words only. ${filler(60)}`;
  const plain = snippetText(snip(text, [['zzz']]));
  assert.ok(plain.startsWith('Plain words only.'), plain);
  assert.ok(plain.endsWith('…'));
  assert.ok(!/filler\d*…$/.test(plain) || /filler\d+…$/.test(plain), 'no half words');
  assert.ok(plain.length <= 162);
});

s('a match inside a hyphenated word starts the snippet at that word, not mid-word', () => {
  const text = `${filler(30)} pick a pivot by median-of-three or rely on the fallback ${filler(30)}`;
  const plain = snippetText(snip(text, [['three']], 30));
  assert.match(plain, /^…(\S+ )*median-of-three /, plain);
});

s('a short text is returned whole', () => {
  assert.equal(snip('Short text.', [['zzz']]), [{ text: 'Short text.', hit: false }]);
  assert.equal(snip('', [['x']]), []);
});

s('honours a shorter length', () => {
  const text = `${filler(10)} target word here ${filler(30)}`;
  const plain = snippetText(snip(text, [['target']], 80));
  assert.ok(plain.includes('target'), plain);
  assert.ok(plain.length <= 82, `${plain.length}`);
});

s.run();
