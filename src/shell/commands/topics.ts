import type { Command } from '../command.ts';
import { parseArgs } from '../args.ts';
import { areaName, DIFFICULTIES } from '../../corpus/types.ts';
import { UsageError } from '../../errors.ts';
import { visibleWidth, wrap } from '../../render/style.ts';
import { lessonMarks, marksText } from '../lesson-marks.ts';
import { page } from '../pager.ts';

export const topics: Command = {
  name: 'topics',
  summary: 'list lessons, numbered and grouped by area',
  usage: '.topics [--area A] [--tag T] [--difficulty D] [--json]',
  detail:
    'Lists every lesson in study order, grouped by area. Filters combine: .topics --area databases --difficulty hard. The numbers work with .topic N. --json prints an array of {id, title, area, tags, difficulty, estimated_time, path, cards, exercises, mastery} (mastery 0-1, from reading, drilling and exercises).',
  async run({ raw: args }, ctx) {
    const a = parseArgs('topics', args, { string: ['area', 'tag', 'difficulty'], boolean: ['json'] });
    const s = ctx.style;
    const corpus = await ctx.corpus();
    if (a.difficulty && !(DIFFICULTIES as readonly string[]).includes(String(a.difficulty))) {
      throw new UsageError('.topics', `--difficulty is one of ${DIFFICULTIES.join(', ')}`);
    }
    if (a.area && !corpus.areas.includes(String(a.area))) {
      throw new UsageError('.topics', `no area "${a.area}"; areas: ${corpus.areas.join(', ')}`);
    }
    const list = corpus.lessons.filter(
      (l) =>
        (!a.area || l.area === a.area) &&
        (!a.tag || l.tags.includes(String(a.tag).toLowerCase())) &&
        (!a.difficulty || l.difficulty === a.difficulty),
    );
    if (a.json) {
      const { topicsProgress } = await import('../../study/lesson-progress.ts');
      const progress = await topicsProgress(ctx);
      return JSON.stringify(
        list.map((l) => ({
          id: l.id,
          title: l.title,
          area: l.area,
          tags: l.tags,
          difficulty: l.difficulty,
          estimated_time: l.estimatedTime,
          path: l.path,
          cards: l.cards.length,
          exercises: l.exercises.length,
          mastery: progress.get(l.id)?.mastery ?? 0,
        })),
        null,
        2,
      );
    }
    if (list.length === 0) return 'No lessons match those filters.';
    ctx.state.lastList = list;
    const marks = await lessonMarks(ctx, list);
    const w = String(list.length).length + 1;
    const out: string[] = [];
    let area = '';
    list.forEach((l, i) => {
      if (l.area !== area) {
        area = l.area;
        const count = list.filter((x) => x.area === area).length;
        out.push(`${out.length ? '\n' : ''}${s.bold(areaName(area))} ${s.dim(`(${count})`)}`);
      }
      const done = marksText(marks.get(l.id), s);
      const meta = `${s.dim(`${l.difficulty} · ${l.estimatedTime}`)}${done ? `${s.dim(' · ')}${done}` : ''}`;
      const pad = ' '.repeat(w + 2);
      const line = wrap(`${s.cyan(String(i + 1).padStart(w))}  ${l.title}`, s.width, pad);
      const oneLine = s.width >= 70 && !line.includes('\n') && visibleWidth(`${line}  ${meta}`) <= s.width;
      const below = wrap(meta, s.width - pad.length).split('\n').map((m) => pad + m);
      out.push(oneLine ? `${line}  ${meta}` : [line, ...below].join('\n'));
    });
    const total = list.length;
    const read = list.filter((l) => marks.get(l.id)?.read).length;
    const mastered = list.filter((l) => marks.get(l.id)?.mastered).length;
    const progress = marks.size ? ` · ${read} read · ${mastered} mastered` : '';
    out.push('', s.dim(wrap(`${total} lesson${total === 1 ? '' : 's'}${progress} · .topic N to read one`, s.width)));
    const text = out.join('\n');
    // a list longer than the screen goes through the pager (which returns at once when it fits)
    return page(text, ctx) ? '' : text;
  },
};
