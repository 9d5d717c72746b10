// A store that records nothing, for a session whose progress file cannot be opened at all. It
// keeps settings in memory so that .plan still shapes this session, says why nothing is saved,
// keeps reviews in the journal for the next start, and refuses to export an empty progress when
// a progress file exists that it could not read.
import { StoreError } from '../errors.ts';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format.ts';
import { defaultSettings } from './settings.ts';
import type { Journal } from './journal.ts';
import type { CardRecord, ExerciseStats, MockRecord, ExerciseStatus, ImportResult, ProgressExport, ProgressStore, ReadStats, ReviewInput, ReviewSave, Settings } from './types.ts';

export class NullStore implements ProgressStore {
  readonly path = null;
  private current: Settings = defaultSettings();

  constructor(
    readonly disabledReason: string,
    readonly notices: string[] = [],
    private readonly now: () => number = Date.now,
    private readonly opts: { journal?: Journal; unreadable?: string } = {},
  ) {}

  lessonOpened(): () => void {
    return () => {};
  }
  recordAttempt(): void {}
  exerciseStatus(): Map<string, ExerciseStatus> {
    return new Map();
  }
  exerciseStats(): Map<string, ExerciseStats> {
    return new Map();
  }
  async recordReview(r: ReviewInput): Promise<ReviewSave> {
    const record = {
      id: r.id ?? `unsaved-${this.now()}-${Math.random().toString(36).slice(2)}`,
      cardId: r.cardId,
      lessonId: r.lessonId,
      grade: r.grade,
      at: r.at ?? this.now(),
      durationMs: r.durationMs ?? null,
      before: r.before,
      after: r.after,
    };
    return { record, saved: false, journal: this.opts.journal?.append(record) ?? null, error: null };
  }
  undoReview(id: string): boolean {
    return this.opts.journal?.undo(id) ?? false;
  }
  cards(): Map<string, CardRecord> {
    return new Map();
  }
  settings(): Settings {
    return { ...this.current };
  }
  private settingsChanged = 0;
  revision(): string {
    return String(this.settingsChanged);
  }
  setSettings(s: Partial<Settings>): void {
    this.settingsChanged++;
    for (const [k, v] of Object.entries(s)) {
      if (v === undefined) continue;
      if (k === 'interviewDate') this.current.interviewDate = v as string | null;
      if (k === 'retention' && typeof v === 'number') this.current.retention = v;
      if (k === 'minutesPerDay' || k === 'focus' || k === 'skip') {
        if (v === null) delete this.current[k];
        else Object.assign(this.current, { [k]: v });
      }
    }
  }
  reviewsPerDay(): Map<number, number> {
    return new Map();
  }
  activeDays(): number[] {
    return [];
  }
  readStats(): Map<string, ReadStats> {
    return new Map();
  }
  reviewCount(): number {
    return 0;
  }
  /** mocks of this session only (their transcripts are still written when the folder allows) */
  private readonly sessionMocks: MockRecord[] = [];
  recordMock(m: MockRecord): void {
    const i = this.sessionMocks.findIndex((x) => x.id === m.id);
    if (i >= 0) this.sessionMocks[i] = m;
    else this.sessionMocks.push(m);
  }
  mocks(): MockRecord[] {
    return [...this.sessionMocks];
  }
  mockHistory(): { kind: MockRecord['kind']; at: number }[] {
    return this.sessionMocks.map((m) => ({ kind: m.kind, at: m.startedAt }));
  }
  exportData(now = this.now()): ProgressExport {
    if (this.opts.unreadable) throw new StoreError(`cannot export: ${this.opts.unreadable}`);
    return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), settings: {}, lessonViews: [], reviews: [], attempts: [] };
  }
  async importData(): Promise<ImportResult> {
    throw new StoreError(`nothing imported: ${this.disabledReason}`);
  }
  close(): void {}
}
