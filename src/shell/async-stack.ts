// Stopping a promise job midway (Ctrl-C or the time limit inside `for (;;) await null`) skips
// node's async-hooks "after" step for that job: the REPL's domain has async hooks on, so the job's
// async context stays pushed, and node aborts the process ("async hook stack has become corrupted")
// at the next callback. Measured on node 20. We pop what the stopped job left, with the binding
// node itself uses (process.binding('async_wrap').popAsyncContext, which checks that the id it
// pops is the current one), and leave the domain the job had entered.
// test/shell/node-internals.test.ts fails if this binding goes.
import { lazyRequire } from '../util/lazy-require.ts';

type AsyncHooks = typeof import('node:async_hooks');

export interface AsyncMark {
  asyncId: number;
  domain: unknown;
}

/** Where we are now: call before running code that may be stopped. */
export function markAsyncStack(): AsyncMark {
  const { executionAsyncId } = lazyRequire('node:async_hooks') as AsyncHooks;
  return { asyncId: executionAsyncId(), domain: (process as { domain?: unknown }).domain };
}

/** Back to the mark after code was stopped. */
export function restoreAsyncStack(mark: AsyncMark): void {
  const { executionAsyncId } = lazyRequire('node:async_hooks') as AsyncHooks;
  if (executionAsyncId() !== mark.asyncId) {
    const p = process as unknown as { binding(name: string): { popAsyncContext(id: number): boolean }; noDeprecation?: boolean };
    const quiet = p.noDeprecation;
    p.noDeprecation = true; // node 20 warns (DEP0111) on this binding's first use
    let wrap: { popAsyncContext(id: number): boolean };
    try {
      wrap = p.binding('async_wrap');
    } finally {
      p.noDeprecation = quiet;
    }
    for (let i = 0; i < 1000 && executionAsyncId() !== mark.asyncId; i++) {
      if (!wrap.popAsyncContext(executionAsyncId())) break;
    }
  }
  const d = process as unknown as { domain?: { exit(): void } | null };
  for (let i = 0; i < 100 && d.domain && d.domain !== mark.domain; i++) d.domain.exit();
}
