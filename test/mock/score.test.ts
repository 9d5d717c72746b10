import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { codingScore, rubricScore } from '../../src/mock/score.ts';

const s = suite('mock/score');
const MIN = 60_000;

s('coding: every check passed early and no hints is 100', () => {
  assert.is(codingScore([{ exerciseId: 'a', total: 6, passed: 6 }], 20 * MIN, 45 * MIN, 0).score, 100);
});

s('coding: correctness is the share of the full checks passed, averaged over the exercises', () => {
  const r = codingScore(
    [
      { exerciseId: 'a', total: 4, passed: 4 },
      { exerciseId: 'b', total: 4, passed: 1 },
    ],
    20 * MIN,
    45 * MIN,
    0,
  );
  // correctness 70 × 5/8 = 43.75; time 20 × half solved × full pace = 10; hints 10
  assert.equal(r.parts.map((p) => p.points), [43.8, 10, 10]);
  assert.is(r.score, 64);
});

s('coding: time counts only for solved exercises, falling to half marks at the end of the time', () => {
  const at = (used: number) => codingScore([{ exerciseId: 'a', total: 2, passed: 2 }], used, 40 * MIN, 0).parts[1]!.points;
  assert.is(at(10 * MIN), 20);
  assert.is(at(20 * MIN), 20);
  assert.is(at(30 * MIN), 15);
  assert.is(at(40 * MIN), 10);
  assert.is(codingScore([{ exerciseId: 'a', total: 2, passed: 1 }], 10 * MIN, 40 * MIN, 0).parts[1]!.points, 0);
});

s('coding: each hint costs 5 points, past 10 out of correctness too; a run that never ran scores 0 correctness', () => {
  const base = [{ exerciseId: 'a', total: 3, passed: 3 }];
  assert.is(codingScore(base, 5 * MIN, 45 * MIN, 1).score, 95);
  assert.is(codingScore(base, 5 * MIN, 45 * MIN, 2).score, 90);
  assert.is(codingScore(base, 5 * MIN, 45 * MIN, 4).score, 80);
  assert.is(codingScore([{ exerciseId: 'a', total: 0, passed: 0 }], 5 * MIN, 45 * MIN, 0).score, 10);
  assert.is(codingScore([{ exerciseId: 'a', total: 0, passed: 0 }], 5 * MIN, 45 * MIN, 9).score, 0, 'never below 0');
});

s('rubric: the weights of the confirmed points over all the weights', () => {
  const r = rubricScore([
    { weight: 2, covered: true },
    { weight: 1, covered: false },
    { weight: 3, covered: true },
    { weight: 2, covered: false },
  ]);
  assert.is(r.score, 63); // 5 of 8
  assert.is(r.parts[0]!.points, 5);
  assert.is(r.parts[0]!.max, 8);
  assert.is(rubricScore([]).score, 0);
  assert.is(rubricScore([{ weight: 1, covered: true }]).score, 100);
});

s.run();
