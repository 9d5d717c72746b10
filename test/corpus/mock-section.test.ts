import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseLesson } from '../../src/corpus/parse.ts';
import { documentsOf } from '../../src/search/documents.ts';
import type { Problem } from '../../src/corpus/types.ts';
import { mockTermProblems } from '../../src/mock/term-lint.ts';

const mock = suite('corpus/mock-section');

const HEAD = '---\ntitle: T\n---\n## Overview\nText.\n## When to Use\nOften.\n## Trade-offs & Gotchas\nSome.\n## Key Points for Interviews\n- **Alpha** is the first point here\n- **Beta** is the second point here\n';
// line numbers count from the file's first line (HEAD included)
const run = (body: string, area = 'system-design') => parseLesson({ text: HEAD + body, file: 'x.md', id: 'x', area });
const lineOf = (body: string, needle: string) => (HEAD + body).split('\n').findIndex((l) => l.includes(needle)) + 1;
const errors = (ps: Problem[]) => ps.filter((p) => p.level === 'error');
const warnings = (ps: Problem[]) => ps.filter((p) => p.level === 'warning');
const about = (ps: Problem[], words: RegExp) => ps.filter((p) => words.test(p.message));

const designItems = (n: number) =>
  Array.from({ length: n }, (_, i) => `- ${['requirements', 'estimates', 'api', 'high-level', 'deep-dive', 'wrap-up'][i % 6]} | ${(i % 3) + 1} | Point number ${i + 1} said well | term ${i + 1}, t${i + 1}`).join('\n');

const DESIGN = `## Mock

Prompt: Design a URL shortener that takes 100 million new links a month
and serves them worldwide.

Minutes: 40
Stages: requirements 5, estimates 5, api 5, High level 10, deep-dive 10, wrap up 5

Rubric:
- requirements | 2 | Asks whether links expire and whether custom aliases are allowed | expiry, Expire, TTL, custom alias
${designItems(7)}

Strong answer:
1. Requirements: expiry, aliases.
2. Estimates: about 40 writes per second.

\`\`\`text
## not a heading inside a fence
\`\`\`
`;

mock('a full design section parses into Lesson.mock, with lowercase terms and normalised stage names', () => {
  const { lesson, problems } = run(DESIGN);
  assert.equal(problems, []);
  const m = lesson!.mock!;
  assert.is(m.prompt, 'Design a URL shortener that takes 100 million new links a month and serves them worldwide.');
  assert.is(m.minutes, 40);
  assert.equal(m.stages, [
    { name: 'requirements', minutes: 5 },
    { name: 'estimates', minutes: 5 },
    { name: 'api', minutes: 5 },
    { name: 'high-level', minutes: 10 },
    { name: 'deep-dive', minutes: 10 },
    { name: 'wrap-up', minutes: 5 },
  ]);
  assert.is(m.rubric.length, 8);
  assert.equal(m.rubric[0], { stage: 'requirements', weight: 2, point: 'Asks whether links expire and whether custom aliases are allowed', terms: ['expiry', 'expire', 'ttl', 'custom alias'], line: lineOf(DESIGN, '- requirements | 2') });
  assert.ok(m.answer.startsWith('1. Requirements: expiry, aliases.\n2. Estimates'));
  assert.ok(m.answer.includes('## not a heading inside a fence'), 'the answer runs to the end of the section, fences included');
  assert.is(m.line, lineOf(DESIGN, '## Mock'));
});

mock('the Mock section is not a reading section, is not indexed and gives no cards', () => {
  const without = run('').lesson!;
  const withMock = run(DESIGN).lesson!;
  assert.equal(withMock.sections.map((s) => s.heading), ['Overview', 'When to Use', 'Trade-offs & Gotchas', 'Key Points for Interviews']);
  assert.equal(withMock.cards, without.cards);
  const indexed = documentsOf(withMock).map((d) => d.body).join('\n');
  assert.not.ok(indexed.includes('URL shortener'), 'the prompt is not indexed');
  assert.not.ok(indexed.includes('custom alias'), 'the rubric is not indexed');
  assert.not.ok(withMock.sections.some((s) => s.body.includes('Strong answer')));
});

