// The store under the real binary (`swelearn drill` with piped answers; needs the build, which
// npm test makes first): SIGKILL at random moments, two sessions at once, a read-only data dir.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BIN, ROOT } from '../helpers/pty.ts';
import { tempDir } from './helpers.ts';
import { journalPaths } from '../../src/progress/journal.ts';
import { inlineMarkdown } from '../../src/render/inline.ts';
import { createStyle } from '../../src/render/style.ts';

interface Run {
  stdout: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  /** questions whose grade was acknowledged on screen, in order */
  acked: string[];
}

function env(dataDir: string): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, SWELEARN_HOME: dataDir };
  delete e.FORCE_COLOR;
  return e;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Acknowledged questions: the Q: lines (wrapped) of each card followed by a "✓ saved" line. */
function acked(stdout: string): string[] {
  const out: string[] = [];
  let q = '';
  let inQ = false;
  for (const line of stdout.split('\n')) {
    if (line.startsWith('Q: ')) [q, inQ] = [line.slice(3), true];
    else if (inQ && line.startsWith('   ')) q += ' ' + line.trim();
    else {
      inQ = false;
      if (line.startsWith('✓ saved')) out.push(squash(q));
    }
  }
  return out;
}

/** `swelearn drill --new N` answering every card and grading it `grade`; killed after killAfterMs if given. */
function drill(
  dataDir: string,
  opts: { cards: number; grade?: string; killAfterMs?: number; killAfterFirstAckMs?: number; uid?: number; args?: string[] },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'drill', '--new', String(opts.cards), ...(opts.args ?? [])], {
      cwd: ROOT,
      env: env(dataDir),
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid } : {}),
    });
    let stdout = '';
    let killTimer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (d) => {
      stdout += d;
      if (opts.killAfterFirstAckMs !== undefined && !killTimer && stdout.includes('✓ saved')) {
        killTimer = setTimeout(() => child.kill('SIGKILL'), opts.killAfterFirstAckMs);
      }
    });
    child.stderr.on('data', (d) => (stdout += d));
    child.stdin.on('error', () => {}); // killed while we write: fine
    child.stdin.end(`answer\n${opts.grade ?? '3'}\n`.repeat(opts.cards * 3));
    const timer = opts.killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs);
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`swelearn drill did not finish in 180 s:\n${stdout.slice(-2000)}`));
    }, 180_000);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      clearTimeout(guard);
      resolve({ stdout, code, signal, acked: acked(stdout) });
    });
  });
}

/** A one-shot command; stdout and stderr apart. */
function oneShot(dataDir: string, args: string[], uid?: number): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: env(dataDir), stdio: ['ignore', 'pipe', 'pipe'], ...(uid !== undefined ? { uid, gid: uid } : {}) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`swelearn ${args.join(' ')} did not finish in 180 s`));
    }, 180_000);
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ stdout, stderr, code });
    });
  });
}

/** root ignores permissions: read-only tests run the child as nobody */
const NOBODY = process.getuid?.() === 0 ? 65534 : undefined;

/** card id -> question as printed (inline markdown rendered as plain text), from the built corpus snapshot */
function questions(): Map<string, string> {
  // a head line, then a lesson per line (util/json-lines.ts)
  const lines = readFileSync(join(ROOT, 'dist', 'corpus.json'), 'utf8').trim().split('\n').slice(1);
  const snap = { lessons: lines.map((l) => JSON.parse(l) as { cards: { id: string; question: string }[] }) };
  const plain = createStyle({ color: false, width: 80 });
  return new Map(snap.lessons.flatMap((l) => l.cards.map((c) => [c.id, inlineMarkdown(c.question, plain)] as [string, string])));
}

function reviewsSince(dataDir: string, since: number): { card: string; at: number }[] {
  const db = new Database(join(dataDir, 'progress.db'), { readonly: true });
  try {
    return db.prepare('SELECT card_id AS card, at FROM reviews WHERE at >= ? ORDER BY at, rowid').all(since) as { card: string; at: number }[];
  } finally {
    db.close();
  }
}

