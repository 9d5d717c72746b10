// Dev helper for lesson authors: parse lesson files and verify their exercises through the same
// sandbox (time and memory limits included) that check-corpus and .check use.
// usage: npx tsx scripts/verify-exercises.ts corpus/algorithms/binary-search.md [...]
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseLesson } from '../src/corpus/parse.ts';
import { makeCorpus } from '../src/corpus/corpus.ts';
import { formatProblem, type Lesson } from '../src/corpus/types.ts';
import { verifyCorpusExercises } from '../src/practice/verify.ts';

let bad = 0;
const lessons: Lesson[] = [];
for (const file of process.argv.slice(2)) {
  const { lesson, problems } = parseLesson({ text: readFileSync(file, 'utf8'), file, id: basename(file, '.md'), area: basename(dirname(file)) });
  for (const p of problems) console.log(formatProblem(p));
  if (!lesson) {
    bad++;
    continue;
  }
  console.log(`${file}: ${lesson.cards.length} cards, ${lesson.exercises.length} exercises`);
  lessons.push(lesson);
}
const problems = await verifyCorpusExercises(makeCorpus(lessons));
for (const l of lessons) {
  for (const ex of l.exercises) {
    const mine = problems.filter((p) => p.message.includes(`exercise ${ex.id}:`) || p.message.includes(`"${ex.id}"`));
    console.log(`  exercise ${ex.id}: ${mine.length ? 'BAD\n    ' + mine.map((p) => p.message).join('\n    ') : ex.checks.trim() ? 'ok' : 'writing prompt'}`);
  }
}
bad += problems.length;
process.exitCode = bad ? 1 : 0;
