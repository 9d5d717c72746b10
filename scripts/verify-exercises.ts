// Dev helper for lesson authors: parse lesson files and verify their exercises in-process.
// usage: npx tsx scripts/verify-exercises.ts corpus/algorithms/binary-search.md [...]
// (check-corpus does the same through the sandbox, with time and memory limits.)
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseLesson } from '../src/corpus/parse.ts';
import { formatProblem } from '../src/corpus/types.ts';
import { runChecks } from '../src/practice/run-checks.ts';
import { verifyExercise } from '../src/practice/verify.ts';

let bad = 0;
for (const file of process.argv.slice(2)) {
  const { lesson, problems } = parseLesson({
    text: readFileSync(file, 'utf8'),
    file,
    id: basename(file, '.md'),
    area: basename(dirname(file)),
  });
  for (const p of problems) console.log(formatProblem(p));
  if (!lesson) { bad++; continue; }
  console.log(`${file}: ${lesson.cards.length} cards, ${lesson.exercises.length} exercises`);
  for (const ex of lesson.exercises) {
    const issues = await verifyExercise(ex, (input) => runChecks({ ...input, checkTimeoutMs: input.timeoutMs }));
    console.log(`  exercise ${ex.id}: ${issues.length ? 'BAD\n    ' + issues.join('\n    ') : 'ok'}`);
    if (issues.length) bad++;
  }
}
process.exitCode = bad ? 1 : 0;