function integrity(dataDir: string): string {
  const db = new Database(join(dataDir, 'progress.db'));
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

const rel = suite('progress survives kills, sharing and a read-only disk');

rel('SIGKILL at 50 random moments loses no acknowledged review', async () => {
  const byId = questions();
  const lanes = 5;
  const perLane = 10;
  let killedMidDrill = 0;
  let totalAcked = 0;
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      const dir = tempDir('swe-kill-');
      for (let i = 0; i < perLane; i++) {
        const started = Date.now();
        // random moments: every fifth run during start-up (store opening, migrating), the rest
        // up to half a second into the reviews
        const run =
          i % 5 === 0
            ? await drill(dir, { cards: 400, killAfterMs: Math.floor(Math.random() * 800) })
            : await drill(dir, { cards: 400, killAfterFirstAckMs: Math.floor(Math.random() * 500) });
        if (run.signal !== 'SIGKILL') continue; // finished before the kill: nothing to prove
        if (run.acked.length) killedMidDrill++;
        totalAcked += run.acked.length;
        let stored: { card: string; at: number }[] = [];
        try {
          stored = reviewsSince(dir, started);
        } catch (e) {
          assert.is(run.acked.length, 0, `lane ${lane} run ${i}: no database but ${run.acked.length} acknowledged reviews (${(e as Error).message})`);
          continue;
        }
        const storedQuestions = stored.map((r) => squash(byId.get(r.card) ?? r.card));
        // every acknowledged review is stored, in order (reviews committed after the last
        // acknowledgement that reached the pipe may be stored too: that loses nothing)
        assert.ok(stored.length >= run.acked.length, `lane ${lane} run ${i}: ${run.acked.length} acknowledged, ${stored.length} stored`);
        assert.equal(storedQuestions.slice(0, run.acked.length), run.acked, `lane ${lane} run ${i}: the stored reviews are the acknowledged cards`);
        assert.is(integrity(dir), 'ok', `lane ${lane} run ${i}: the database is intact`);
      }
    }),
  );
  assert.ok(killedMidDrill >= 35, `at least 35 of the 50 kills landed mid-drill (got ${killedMidDrill}; ${totalAcked} reviews acknowledged in all)`);
});

rel('two sessions on the same data directory both record every review', async () => {
  const dir = tempDir('swe-two-');
  // the same 60 new cards in both: the harshest overlap
  const [a, b] = await Promise.all([drill(dir, { cards: 60, grade: '4' }), drill(dir, { cards: 60, grade: '4' })]);
  assert.is(a.code, 0, a.stdout.slice(-500));
  assert.is(b.code, 0, b.stdout.slice(-500));
  assert.not.match(a.stdout + b.stdout, /not saved|not being recorded|busy/i);
  assert.is(a.acked.length, 60);
  assert.is(b.acked.length, 60);
  assert.is(reviewsSince(dir, 0).length, 120, 'neither session lost a review');
  assert.is(integrity(dir), 'ok');
});

