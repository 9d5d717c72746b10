// .topics: every lesson matching the filters, numbered in study order and grouped by area, with
// what the learner has done with each; --json: the array it always printed.
import { areaName } from '../../corpus/types.ts';
import { visibleWidth, wrap } from '../../render/style.ts';
import type { LessonMarks } from '../lesson-marks.ts';
import { marksText } from './marks.ts';
import type { View } from './view.ts';

export interface TopicData {
  id: string;
  title: string;
  area: string;
  tags: string[];
  difficulty: string;
  estimated_time: string;
  path: string;
  cards: number;
  exercises: number;
  /** what the learner has done with it (absent: nothing yet, or no store) */
  marks?: LessonMarks;
}

export interface TopicsData {
  lessons: TopicData[];
}

declare module '../outcome.ts' {
  interface OutcomeData {
    topics: TopicsData;
  }
}

export const topicsView: View<'topics'> = {
  render(d, s) {
    const list = d.lessons;
    if (list.length === 0) return 'No lessons match those filters.';
    const w = String(list.length).length + 1;
    const pad = ' '.repeat(w + 2);
    const out: string[] = [];
    let area = '';
    list.forEach((l, i) => {
      if (l.area !== area) {
        area = l.area;
        const count = list.filter((x) => x.area === area).length;
        out.push(`${out.length ? '\n' : ''}${s.bold(areaName(area))} ${s.dim(`(${count})`)}`);
      }
      const done = marksText(l.marks, s);
      const meta = `${s.dim(`${l.difficulty} · ${l.estimated_time}`)}${done ? `${s.dim(' · ')}${done}` : ''}`;
      const line = wrap(`${s.cyan(String(i + 1).padStart(w))}  ${l.title}`, s.width, pad);
      const oneLine = s.width >= 70 && !line.includes('\n') && visibleWidth(`${line}  ${meta}`) <= s.width;
      const below = wrap(meta, s.width - pad.length).split('\n').map((m) => pad + m);
      out.push(oneLine ? `${line}  ${meta}` : [line, ...below].join('\n'));
    });
    const read = list.filter((l) => l.marks?.read).length;
    const mastered = list.filter((l) => l.marks?.mastered).length;
    const marked = list.some((l) => l.marks);
    const progress = marked ? ` · ${read} read · ${mastered} mastered` : '';
    out.push('', s.dim(wrap(`${list.length} lesson${list.length === 1 ? '' : 's'}${progress} · .topic N to read one`, s.width)));
    return out.join('\n');
  },
  json: (d) =>
    d.lessons.map(({ marks, ...l }) => ({ ...l, mastery: marks?.mastery ?? 0 })),
};
