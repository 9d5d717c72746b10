// The clock of a mock interview: stages with their own time boxes, pause and resume, warnings at
// 5 and 1 minutes left, and the end when the time runs out. Pure: every method takes `now` (ms
// since epoch) from the caller's clock, so a test drives a whole mock without waiting.
//
// Each stage runs from its start for its own box; `.mock next` ends a stage early, and the next
// one starts then with its full box. The mock's time is the sum of the boxes; time spent paused
// does not count.

export interface StageBox {
  name: string;
  ms: number;
}

export type TimerEvent =
  | { kind: 'stage'; from: string; to: string; index: number }
  | { kind: 'warn'; minutes: number }
  | { kind: 'timeout' };

export type TimerStatus = 'running' | 'paused' | 'ended';

/** When each stage began, as elapsed mock time (ms) and as a clock time. */
export interface StageStart {
  name: string;
  elapsedMs: number;
  at: number;
}

/** Warnings, in minutes left; one whose time is not less than the whole mock is never given. */
export const WARN_MINUTES = [5, 1] as const;

export class MockTimer {
  readonly stages: StageBox[];
  readonly startedAt: number;
  status: TimerStatus = 'running';
  private pausedAt: number | null = null;
  private pausedMs = 0;
  private index = 0;
  /** elapsed time at which the current stage began */
  private stageBegan = 0;
  private endElapsed: number | null = null;
  private readonly warned = new Set<number>();
  readonly log: StageStart[];

  constructor(stages: StageBox[], now: number) {
    if (!stages.length) throw new Error('a mock needs at least one stage');
    this.stages = stages.map((s) => ({ name: s.name, ms: Math.max(1, Math.round(s.ms)) }));
    this.startedAt = now;
    this.log = [{ name: this.stages[0]!.name, elapsedMs: 0, at: now }];
  }

  /** the whole mock's time, ms */
  get totalMs(): number {
    return this.stages.reduce((t, s) => t + s.ms, 0);
  }

  get stageIndex(): number {
    return this.index;
  }

  get stage(): StageBox {
    return this.stages[this.index]!;
  }

  /** mock time gone by (pauses excluded), ms */
  elapsed(now: number): number {
    if (this.endElapsed !== null) return this.endElapsed;
    const until = this.pausedAt ?? now;
    return Math.max(0, until - this.startedAt - this.pausedMs);
  }

  /** when the mock ends, as elapsed time: the current stage's end plus the later stages' boxes */
  private deadline(): number {
    let t = this.stageBegan + this.stage.ms;
    for (let i = this.index + 1; i < this.stages.length; i++) t += this.stages[i]!.ms;
    return t;
  }

  /** time left in the whole mock, ms (never negative) */
  remaining(now: number): number {
    return Math.max(0, this.deadline() - this.elapsed(now));
  }

  /** time left in the current stage, ms */
  stageRemaining(now: number): number {
    return Math.max(0, this.stageBegan + this.stage.ms - this.elapsed(now));
  }

  /** the mock time a warning is due at: `minutes` before the end, if the mock is longer than that */
  private warnDue(minutes: number): boolean {
    return this.totalMs > minutes * 60_000;
  }

  /**
   * Bring the timer up to `now`: the stage changes, warnings and the time-out that happened
   * since the last tick, in order. A paused or ended timer has none.
   */
  tick(now: number): TimerEvent[] {
    if (this.status !== 'running') return [];
    const events: TimerEvent[] = [];
    const elapsed = this.elapsed(now);
    // stages whose box ran out
    while (this.index < this.stages.length - 1 && elapsed >= this.stageBegan + this.stage.ms) {
      const endOfStage = this.stageBegan + this.stage.ms;
      events.push(this.enter(this.index + 1, endOfStage, now - (elapsed - endOfStage)));
    }
    const left = this.deadline() - elapsed;
    // the most urgent warning due; the ones before it are skipped (a long pause, a sleeping laptop)
    const due = WARN_MINUTES.filter((m) => this.warnDue(m) && !this.warned.has(m) && left > 0 && left <= m * 60_000);
    if (due.length) {
      const m = Math.min(...due);
      for (const w of WARN_MINUTES) if (w >= m) this.warned.add(w);
      events.push({ kind: 'warn', minutes: m });
    }
    if (left <= 0) {
      this.endElapsed = this.deadline();
      this.status = 'ended';
      events.push({ kind: 'timeout' });
    }
    return events;
  }

  private enter(index: number, elapsedMs: number, at: number): TimerEvent {
    const from = this.stage.name;
    this.index = index;
    this.stageBegan = elapsedMs;
    this.log.push({ name: this.stage.name, elapsedMs, at });
    return { kind: 'stage', from, to: this.stage.name, index };
  }

  /** End the current stage now and start the next; null when this is the last stage. */
  next(now: number): TimerEvent | null {
    if (this.status === 'ended' || this.index >= this.stages.length - 1) return null;
    return this.enter(this.index + 1, this.elapsed(now), now);
  }

  pause(now: number): boolean {
    if (this.status !== 'running') return false;
    this.pausedAt = now;
    this.status = 'paused';
    return true;
  }

  resume(now: number): boolean {
    if (this.status !== 'paused' || this.pausedAt === null) return false;
    this.pausedMs += Math.max(0, now - this.pausedAt);
    this.pausedAt = null;
    this.status = 'running';
    return true;
  }

  /** Stop the clock (submitted, abandoned); the elapsed time is kept. */
  stop(now: number): void {
    if (this.status === 'ended') return;
    this.endElapsed = this.elapsed(now);
    this.pausedAt = null;
    this.status = 'ended';
  }
}

export { clockText, elapsedText } from './clock-text.ts';
