// The test context for the practice commands: the fixture corpus, a temp data dir, an evaluate() that
// runs TypeScript in a vm context the way the shell does (and keeps definitions while an exercise is
// active), and a progress store that remembers attempts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFolder } from '../../src/corpus/load.ts';
import { makeCorpus, type Corpus } from '../../src/corpus/corpus.ts';
import { testContext, type TestContext } from '../helpers/context.ts';
import type { AttemptInput, ExerciseStatus, ProgressStore } from '../../src/progress/types.ts';
import { NullStore } from '../../src/progress/null-store.ts';
import { sandboxFor } from '../../src/practice/practice-session.ts';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function fixtureCorpus(name = 'corpus', opts: { trusted?: boolean } = {}): Corpus {
  // the fixtures stand in for trusted lessons (their starters run in the shell) unless a test says not
  const r = loadFolder(join(FIXTURES, name), { trusted: opts.trusted ?? true });
  return makeCorpus(r.lessons, r.problems);
}

/** Records attempts in memory; everything else does nothing (NullStore). */
export type MemoryStore = ProgressStore & { attempts: AttemptInput[] };

export function memoryStore(): MemoryStore {
  const attempts: AttemptInput[] = [];
  const store: MemoryStore = Object.assign(new NullStore(''), {
    attempts,
    recordAttempt(a: AttemptInput) {
      attempts.push(a);
    },
    exerciseStatus() {
      const m = new Map<string, ExerciseStatus>();
      for (const a of attempts) {
        if (a.failed === 0 && a.passed > 0) m.set(a.exerciseId, 'solved');
        else if (!m.has(a.exerciseId)) m.set(a.exerciseId, 'attempted');
      }
      return m;
    },
  });
  return store;
}

export interface TestSession extends TestContext {
  store: MemoryStore;
}

/** The test context over the fixture corpus, with a store that remembers attempts, at 60 columns. */
export function testSession(opts: { corpus?: Corpus; dataDir?: string; store?: MemoryStore; width?: number } = {}): TestSession {
  const store = opts.store ?? memoryStore();
  const ctx = testContext({ corpus: opts.corpus ?? fixtureCorpus(), dataDir: opts.dataDir ?? mkdtempSync(join(tmpdir(), 'swelearn-practice-')), store, width: opts.width ?? 60 });
  return Object.assign(ctx, { store });
}

/** Start the session's sandbox now, so the first .check does not include node's start-up. */
export async function warm(session: TestContext): Promise<void> {
  await (await sandboxFor(session)).ready();
}
