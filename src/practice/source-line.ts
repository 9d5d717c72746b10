// Which line of the learner's TypeScript a JavaScript compile error comes from. esbuild accepts a
// few things V8 then refuses (a top-level `return`); node would show the transpiled line
// (`return void 0`). We parse esbuild's output with acorn to find the error, and follow esbuild's
// source map back to the line the learner typed. Used only on the error path.
import { lazyRequire } from '../util/lazy-require.ts';
import { stripTypesWithMap } from './transpile.ts';

type Acorn = typeof import('acorn');

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The original (0-based) line of each generated line's first mapping segment. */
export function originalLines(mappings: string): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  let srcLine = 0;
  for (const line of mappings.split(';')) {
    let first: number | undefined;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const fields = decodeVlq(seg);
      if (fields.length >= 4) {
        srcLine += fields[2]!;
        first ??= srcLine;
      }
    }
    out.push(first);
  }
  return out;
}

function decodeVlq(seg: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of seg) {
    const d = B64.indexOf(ch);
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** 1-based line in `ts` of the first error V8-style parsing finds in its JavaScript, or null. */
export function errorSourceLine(ts: string): { line: number; message: string } | null {
  let code: string;
  let map: string;
  try {
    ({ code, map } = stripTypesWithMap(ts));
  } catch {
    return null;
  }
  const acorn = lazyRequire('acorn') as Acorn;
  try {
    acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowAwaitOutsideFunction: true });
    return null;
  } catch (e) {
    const loc = (e as { loc?: { line: number } }).loc;
    if (!loc) return null;
    const lines = originalLines((JSON.parse(map) as { mappings: string }).mappings);
    let l = loc.line - 1;
    while (l >= 0 && lines[l] === undefined) l--;
    return { line: (l >= 0 ? lines[l]! : 0) + 1, message: (e as Error).message.replace(/\s*\(\d+:\d+\)$/, '') };
  }
}
