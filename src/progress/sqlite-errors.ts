// What a SQLite or file-system error means for the learner. Pure.

export type StoreFailure = 'corrupt' | 'unwritable' | 'full' | 'busy' | 'newer' | 'other';

export function classifyError(e: unknown): StoreFailure {
  const code = String((e as { code?: unknown })?.code ?? '');
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'corrupt';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return 'unwritable';
  if (['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EISDIR'].includes(code)) return 'unwritable';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
  if (code.startsWith('SQLITE_IOERR')) return /ENOSPC|full/i.test(String((e as Error)?.message)) ? 'full' : 'unwritable';
  return 'other';
}

export function describeFailure(kind: StoreFailure, e: unknown): string {
  const code = String((e as { code?: unknown })?.code ?? '');
  const detail = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim();
  switch (kind) {
    case 'full':
      return `the disk is full (${code || detail})`;
    case 'unwritable':
      return `the data directory cannot be written (${code || detail})`;
    case 'corrupt':
      return `the progress file is damaged (${detail})`;
    case 'busy':
      return `another swelearn is holding the progress file (${code})`;
    default:
      return detail;
  }
}
