// .edit: the shell opens the learner's editor on the workspace (an `edit` effect); when it closes,
// the file is loaded into the shell.
import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { data } from '../outcome.ts';
import { isWritingPrompt } from '../../practice/pick.ts';
import { readWorkspace, seedWorkspace, writeWorkspace } from '../../practice/workspace.ts';
import { loadWorkspaceCode, requireActive, workspaceTooBig, type NoteTone } from '../../practice/practice-session.ts';

export const edit: Command = {
  name: 'edit',
  summary: "open the exercise's workspace in your editor, then load it",
  shellOnly: true,
  json: false,
  usage: '.edit',
  detail:
    'Opens $VISUAL or $EDITOR (else vi) on the workspace file of the exercise in progress (kept in the data folder, so it survives restarts). The file holds your current code once: what you define at the prompt replaces the earlier definition in it. When the editor closes, the file is evaluated in the shell (Ctrl-C stops it); .check judges the file. For a writing prompt, it opens your draft.',
  flags: {},
  run(args, ctx) {
    if (args._.length) throw new UsageError('.edit', 'takes no argument (it edits the exercise in progress; .practice ID switches)');
    const active = requireActive(ctx, 'edit');
    const ex = active.exercise;
    const path = active.path;
    if (readWorkspace(path) === null) {
      // first .edit of a writing prompt, or a file removed meanwhile: start from what the session has
      writeWorkspace(path, active.code.trim() ? active.code : seedWorkspace(ex));
    }
    return {
      kind: 'edit',
      path,
      async resume(run) {
        // (notes, not wrapped messages: they hold the file's path whole)
        const say = (text: string, tone: NoteTone = 'plain') => data('practice-notes', { notes: [{ text, tone }] });
        const text = readWorkspace(path) ?? '';
        if (run.status !== 0) return say(`the editor (${run.editor}) exited with status ${run.status}: nothing was loaded; your file is kept at ${path}`, 'warn');
        active.code = text;
        active.saved = text;
        if (isWritingPrompt(ex)) {
          const words = text.split(/\s+/).filter(Boolean).length;
          return say(`draft saved in ${path} (${words} words) · .check shows what a good answer covers · .solution shows a model answer`);
        }
        if (!text.trim()) return say(`${path} is empty: nothing to load`, 'warn');
        const big = workspaceTooBig(text, path);
        if (big) return say(big, 'bad');
        const notes = await loadWorkspaceCode(ctx, text, path, 'loaded');
        return data('practice-notes', { notes: [...notes, { text: '.check judges this file', tone: 'dim' }] });
      },
    };
  },
};
