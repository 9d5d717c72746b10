import type { Command } from '../command.ts';
import { parseArgs } from '../args.ts';
import { BUILTIN_CORPUS } from '../../app.ts';
import { loadFile, loadFolder } from '../../corpus/load.ts';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { makeCorpus } from '../../corpus/corpus.ts';
import { formatProblem, type Problem } from '../../corpus/types.ts';
import { ReportError } from '../../errors.ts';

export const MIN_CARDS = 5;

export const checkCorpus: Command = {
  name: 'check-corpus',
  summary: 'validate lesson folders: format, links, cards, exercises',
  usage: '.check-corpus [DIR|FILE…]',
  detail:
    'Checks every lesson file in the folders (default: the built-in corpus): frontmatter, the four sections, unique ids, links (prerequisites, related) to lessons that exist, at least 5 drill cards, and every exercise: the starter compiles and fails a check, the solution passes them all. Prints each problem with file and line; fails (exit 1) if there is any.',
  async run(args, session) {
    const a = parseArgs('check-corpus', args, { boolean: ['quiet'] });
    const dirs = a._.length ? a._ : [BUILTIN_CORPUS];
    const s = session.style;
    const problems: Problem[] = [];
    const lessons = [];
    for (const dir of dirs) {
      const r = /\.md$/i.test(dir) ? loadFile(dir, basename(dirname(resolve(dir)))) : loadFolder(dir);
      problems.push(...r.problems);
      if ('lessons' in r) lessons.push(...r.lessons);
      else if (r.lesson) lessons.push(r.lesson);
    }
    const corpus = makeCorpus(lessons, []);
    problems.push(...corpus.problems);
    const known = new Set([...corpus.byId.keys()]);
    // links may also point at built-in lessons when checking a user's folder
    if (!a._.length || dirs.some((d) => d !== BUILTIN_CORPUS)) {
      for (const l of (await session.corpus()).lessons) known.add(l.id);
    }
    for (const l of corpus.lessons) {
      for (const id of [...l.prerequisites, ...l.related]) {
        if (!known.has(id)) problems.push({ level: 'error', file: l.path, line: 2, message: `links to lesson "${id}", which does not exist` });
      }
      if (l.cards.length < MIN_CARDS) {
        problems.push({ level: 'warning', file: l.path, message: `${l.cards.length} drill card${l.cards.length === 1 ? '' : 's'}; a lesson needs at least ${MIN_CARDS}` });
      }
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
    const coded = [...corpus.exercises.values()].filter((ex) => ex.checks.trim());
    const wrong = coded.reduce((n, ex) => n + ex.wrong.length, 0);
    const { verifyCorpusExercises, MIN_WRONG_SOLUTIONS } = await import('../../practice/verify.ts');
    // the built-in corpus proves every check against known-wrong solutions; a user's folder may
    const minWrong = dirs.every((d) => resolve(d) === resolve(BUILTIN_CORPUS)) ? MIN_WRONG_SOLUTIONS : 0;
    problems.push(...(await verifyCorpusExercises(corpus, { minWrong })).filter((p) => !problems.some((q) => q.message === p.message && q.file === p.file)));
    const summary = `${corpus.lessons.length} lessons, ${[...corpus.lessons].reduce((n, l) => n + l.cards.length, 0)} cards, ${coded.length} exercises verified against ${wrong} known-wrong solution${wrong === 1 ? '' : 's'}, ${givenAway} answer-in-prompt and ${dupes.length} near-duplicate card${dupes.length === 1 ? '' : 's'}`;
    if (problems.length === 0) return `${s.green('ok')} ${summary}, no problems`;
    const shown = (p: Problem): Problem => {
      const rel = relative(process.cwd(), p.file);
      return rel && !rel.startsWith('..') && !isAbsolute(rel) ? { ...p, file: rel } : p;
    };
    const lines = problems.map(shown).map((p) => (p.level === 'error' ? s.red(formatProblem(p)) : s.yellow(formatProblem(p))));
    throw new ReportError(`${lines.join('\n')}\n${summary}; ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  },
};
