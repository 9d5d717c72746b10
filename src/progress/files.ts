// Reading an import and writing an export safely: only regular files are read, up to a size cap
// (never /dev/zero, a FIFO or a directory); an export is written to a temp file in the same
// directory and renamed over the target, never onto a device, and through a symlink to its target.
import { closeSync, constants, fstatSync, fsyncSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, renameSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { SwelearnError } from '../errors.ts';

/** the biggest import read (an export of 500,000 reviews is about 200 MB) */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

export class FileRefused extends SwelearnError {
  override name = 'FileRefused';
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

function size(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${Math.ceil(n / 1024)} KB`;
  return `${Math.ceil(n / (1024 * 1024))} MB`;
}
const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** The text of a regular file of at most maxBytes; FileRefused names the file and the reason. */
export function readRegularFile(path: string, maxBytes = MAX_IMPORT_BYTES): string {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new FileRefused(`cannot read ${path}: ${codeOf(e)}`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new FileRefused(`${path} is ${kindOf(st)}, not a regular file`);
    if (st.size > maxBytes) throw new FileRefused(`${path} is ${size(st.size)}; the limit is ${size(maxBytes)}`);
    // read at most one byte past the limit: a file that grows while we read is caught too
    const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, st.size + 64 * 1024));
    let n = 0;
    for (;;) {
      if (n === buf.length) break;
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    if (n > maxBytes) throw new FileRefused(`${path} is bigger than the limit of ${size(maxBytes)}`);
    return buf.toString('utf8', 0, n);
  } catch (e) {
    if (e instanceof FileRefused) throw e;
    throw new FileRefused(`cannot read ${path}: ${codeOf(e)}`);
  } finally {
    closeSync(fd);
  }
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

export interface WriteResult {
  /** the file written (the symlink's target when path is a symlink) */
  target: string;
  /** path was a symlink, written through to target */
  viaSymlink: boolean;
}

/**
 * Write text to path atomically: a temp file in the same directory, synced, then renamed over it.
 * A symlink is written through to its target (also a target that does not exist yet); a device,
 * a directory or a FIFO is refused. Keeps an existing file's permissions.
 */
export function writeFileAtomic(path: string, text: string): WriteResult {
  let target = resolve(path);
  let st: Stats | null;
  let via = false;
  try {
    st = lstatOrNull(target);
    if (st?.isSymbolicLink()) {
      via = true;
      try {
        target = realpathSync(target);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
        // a link to a file not written yet: write it where the link points
        target = resolve(dirname(target), readlinkSync(target));
        if (lstatOrNull(target)) throw new FileRefused(`${path} is a symlink that leads nowhere (${target}); not written`);
      }
      st = lstatOrNull(target);
    }
  } catch (e) {
    if (e instanceof FileRefused) throw e;
    throw new FileRefused(`cannot write ${path}: ${codeOf(e)}`);
  }
  if (st && !st.isFile()) throw new FileRefused(`${target} is ${kindOf(st)}; an export is written only to a regular file${via ? ` (${path} is a symlink to it)` : ''}`);
  const tmp = join(dirname(target), `.${basename(target)}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, st ? st.mode & 0o777 : 0o644);
    const buf = Buffer.from(text, 'utf8');
    for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // never created
    }
    throw new FileRefused(`cannot write ${target}: ${codeOf(e)}`);
  }
  return { target, viaSymlink: via };
}
