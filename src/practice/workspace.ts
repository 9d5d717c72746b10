// The learner's workspace file for an exercise: dataDir/workspaces/<exercise-id>.ts (.md for a
// writing prompt). It holds the learner's current code once (see top-level.ts for how typed
// definitions replace earlier ones); it survives restarts; .practice loads it, .edit opens it,
// .check judges it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Exercise } from '../corpus/types.ts';
import { StoreError, messageOf } from '../errors.ts';
import { isWritingPrompt } from './pick.ts';

export function workspacePath(dataDir: string, ex: Exercise): string {
  return join(dataDir, 'workspaces', `${ex.id}.${isWritingPrompt(ex) ? 'md' : 'ts'}`);
}

export function readWorkspace(path: string): string | null {
  if (!existsSync(path)) return null;
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new StoreError(`cannot read your workspace ${path}: ${messageOf(e)}`);
  }
}

export function writeWorkspace(path: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (e) {
    throw new StoreError(`cannot write your workspace ${path}: ${messageOf(e)}`);
  }
}

/**
 * A new workspace: a comment, then the starter (for a writing prompt, a heading). From then on the
 * file holds the learner's code once: definitions typed at the prompt replace the ones in it.
 */
export function seedWorkspace(ex: Exercise): string {
  if (isWritingPrompt(ex)) return `# ${ex.title}\n\n`;
  return `// ${ex.title} (exercise ${ex.id}): .check judges this file. A definition typed at the prompt replaces the one here.\n\n${ex.starter.trim()}\n`;
}
