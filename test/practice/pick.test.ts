import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { allExercises, countExercises, findExercise, isWritingPrompt, nextExercise } from '../../src/practice/pick.ts';
import type { ExerciseStatus } from '../../src/progress/types.ts';
import { fixtureCorpus } from './helpers.ts';

const s = suite('pick');
const corpus = fixtureCorpus();
const ids = (xs: { exercise: { id: string } }[]) => xs.map((e) => e.exercise.id);
const status = (entries: [string, ExerciseStatus][]) => new Map(entries);

s('allExercises: corpus order (area plan order, easy before hard)', () => {
  assert.equal(ids(allExercises(corpus)), ['sum-array', 'running-total', 'max-of', 'draft-star-method']);
});

s('findExercise: exact id, lesson id (first unsolved), list number, words', () => {
  const one = (ref: string, opts = {}) => {
    const p = findExercise(corpus, ref, opts);
    return p.kind === 'one' ? p.entry.exercise.id : p.kind;
  };
  assert.is(one('max-of'), 'max-of');
  assert.is(one('  MAX-OF '), 'max-of');
  assert.is(one('array-sums'), 'sum-array');
  assert.is(one('array-sums', { status: status([['sum-array', 'solved']]) }), 'running-total');
  assert.is(one('2', { lastList: allExercises(corpus) }), 'running-total');
  assert.is(one('9', { lastList: allExercises(corpus) }), 'none');
  assert.is(one('largest'), 'max-of');
  assert.is(one('star story'), 'draft-star-method');
  assert.is(one('sums'), 'many');
  assert.is(one('zebra'), 'none');
  assert.is(one(''), 'none');
});

s('findExercise: an id prefix breaks a tie ("sum" names sum-array)', () => {
  const p = findExercise(corpus, 'sum');
  assert.is(p.kind === 'one' && p.entry.exercise.id, 'sum-array');
});

s('nextExercise: current topic first, then corpus order, skipping writing prompts unless current', () => {
  const arr = corpus.byId.get('array-sums')!;
  const star = corpus.byId.get('star-method')!;
  assert.is(nextExercise(corpus, arr, new Map())?.exercise.id, 'sum-array');
  assert.is(nextExercise(corpus, null, status([['sum-array', 'solved'], ['running-total', 'attempted']]))?.exercise.id, 'running-total');
  const allChecked = status([['sum-array', 'solved'], ['running-total', 'solved'], ['max-of', 'solved']]);
  assert.is(nextExercise(corpus, null, allChecked), null);
  assert.is(nextExercise(corpus, star, allChecked)?.exercise.id, 'draft-star-method');
});

s('countExercises leaves writing prompts out', () => {
  const entries = allExercises(corpus);
  assert.ok(isWritingPrompt(entries[3]!.exercise));
  assert.equal(countExercises(entries, status([['sum-array', 'solved'], ['max-of', 'attempted'], ['draft-star-method', 'solved']])), {
    solved: 1,
    attempted: 1,
    total: 3,
  });
});

s.run();
