// check-corpus [DIR|FILE…]: validate lesson folders (format, links, cards, and every exercise
// through the sandbox); a report with errors (or warnings, with --strict) fails: exit 1.
import type { Command } from '../command.ts';
import { BUILTIN_CORPUS } from '../../corpus/sources.ts';
import { loadFile, loadFolder } from '../../corpus/load.ts';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { realPath } from '../../util/real-path.ts';
import { makeCorpus } from '../../corpus/corpus.ts';
import { hasChecks, type Problem } from '../../corpus/types.ts';
import { data } from '../outcome.ts';

export const MIN_CARDS = 5;

export const checkCorpus: Command = {
  name: 'check-corpus',
  summary: 'validate lesson folders: format, links, cards, exercises',
  usage: '.check-corpus [DIR|FILE…] [--strict] [--quiet]',
  detail: [
    'Checks every lesson file in the folders (default: the built-in corpus): frontmatter, the four sections, ids unique across the folders and every active corpus (built-in, config, SWELEARN_CORPUS), links (prerequisites, related) to lessons that exist, at least 5 drill cards, and every exercise: the starter compiles and fails a check, the solution passes them all.',
    'Prints every problem of every file with file and line. Fails (exit 1) when there is an error; warnings alone pass unless --strict. --quiet prints the errors only.',
  ].join('\n'),
  flags: {
    strict: { type: 'boolean', desc: 'warnings fail too (exit 1)' },
    quiet: { type: 'boolean', desc: 'list the errors only' },
  },
  async run(a, ctx) {
    const dirs = a._.length ? a._ : [BUILTIN_CORPUS];
    const problems: Problem[] = [];
    const lessons = [];
    for (const dir of dirs) {
      const r = /\.md$/i.test(dir) ? loadFile(dir, basename(dirname(resolve(dir)))) : loadFolder(dir);
      problems.push(...r.problems);
      if ('lessons' in r) lessons.push(...r.lessons);
      else if (r.lesson) lessons.push(r.lesson);
    }
    const corpus = makeCorpus(lessons, []);
    const known = new Set([...corpus.byId.keys()]);
    const userDirs = dirs.some((d) => resolve(d) !== BUILTIN_CORPUS);
    if (userDirs) {
      // a user's folder is checked against every other active lesson: links may point at them,
      // and an id (lesson or exercise) taken by one of them is a clash
      const checked = new Set(lessons.map((l) => realPath(l.path)));
      const others = (await ctx.corpus()).lessons.filter((l) => !checked.has(realPath(l.path)));
      for (const l of others) known.add(l.id);
      const own = new Set(lessons.map((l) => l.path));
      problems.push(...makeCorpus([...others, ...lessons]).problems.filter((p) => own.has(p.file)));
    } else {
      problems.push(...corpus.problems);
      for (const l of (await ctx.corpus()).lessons) known.add(l.id);
    }
    for (const l of corpus.lessons) {
      for (const id of [...l.prerequisites, ...l.related]) {
        if (!known.has(id)) problems.push({ level: 'error', file: l.path, line: 2, message: `links to lesson "${id}", which does not exist` });
      }
      if (l.cards.length < MIN_CARDS) {
        problems.push({ level: 'warning', file: l.path, message: `${l.cards.length} drill card${l.cards.length === 1 ? '' : 's'}; a lesson needs at least ${MIN_CARDS}` });
      }
      problems.push(...(await import('../../mock/term-lint.ts')).mockTermProblems(l));
    }
    // cards that give their answer away, and cards that repeat another anywhere in the corpus
    const { answerInPrompt, nearDuplicates, ANSWER_IN_PROMPT } = await import('../../drill/card-lint.ts');
    const pathOf = new Map(corpus.lessons.map((l) => [l.id, l.path]));
    let givenAway = 0;
    for (const l of corpus.lessons) {
      for (const c of l.cards) {
        if (answerInPrompt(c) < ANSWER_IN_PROMPT) continue;
        givenAway++;
        problems.push({ level: 'warning', file: l.path, message: `card "${c.question}" gives its answer away: the answer's words are already in the question` });
      }
    }
    const dupes = nearDuplicates(corpus.lessons.flatMap((l) => l.cards));
    for (const { a, b, similarity } of dupes) {
      const other = a.lessonId === b.lessonId ? 'in the same lesson' : `in ${pathOf.get(b.lessonId)}`;
      problems.push({ level: 'warning', file: pathOf.get(a.lessonId)!, message: `card "${a.question}" nearly repeats "${b.question}" ${other} (${Math.round(similarity * 100)}% of their words)` });
    }
    // every exercise through the sandbox: the starter fails a check, the solution passes them all
    const coded = [...corpus.exercises.values()].filter(hasChecks);
    const wrong = coded.reduce((n, ex) => n + ex.wrong.length, 0);
    const { verifyCorpusExercises, MIN_WRONG_SOLUTIONS } = await import('../../practice/verify.ts');
    // the built-in corpus proves every check against known-wrong solutions; a user's folder may
    const minWrong = dirs.every((d) => resolve(d) === resolve(BUILTIN_CORPUS)) ? MIN_WRONG_SOLUTIONS : 0;
    problems.push(...(await verifyCorpusExercises(corpus, { minWrong })).filter((p) => !problems.some((q) => q.message === p.message && q.file === p.file)));
    const shown = (p: Problem): Problem => {
      const rel = relative(process.cwd(), p.file);
      return rel && !rel.startsWith('..') && !isAbsolute(rel) ? { ...p, file: rel } : p;
    };
    // every problem of a file together, in line order
    const sorted = problems.map(shown).sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : (x.line ?? 0) - (y.line ?? 0)));
    const errors = sorted.filter((p) => p.level === 'error').length;
    const strict = a.strict === true;
    return data(
      'corpus-check',
      {
        lessons: corpus.lessons.length,
        cards: corpus.lessons.reduce((n, l) => n + l.cards.length, 0),
        exercises: coded.length,
        wrong_solutions: wrong,
        answer_in_prompt: givenAway,
        near_duplicates: dupes.length,
        errors,
        warnings: sorted.length - errors,
        problems: sorted,
        strict,
        quiet: a.quiet === true,
      },
      { failed: errors > 0 || (strict && sorted.length > 0) },
    );
  },
};
