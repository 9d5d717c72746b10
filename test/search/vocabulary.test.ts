import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Vocabulary } from '../../src/search/vocabulary.ts';

const s = suite('search/vocabulary');

function vocab(): Vocabulary {
  const v = new Vocabulary();
  // two lessons: their distinct terms, and the words seen (word -> term)
  for (const [w, t] of [['websockets', 'websocket'], ['websocket', 'websocket'], ['polling', 'poll'], ['caching', 'cach'], ['cache', 'cach'], ['web', 'web']]) {
    v.words.set(w!, t!);
  }
  v.addLesson(['websocket', 'poll', 'cach']);
  v.addLesson(['cach', 'web']);
  return v;
}

s('counts lessons per term and gives a readable word for a term', () => {
  const v = vocab();
  assert.is(v.df.get('cach'), 2);
  assert.is(v.df.get('poll'), 1);
  assert.is(v.wordFor('cach'), 'cache');
  assert.is(v.wordFor('poll'), 'polling');
});

s('knowsWord: words as written, not bare stems', () => {
  const v = vocab();
  assert.ok(v.knowsWord('caching'));
  assert.ok(v.knowsWord('web'));
  assert.not.ok(v.knowsWord('cach'));
  assert.not.ok(v.knowsWord('webs'));
});

s('completions: terms of the words that start with a prefix, most used first', () => {
  const v = vocab();
  assert.equal(v.completions('webs', 5), ['websocket']);
  assert.equal(v.completions('ca', 5), ['cach']);
  assert.equal(v.completions('zzz', 5), []);
  assert.equal(v.wordsStartingWith('web', 5), ['web', 'websocket', 'websockets']);
});

s('nearest: known terms within the edit budget, closest first', () => {
  const v = vocab();
  assert.equal(v.nearest('websokets', 'websoket', 1, 3), [{ term: 'websocket', distance: 1 }]);
  assert.equal(v.nearest('xyzzy', 'xyzzi', 1, 3), []);
});

s('toData / fromData round-trips', () => {
  const v = vocab();
  const w = Vocabulary.fromData(JSON.parse(JSON.stringify(v.toData())));
  assert.equal([...w.df], [...v.df]);
  assert.is(w.wordFor('cach'), 'cache');
  assert.equal(w.completions('webs', 5), ['websocket']);
  assert.ok(w.knowsWord('web'));
});

s.run();