mock('a lesson without a Mock section has no mock; a section after Mock is a reading section again', () => {
  assert.is(run('').lesson!.mock, undefined);
  const l = run(`${DESIGN}\n## Further Reading\nBooks.\n`).lesson!;
  assert.ok(l.mock);
  assert.ok(!l.mock!.answer.includes('Books'));
  assert.equal(l.sections.map((s) => s.heading), ['Overview', 'When to Use', 'Trade-offs & Gotchas', 'Key Points for Interviews', 'Further Reading']);
});

mock('CRLF and bold keys parse like LF', () => {
  const lf = run(DESIGN).lesson!.mock;
  assert.ok(lf);
  assert.equal(run(DESIGN.replace(/\n/g, '\r\n')).lesson!.mock, lf);
  const bold = DESIGN.replace('Prompt:', '**Prompt:**').replace('Rubric:', '**Rubric**:').replace('Strong answer:', '**Strong answer:**');
  assert.equal(run(bold).lesson!.mock, lf);
});

const BEHAVIORAL = `## Mock

Prompt: Tell me about a time you disagreed with a teammate.

Rubric:
- situation | 1 | Scopes the situation in two sentences | team, deadline
- actions | 3 | Says what they did themselves | i proposed, i wrote
- result | 2 | Gives a measured result | percent, hours
- reflection | 1 | Says what they would do differently | learned, differently
- follow-up | 1 | Has a follow-up ready | follow-up, afterwards

Strong answer:
**Situation.** Last spring…
`;

mock('a behavioral section uses the STAR stages and needs no Stages line', () => {
  const { lesson, problems } = run(BEHAVIORAL, 'behavioral');
  assert.equal(problems, []);
  assert.equal(lesson!.mock!.rubric.map((r) => r.stage), ['situation', 'actions', 'result', 'reflection', 'follow-up']);
  assert.is(lesson!.mock!.stages, undefined);
  assert.is(lesson!.mock!.minutes, undefined);
  assert.is(lesson!.mock!.answer, '**Situation.** Last spring…');
});

mock('stage names are checked against the lesson kind, naming the line', () => {
  const star = run(BEHAVIORAL, 'system-design');
  const bad = errors(about(star.problems, /unknown stage "situation"/));
  assert.is(bad.length, 1);
  assert.is(bad[0]!.line, lineOf(BEHAVIORAL, '- situation'));
  assert.is(bad[0]!.file, 'x.md');
  assert.ok(bad[0]!.message.includes('requirements, estimates, api, high-level, deep-dive, wrap-up'));
  const design = run(DESIGN, 'behavioral');
  assert.ok(errors(about(design.problems, /unknown stage "requirements"/)).length >= 1);
  const stages = DESIGN.replace('deep-dive 10', 'deep-drive 10');
  const p = errors(run(stages).problems);
  assert.is(p.length, 1);
  assert.match(p[0]!.message, /unknown stage "deep-drive"/);
  const near = errors(run(BEHAVIORAL.replace('- actions |', '- Action |'), 'behavioral').problems);
  assert.is(near.length, 1);
  assert.match(near[0]!.message, /unknown stage "action" \(did you mean "actions"\?\)/);
  assert.match(errors(run(DESIGN.replace('wrap up 5', 'wrapup 5')).problems)[0]!.message, /did you mean "wrap-up"/);
  assert.is(p[0]!.line, lineOf(stages, 'Stages:'));
});

mock('a weight outside 1-3 is an error on its line', () => {
  for (const w of ['0', '4', '1.5', 'high']) {
    const body = BEHAVIORAL.replace('- result | 2 |', `- result | ${w} |`);
    const p = errors(run(body, 'behavioral').problems);
    assert.is(p.length, 1, w);
    assert.match(p[0]!.message, /weight .* must be 1, 2 or 3/);
    assert.is(p[0]!.line, lineOf(body, '- result'));
  }
});

mock('an item without terms, or without four fields, is an error on its line', () => {
  const noTerms = BEHAVIORAL.replace('| learned, differently', '|  ');
  let p = errors(run(noTerms, 'behavioral').problems);
  assert.is(p.length, 1);
  assert.match(p[0]!.message, /no terms/);
  assert.is(p[0]!.line, lineOf(noTerms, '- reflection'));
  const threeFields = BEHAVIORAL.replace('- reflection | 1 | Says what they would do differently | learned, differently', '- reflection | 1 | Says what they would do differently');
  p = errors(run(threeFields, 'behavioral').problems);
  assert.is(p.length, 1);
  assert.match(p[0]!.message, /four fields/);
  assert.is(p[0]!.line, lineOf(threeFields, '- reflection'));
  const prose = BEHAVIORAL.replace('- follow-up', 'follow-up');
  p = errors(run(prose, 'behavioral').problems);
  assert.is(p.length, 1);
  assert.match(p[0]!.message, /must be an item/);
});

