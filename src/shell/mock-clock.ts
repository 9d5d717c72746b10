// The mock's clock in the shell: every second, while the prompt is idle, the prompt shows the
// time left (`swe[mock 38:12]> `, redrawn in place without touching the line being typed) and
// the clock's events (a new stage, 5 and 1 minutes left, the time-out and its auto-submit) are
// shown above the prompt. Cheap when no mock runs: one property read a second, and the mock's
// modules are not loaded until a mock starts.
import type { REPLServer } from 'node:repl';
import type { Context } from './context.ts';
import { show } from './effects.ts';
import { clockText } from '../mock/clock-text.ts';

export const PROMPT = 'swe> ';

/** The prompt: the mock's (`swe[mock 38:12]> `, `swe[mock 38:12 paused]> `) while one runs, else `swe> `. */
export function mockPrompt(ctx: Context): string {
  const run = ctx.state.mock;
  if (!run || run.phase !== 'running') return PROMPT;
  const left = clockText(run.timer.remaining(ctx.clock.now()));
  return run.timer.status === 'paused' ? `swe[mock ${left} paused]> ` : `swe[mock ${left}]> `;
}

export interface ClockHooks {
  /** the prompt is up and nothing runs */
  idle(): boolean;
  /** the clock is showing something (true) or done (false) */
  busy(b: boolean): void;
  /** draw the prompt again below what was shown, with the line being typed */
  redraw(): void;
  failed(): void;
}

export function startMockClock(ctx: Context, server: REPLServer, hooks: ClockHooks): NodeJS.Timeout {
  let running = false;
  const timer = setInterval(() => {
    if (!ctx.state.mock || running || !hooks.idle()) return;
    running = true;
    void step().finally(() => (running = false));
  }, 1000);
  timer.unref();

  async function step() {
    const m = await import('./mock-session.ts');
    if (ctx.interactive) refreshPrompt(ctx, server);
    const outcome = await m.tick(ctx, { ask: ctx.interactive });
    if (!outcome || !hooks.idle()) return;
    hooks.busy(true);
    try {
      if (ctx.interactive) ctx.streams.output.write('\r\x1b[K');
      if ((await show(outcome, ctx)) !== 0) hooks.failed();
    } finally {
      hooks.busy(false);
      if (ctx.interactive) {
        server.setPrompt(mockPrompt(ctx));
        hooks.redraw();
      }
    }
  }
  return timer;
}

/**
 * Show the new time in the prompt in place: save the cursor, rewrite the prompt at the start of
 * the line, restore the cursor. Only when the prompt keeps its width and the line being typed has
 * not wrapped (else the new prompt shows at the next prompt).
 */
function refreshPrompt(ctx: Context, server: REPLServer): void {
  const next = mockPrompt(ctx);
  const old = server.getPrompt();
  if (next === old) return;
  server.setPrompt(next);
  const line = (server as unknown as { line: string }).line ?? '';
  const columns = (ctx.streams.output as { columns?: number }).columns ?? 80;
  if (next.length === old.length && next.length + line.length < columns) ctx.streams.output.write(`\x1b7\r${next}\x1b8`);
}
