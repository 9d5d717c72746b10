// .export [FILE]: all progress as versioned JSON (to stdout without FILE) — how to move machines.
// .export --anki FILE.tsv [--area A] [--tag T]: the cards as an Anki import file, to review on a phone.
// The file is written atomically (temp file, then rename), through a symlink to its target, and
// never onto a device (src/progress/files.ts).
import type { Args, Command } from '../command.ts';
import type { Context } from '../context.ts';
import type { Outcome } from '../outcome.ts';
import { StoreError, UsageError } from '../../errors.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write all progress as JSON (to FILE, or the screen), or the cards for Anki',
  usage: '.export [FILE] | .export --anki FILE.tsv [--area A] [--tag T]',
  detail:
    'Writes reviews, lesson reads, exercise attempts and settings as versioned JSON ({"format": "swelearn-progress", "version": 1, …}). Without FILE it prints the JSON (swelearn export > progress.json). The file is replaced in one step (a temp file next to it, then renamed), so a failed export never leaves half a file; a symlink is written through to its target; devices, directories and FIFOs are refused. Read it back on another machine with swelearn import FILE. With --anki FILE.tsv it writes the drill cards (all, or those of an --area or --tag) in Anki\'s plain-text import format instead: File > Import in Anki; importing a newer file again updates the same notes.',
  flags: {
    anki: { type: 'string', arg: 'FILE.tsv', desc: "write the drill cards in Anki's import format instead" },
    area: { type: 'string', arg: 'A', desc: 'with --anki: only the cards of this area' },
    tag: { type: 'string', arg: 'T', desc: 'with --anki: only the cards of lessons with this tag' },
  },
  async run(a, ctx) {
    if (a._.length > 1) throw new UsageError('.export', 'takes one file name');
    if (a.anki !== undefined) return exportAnki(String(a.anki), a, ctx);
    if (a.area !== undefined || a.tag !== undefined) throw new UsageError('.export', '--area and --tag choose cards for --anki FILE.tsv');
    const store = await ctx.progress();
    const data = store.exportData();
    const file = a._[0];
    if (!file) return { kind: 'progress-export', data };
    const written = await writeOut(file, JSON.stringify(data, null, 1) + '\n');
    return {
      kind: 'exported',
      data: { format: 'progress', file, target: written.target, viaSymlink: written.viaSymlink, reviews: data.reviews.length, lessonViews: data.lessonViews.length, attempts: data.attempts.length },
    };
  },
};

/** Write a file atomically, never onto a device (src/progress/files.ts), as a StoreError if refused. */
async function writeOut(file: string, text: string) {
  const { writeFileAtomic, FileRefused } = await import('../../progress/files.ts');
  try {
    return writeFileAtomic(file, text);
  } catch (e) {
    if (e instanceof FileRefused) throw new StoreError(`.export: ${e.message}`);
    throw e;
  }
}

async function exportAnki(file: string, a: Args, ctx: Context): Promise<Outcome> {
  if (!file) throw new UsageError('.export', '--anki needs a file name (cards.tsv)');
  const corpus = await ctx.corpus();
  const area = a.area === undefined ? undefined : String(a.area).toLowerCase();
  const tag = a.tag === undefined ? undefined : String(a.tag).toLowerCase();
  const lessons = corpus.lessons.filter((l) => (!area || l.area === area) && (!tag || l.tags.includes(tag)));
  if (lessons.length === 0) throw new UsageError('.export', `no lesson matches${area ? ` --area ${area}` : ''}${tag ? ` --tag ${tag}` : ''}`);
  const { ankiTsv } = await import('../../drill/anki-export.ts');
  const { text, cards } = ankiTsv(lessons);
  const written = await writeOut(file, text);
  return { kind: 'exported', data: { format: 'anki', file, target: written.target, viaSymlink: written.viaSymlink, cards, lessons: lessons.length } };
}
