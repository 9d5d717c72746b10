// The drill effect: show a prepared DrillRun and hand back its summary. On a terminal the cards
// are an Ink view (ui/drill-app.tsx, loaded only now); with piped input they are lines
// (ui/line-drill.ts) read from the session's line input. The intro line and the cards go to
// stdout, or in line mode under --json to stderr (stdout then holds the JSON summary alone);
// "not saving" is a warning on stderr. Part of the effect runner (effects.ts): one of the places that write.
import type { Context } from './context.ts';
import type { DrillSetup } from '../drill/set-up-drill.ts';
import type { DrillSummary } from '../drill/drill-session.ts';
import { introText } from '../render/drill-text.ts';
import { wrapText } from '../render/width.ts';
import { lineInputFor } from './line-input.ts';
import { suspendBracketedPaste } from './bracketed-paste.ts';
import { takeKeys } from '../ui/key-feed.ts';
import { firstFrame } from '../ui/drill-frame.ts';

export async function runDrillEffect(setup: DrillSetup, ctx: Context, opts: { json?: boolean } = {}): Promise<DrillSummary> {
  const s = ctx.style;
  const run = setup.run;
  if (!run) throw new Error('runDrillEffect: nothing to drill');
  // on a terminal the view has the screen; in line mode under --json stdout is kept for the JSON
  const out = opts.json && !ctx.interactive ? ctx.streams.error : ctx.streams.output;
  const write = (t: string) => void out.write(t);
  write(`${wrapText(introText(setup, s), s.width)}\n`);
  if (setup.notSaving) ctx.streams.error.write(`${s.yellow(`Not saving: ${setup.notSaving}`)}\n`);
  if (ctx.interactive) {
    // The first card is painted at once and the keys are ours from now on (key-feed.ts): what is
    // typed while Ink loads waits for it. Ink then draws the same frame in the card's place.
    const stdin = ctx.streams.input as NodeJS.ReadStream;
    const stdout = ctx.streams.output as NodeJS.WriteStream;
    const keys = takeKeys(stdin);
    const resumePaste = suspendBracketedPaste(); // Ink reads keys itself: no paste brackets meanwhile
    try {
      const first = run.current ? firstFrame(run, s, { title: setup.title, now: setup.now }) : [];
      if (first.length) write(`${first.join('\n')}\n`);
      const { importInteractive } = await import('../ui/import-interactive.ts');
      const { runInkDrill } = await importInteractive(() => import('../ui/drill-app.tsx'));
      await runInkDrill(run, { stdin: keys.input, stdout, style: s }, { title: setup.title, now: setup.now, prePainted: first.length });
    } finally {
      keys.release();
      resumePaste();
    }
  } else {
    const { runLineDrill } = await import('../ui/line-drill.ts');
    const lines = lineInputFor(ctx);
    try {
      await runLineDrill(run, { read: () => lines.read(), write }, s, { now: setup.now, lessonTitle: setup.title });
    } finally {
      if (!ctx.repl) lines.close();
    }
  }
  return run.summary();
}
