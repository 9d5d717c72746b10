// The learner's workspace file for an exercise: dataDir/workspaces/<exercise-id>.ts (.md for a
// writing prompt). It survives restarts; .practice loads it back, .edit opens it.
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
 * What .edit opens. A new workspace starts from the starter (or, for a writing prompt, a heading)
 * and the code typed at the prompt so far; an existing one gets the code typed since it was last
 * loaded appended, so nothing typed is lost.
 */
export function seedWorkspace(ex: Exercise, existing: string | null, typed: string[]): string {
  const tail = typed.map((c) => c.trim()).filter(Boolean);
  if (existing !== null) {
    if (tail.length === 0) return existing;
    return `${existing.replace(/\s*$/, '')}\n\n// typed at the prompt:\n${tail.join('\n\n')}\n`;
  }
  if (isWritingPrompt(ex)) return `# ${ex.title}\n\n${tail.join('\n\n')}\n`;
  const parts = [`// ${ex.title} (exercise ${ex.id}): save and quit to load this into the shell, then .check`, ex.starter.trim(), ...tail];
  return parts.join('\n\n') + '\n';
}
