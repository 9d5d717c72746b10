import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';

/** The real path when the file or folder exists (links resolved), else the absolute one. */
export function realPath(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir);
  }
}
