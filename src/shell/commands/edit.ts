import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { isWritingPrompt } from '../../practice/pick.ts';
import { openEditor } from '../../practice/editor.ts';
import { readWorkspace, seedWorkspace, writeWorkspace } from '../../practice/workspace.ts';
import { loadWorkspaceCode, requireActive, workspaceTooBig } from '../../practice/practice-session.ts';

export const edit: Command = {
  name: 'edit',
  summary: "open the exercise's workspace in your editor, then load it",
  shellOnly: true,
  usage: '.edit',
  detail:
    'Opens $VISUAL or $EDITOR (else vi) on the workspace file of the exercise in progress (kept in the data folder, so it survives restarts). The file holds your current code once: what you define at the prompt replaces the earlier definition in it. When the editor closes, the file is evaluated in the shell (Ctrl-C stops it); .check judges the file. For a writing prompt, it opens your draft.',
  async run({ raw: args }, ctx) {
    if (args.trim()) throw new UsageError('.edit', 'takes no argument (it edits the exercise in progress; .practice ID switches)');
    const s = ctx.style;
    const active = requireActive(ctx, 'edit');
    const ex = active.exercise;
    const path = active.path;
    if (readWorkspace(path) === null) {
      // first .edit of a writing prompt, or a file removed meanwhile: start from what the session has
      writeWorkspace(path, active.code.trim() ? active.code : seedWorkspace(ex));
    }
    const run = openEditor(path, { input: ctx.streams.input, output: ctx.streams.output, repl: ctx.repl, interactive: ctx.interactive });
    const text = readWorkspace(path) ?? '';
    if (run.status !== 0) {
      return s.yellow(`the editor (${run.editor}) exited with status ${run.status}: nothing was loaded; your file is kept at ${path}`);
    }
    active.code = text;
    active.saved = text;
    if (isWritingPrompt(ex)) {
      const words = text.split(/\s+/).filter(Boolean).length;
      return `draft saved in ${path} (${words} words) · .check shows what a good answer covers · .solution shows a model answer`;
    }
    if (!text.trim()) return s.yellow(`${path} is empty: nothing to load`);
    const big = workspaceTooBig(text, path);
    if (big) return s.red(big);
    const notes = await loadWorkspaceCode(ctx, text, path, 'loaded');
    return [...notes, s.dim('.check judges this file')].join('\n');
  },
};