mock('a missing or empty Prompt or Strong answer is an error, and without a prompt there is no mock', () => {
  const noPrompt = BEHAVIORAL.replace('Prompt: Tell me about a time you disagreed with a teammate.', '');
  let r = run(noPrompt, 'behavioral');
  assert.is(r.lesson!.mock, undefined, 'the engine falls back to the Key Points');
  let p = errors(r.problems);
  assert.is(p.length, 1);
  assert.match(p[0]!.message, /no "Prompt:"/);
  assert.is(p[0]!.line, lineOf(noPrompt, '## Mock'));
  const emptyPrompt = BEHAVIORAL.replace('Prompt: Tell me about a time you disagreed with a teammate.', 'Prompt:');
  p = errors(run(emptyPrompt, 'behavioral').problems);
  assert.match(p[0]!.message, /Prompt: is empty/);
  assert.is(p[0]!.line, lineOf(emptyPrompt, 'Prompt:'));
  const noAnswer = BEHAVIORAL.replace(/Strong answer:[^]*$/, '');
  r = run(noAnswer, 'behavioral');
  p = errors(r.problems);
  assert.is(p.length, 1);
  assert.match(p[0]!.message, /no "Strong answer:"/);
  const emptyAnswer = BEHAVIORAL.replace(/Strong answer:[^]*$/, 'Strong answer:\n\n');
  p = errors(run(emptyAnswer, 'behavioral').problems);
  assert.match(p[0]!.message, /Strong answer: is empty/);
  assert.is(p[0]!.line, lineOf(emptyAnswer, 'Strong answer:'));
});

mock('a missing or empty rubric is an error', () => {
  const noRubric = BEHAVIORAL.replace(/Rubric:[^]*?\n\n/, '');
  let r = run(noRubric, 'behavioral');
  assert.is(r.lesson!.mock, undefined);
  assert.match(errors(r.problems)[0]!.message, /no "Rubric:"/);
  const empty = BEHAVIORAL.replace(/Rubric:[^]*?\n\n/, 'Rubric:\n\n');
  r = run(empty, 'behavioral');
  assert.match(errors(r.problems)[0]!.message, /Rubric: has no items/);
  assert.is(errors(r.problems)[0]!.line, lineOf(empty, 'Rubric:'));
});

mock('a rubric size outside the range for the kind is a warning, not an error', () => {
  const few = BEHAVIORAL.replace(/- follow-up.*\n/, '');
  let r = run(few, 'behavioral');
  assert.equal(errors(r.problems), []);
  let w = warnings(r.problems);
  assert.is(w.length, 1);
  assert.match(w[0]!.message, /4 rubric items; a behavioral mock needs 5-10/);
  assert.is(w[0]!.line, lineOf(few, 'Rubric:'));
  assert.ok(r.lesson!.mock, 'the mock still loads');
  const many = DESIGN.replace(designItems(7), designItems(15));
  w = warnings(run(many).problems);
  assert.is(w.length, 1);
  assert.match(w[0]!.message, /16 rubric items; a design mock needs 8-15/);
  r = run(DESIGN.replace(designItems(7), designItems(14)));
  assert.equal(r.problems, [], '15 items is in range');
});

mock('Minutes and Stages: bad values are errors; stages that do not add up to Minutes are a warning', () => {
  let p = run(DESIGN.replace('Minutes: 40', 'Minutes: forty')).problems;
  assert.match(errors(p)[0]!.message, /Minutes: "forty" is not a number/);
  p = run(DESIGN.replace('api 5,', 'api,')).problems;
  assert.match(errors(p)[0]!.message, /stage "api" is not "NAME MINUTES"/);
  p = run(DESIGN.replace('api 5,', 'api 5, api 5,')).problems;
  assert.match(errors(p)[0]!.message, /stage "api" is given twice/);
  p = run(DESIGN.replace('Minutes: 40', 'Minutes: 45')).problems;
  assert.equal(errors(p), []);
  assert.match(warnings(p)[0]!.message, /add up to 40 minutes but Minutes: says 45/);
  assert.is(run(DESIGN.replace('Minutes: 40', 'Minutes: 30min')).lesson!.mock!.minutes, 30);
  const partial = DESIGN.replace('Minutes: 40\n', '').replace('api 5, ', '');
  const w = warnings(run(partial).problems);
  assert.is(w.length, 1);
  assert.match(w[0]!.message, /Stages: leaves out api, which rubric items are marked for/);
  assert.is(w[0]!.line, lineOf(partial, 'Stages:'));
});