rel('a grade while another process holds the write lock: the drill says it is waiting, and the grade lands when the lock is released', async () => {
  const dir = tempDir('swe-lock-');
  const first = await drill(dir, { cards: 1, grade: '4' });
  assert.is(first.acked.length, 1);
  const holder = new Database(join(dir, 'progress.db'));
  holder.exec('BEGIN IMMEDIATE');
  holder.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('retention', '0.85', 0)").run();
  const child = spawn(process.execPath, [BIN, 'drill', '--new', '1', '--area', 'databases'], { cwd: ROOT, env: env(dir), stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let released = false;
  child.stdout.on('data', (d) => {
    out += d;
    if (!released && out.includes('waiting for another session')) {
      released = true;
      holder.exec('COMMIT');
      holder.close();
    }
  });
  child.stderr.on('data', (d) => (out += d));
  child.stdin.end('answer\n3\n');
  const code = await new Promise<number | null>((resolve, reject) => {
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the drill did not finish in 180 s:\n${out}`));
    }, 180_000);
    child.on('close', (c) => (clearTimeout(guard), resolve(c)));
  });
  if (!released) holder.close();
  assert.ok(released, `the drill said it was waiting:\n${out}`);
  assert.is(code, 0, out);
  assert.match(out, /waiting for another session to finish saving its progress…\n✓ saved · good/);
  assert.is(reviewsSince(dir, 0).length, 2, 'the grade landed');
});

rel('a read-only data directory: a clear message, the drill goes on, grades are kept for the next start', async () => {
  const dir = tempDir('swe-ro-');
  chmodSync(dir, 0o555);
  const data = join(dir, 'swelearn');
  try {
    const run = await drill(data, { cards: 2, grade: '4', uid: NOBODY });
    assert.is(run.code, 0, run.stdout);
    assert.match(run.stdout, /progress is not being recorded this session: cannot create .*swelearn \(EACCES\)/);
    assert.match(run.stdout, /Q: /, 'the drill still runs');
    assert.match(run.stdout, /not saved yet \(kept for the next start\) · easy/);
    assert.match(run.stdout, /2 reviews were kept to be saved the next time swelearn can write its progress\./);
    assert.is(run.acked.length, 0);
  } finally {
    rmSync(journalPaths(data, NOBODY)[1]!, { force: true });
  }
});

rel('a read-only database in a read-only directory: shown and exported, grades kept, then replayed once it can be written', async () => {
  const dir = tempDir('swe-ro2-');
  const first = await drill(dir, { cards: 1, grade: '4' });
  assert.is(first.acked.length, 1);
  const ro = () => {
    chmodSync(join(dir, 'progress.db'), 0o444);
    for (const f of ['progress.db-wal', 'progress.db-shm']) {
      try {
        chmodSync(join(dir, f), 0o444);
      } catch {
        // checkpointed away on close
      }
    }
    chmodSync(dir, 0o555);
  };
  ro();
  const exp = await oneShot(dir, ['export'], NOBODY);
  assert.is(exp.code, 0, exp.stderr);
  assert.is(JSON.parse(exp.stdout).reviews.length, 1, 'the real reviews are exported, and stdout is only the JSON');
  assert.match(exp.stderr, /progress is not being recorded this session: the data directory cannot be written .*shown read-only/);
  const prog = await oneShot(dir, ['progress'], NOBODY);
  assert.match(prog.stdout, /streak 1 day · 1 reviews today/, 'progress shows the stored review');
  const run = await drill(dir, { cards: 1, grade: '4', uid: NOBODY, args: ['--area', 'databases'] });
  assert.is(run.code, 0, run.stdout);
  assert.match(run.stdout, /not saved yet \(kept for the next start\)/);
  chmodSync(dir, 0o777);
  chmodSync(join(dir, 'progress.db'), 0o666);
  assert.is(reviewsSince(dir, 0).length, 1, 'the earlier review is intact');
  const next = await oneShot(dir, ['progress'], NOBODY);
  assert.match(next.stderr, /replayed 1 review saved while the store was unavailable/);
  assert.is(reviewsSince(dir, 0).length, 2, 'the kept review is stored');
  const again = await oneShot(dir, ['progress'], NOBODY);
  assert.not.match(again.stderr, /replayed/);
});

rel('store notices go to stderr: `swelearn export > file` stays valid JSON', async () => {
  const dir = tempDir('swe-notice-');
  writeFileSync(join(dir, 'progress.db'), 'not a database\n'.repeat(300));
  const exp = await oneShot(dir, ['export']);
  assert.is(exp.code, 0, exp.stderr);
  assert.is(JSON.parse(exp.stdout).format, 'swelearn-progress');
  assert.match(exp.stderr, /is damaged .*moved it to .*progress\.db\.corrupt-/);
});

rel.run();