mock('a key given twice, a stray line and a second Mock section are reported with their lines', () => {
  const twice = DESIGN.replace('Minutes: 40', 'Minutes: 40\nPrompt: Another one.');
  let p = errors(run(twice).problems);
  assert.match(p[0]!.message, /"Prompt:" is given twice \(first on line \d+\)/);
  assert.is(p[0]!.line, lineOf(twice, 'Prompt: Another'));
  const stray = DESIGN.replace('Minutes: 40', 'Minutes: 40\n\nSome loose remark.');
  p = run(stray).problems;
  assert.equal(errors(p), []);
  assert.match(warnings(p)[0]!.message, /line not understood/);
  assert.is(warnings(p)[0]!.line, lineOf(stray, 'Some loose remark'));
  const two = `${DESIGN}\n## Mock\nPrompt: again\n`;
  const r = run(two);
  p = errors(r.problems);
  assert.is(p.length, 1);
  assert.ok(p[0]!.message.includes(`a second "## Mock" section (the first is on line ${lineOf(two, '## Mock')})`));
  assert.is(p[0]!.line, (HEAD + two).split('\n').lastIndexOf('## Mock') + 1);
  assert.ok(r.lesson!.mock!.prompt.startsWith('Design a URL shortener'));
});

mock('a point may hold a "|"; terms are de-duplicated', () => {
  const body = BEHAVIORAL.replace('- result | 2 | Gives a measured result | percent, hours', '- result | 2 | Gives a result: before | after | percent, Percent, hours');
  const item = run(body, 'behavioral').lesson!.mock!.rubric[2]!;
  assert.is(item.point, 'Gives a result: before | after');
  assert.equal(item.terms, ['percent', 'hours']);
});

mock('a blank line between "Prompt:" and its text is allowed; "## Mock interview" is the same section', () => {
  const spaced = BEHAVIORAL.replace('Prompt: Tell me', 'Prompt:\n\nTell me');
  const r = run(spaced, 'behavioral');
  assert.equal(r.problems, []);
  assert.is(r.lesson!.mock!.prompt, 'Tell me about a time you disagreed with a teammate.');
  const named = run(BEHAVIORAL.replace('## Mock', '## Mock Interview'), 'behavioral');
  assert.equal(named.problems, []);
  assert.ok(named.lesson!.mock);
  assert.not.ok(named.lesson!.sections.some((s) => /mock/i.test(s.heading)));
});

mock('a Rubric: after Strong answer: is named as such, on its line', () => {
  const rubric = /Rubric:[^]*?\n\n/.exec(BEHAVIORAL)![0];
  const late = `${BEHAVIORAL.replace(rubric, '')}\n${rubric}`;
  const p = errors(run(late, 'behavioral').problems);
  assert.is(p.length, 1);
  assert.match(p[0]!.message, /"Rubric:" comes after "Strong answer:"/);
  assert.is(p[0]!.line, lineOf(late, 'Rubric:'));
});

mock('check-corpus: a term made only of punctuation or common words is a warning: notes can never pre-mark it', () => {
  const body = BEHAVIORAL.replace('percent, hours', 'percent, %, hours, one-on-one, 1:1, from');
  const parsed = run(body, 'behavioral');
  assert.equal(warnings(parsed.problems), [], 'the parser itself does not judge terms (it knows nothing of the search)');
  const w = mockTermProblems(parsed.lesson!);
  assert.equal(w.map((p) => /term "([^"]+)"/.exec(p.message)?.[1]), ['%', 'one-on-one', 'from']);
  assert.ok(w.every((p) => p.line === lineOf(body, '- result')));
  assert.match(w[0]!.message, /has no word the matching counts/);
});

mock.run();
