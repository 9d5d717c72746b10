// .find benchmarks (issue 2), in-process:
//  1. built-in corpus: index build vs snapshot load, and query latency over >= 1,000 queries
//     (target: median <= 0.1 ms, p99 <= 1 ms), for the search itself and for the whole .find
//     command (argument parsing, search, snippets, rendering);
//  2. scale: 10,000 synthetic lessons written to a temp folder as --corpus would read them:
//     parse time, index time (snapshot of the built-ins + indexing the rest, as at start-up),
//     and .find latency (target: p99 <= 2 ms). Latency is measured in a fresh process that opens
//     the corpus and its index through the shell's own code (session, provider, background
//     indexing), so the heap is the one a learner's shell has, not one shaped by the builds and
//     exports this script does first.
// usage: node scripts/bench-find.mjs [--queries 2000] [--synthetic 10000] [--no-scale] [--slowest] [--tsx]
//        (the code is bundled as it ships, into .bench/find/; --tsx runs src/ through tsx instead)
//        (the built-in snapshot in dist/ is used when present: run npm run build first)
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { PerformanceObserver } from 'node:perf_hooks';

const root = fileURLToPath(new URL('..', import.meta.url));
const { readFileSync } = await import('node:fs');

/**
 * The code under test, as it ships: bundled and minified with the product's esbuild options
 * (scripts/build-options.mjs) into .bench/find/. Run from src/ through tsx (--tsx) it is slower
 * than what users run: tsx keeps function names with a helper call per closure created, which
 * alone made search ~35% slower in this benchmark.
 */
async function codeUnderTest() {
  const names = {
    loadFolder: 'src/corpus/load.ts',
    makeCorpus: 'src/corpus/corpus.ts',
    LessonIndex: 'src/search/lesson-index.ts',
    exec: 'test/helpers/context.ts',
    testContext: 'test/helpers/context.ts',
    find: 'src/shell/commands/find.ts',
    provider: 'src/search/provider.ts',
    seededRandom: 'src/practice/check-api.ts',
    createContext: 'src/app.ts',
    SEARCH_SNAPSHOT: 'src/corpus/sources.ts',
  };
  const entry = Object.entries(names)
    .map(([name, file]) => (name === 'provider' ? `export * as provider from '${root}${file}';` : `export { ${name} } from '${root}${file}';`))
    .join('\n');
  if (process.argv.includes('--tsx')) {
    const { register } = await import('tsx/esm/api');
    register();
    const dir = mkdtempSync(join(tmpdir(), 'swelearn-bench-entry-'));
    writeFileSync(join(dir, 'entry.ts'), entry);
    return import(join(dir, 'entry.ts'));
  }
  const out = join(root, '.bench', 'find');
  if (!process.argv.includes('--measure-scale')) {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'entry.ts'), entry);
    const { build } = await import('esbuild');
    const { common } = await import('./build-options.mjs');
    // every package external here (the test helper imports some the product bundles)
    await build({ ...common, external: undefined, packages: 'external', entryPoints: { entry: join(out, 'entry.ts') }, outdir: join(out, 'out'), splitting: true, sourcemap: false });
  }
  return import(join(out, 'out', 'entry.js'));
}
const { loadFolder, makeCorpus, LessonIndex, exec, testContext, find, provider, seededRandom, createContext, SEARCH_SNAPSHOT } = await codeUnderTest();

const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? def : Number(argv[i + 1]);
};
const QUERIES = opt('queries', 2000);
const SYNTHETIC = opt('synthetic', 10_000);

// deterministic randomness: the generator the exercise checks use
const rand = seededRandom(42);
const pick = (arr) => arr[Math.floor(rand() * arr.length)];

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  return { median: pct(s, 50), p90: pct(s, 90), p99: pct(s, 99), max: s[s.length - 1], n: s.length };
}
function line(label, st, target) {
  const ok = target ? (st.median <= target.median && st.p99 <= target.p99 ? 'ok' : 'MISSED') : '';
  console.log(
    `  ${label.padEnd(38)} median ${fmt(st.median).padStart(8)}  p90 ${fmt(st.p90).padStart(8)}  p99 ${fmt(st.p99).padStart(8)}  max ${fmt(st.max).padStart(8)}  (${st.n} queries)${ok ? `  ${ok}` : ''}`,
  );
}
function timeOnce(fn) {
  const t = performance.now();
  const r = fn();
  return [performance.now() - t, r];
}
function median(fn, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(timeOnce(fn)[0]);
  return stats(times).median;
}

/** A realistic query mix: learner questions, title words, tags, partly typed words and typos. */
function queryMix(lessons, n) {
  const fixture = JSON.parse(readFileSync(`${root}test/fixtures/search-queries.json`, 'utf8')).queries.map((q) => q.query);
  const titleWords = lessons.flatMap((l) => l.title.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const tags = [...new Set(lessons.flatMap((l) => l.tags))];
  const typo = (w) => {
    const i = 1 + Math.floor(rand() * (w.length - 2));
    const k = Math.floor(rand() * 3);
    if (k === 0) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2); // swap
    if (k === 1) return w.slice(0, i) + w.slice(i + 1); // drop
    return w.slice(0, i) + 'aeiou'[Math.floor(rand() * 5)] + w.slice(i + 1); // replace
  };
  const out = [];
  while (out.length < n) {
    const r = rand();
    if (r < 0.35) out.push(pick(fixture));
    else if (r < 0.6) out.push(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(titleWords)).join(' '));
    else if (r < 0.7) out.push(pick(tags).replace(/-/g, ' '));
    else if (r < 0.85) {
      const w = pick(titleWords);
      out.push(w.slice(0, 3 + Math.floor(rand() * Math.max(1, w.length - 3))));
    } else out.push(`${typo(pick(titleWords))} ${rand() < 0.5 ? pick(titleWords) : ''}`.trim());
  }
  return out;
}

function measureQueries(index, queries, label, target) {
  for (const q of queries.slice(0, 1000)) index.search(q, { limit: 10 }); // warm up (JIT)
  const times = [];
  for (const q of queries) times.push(timeOnce(() => index.search(q, { limit: 10 }))[0]);
  line(label, stats(times), target);
  if (argv.includes('--slowest')) {
    const order = times.map((t, i) => [t, queries[i]]).sort((a, b) => b[0] - a[0]);
    for (const [t, q] of order.slice(0, 10)) console.log(`    ${fmt(t).padStart(9)}  ${q}`);
  }
}

async function measureCommand(corpus, queries, label, target) {
  const session = testContext({ corpus, color: true, width: 100 });
  await provider.indexFor(corpus);
  for (const q of queries.slice(0, 1000)) await exec(find, q, session);
  const times = [];
  for (const q of queries) {
    const t = performance.now();
    await exec(find, q, session);
    times.push(performance.now() - t);
  }
  line(label, stats(times), target);
}

/** Count garbage collections until the returned function is called. */
function gcWatch() {
  const seen = { minor: 0, major: 0, ms: 0, worst: 0 };
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      // kind 1: scavenge (minor); 2, 4: mark-compact and incremental marking (major)
      if (e.detail?.kind === 1) seen.minor++;
      else seen.major++;
      seen.ms += e.duration;
      seen.worst = Math.max(seen.worst, e.duration);
    }
  });
  obs.observe({ entryTypes: ['gc'] });
  return async () => {
    await new Promise((r) => setTimeout(r, 100)); // entries reach the observer asynchronously
    obs.disconnect();
    return `  garbage collection meanwhile: ${seen.minor} minor, ${seen.major} major, ${fmt(seen.ms)} in all, longest ${fmt(seen.worst)}`;
  };
}

/** Part 2's query latency, in this (fresh) process: the corpus and index opened as the shell does. */
async function measureScale(dir) {
  provider.setSnapshotLoader(provider.snapshotFile(SEARCH_SNAPSHOT));
  const session = createContext({ corpusDirs: [dir], dataDir: mkdtempSync(join(tmpdir(), 'swelearn-bench-data-')), color: true, width: 100 });
  let t = performance.now();
  const corpus = await session.corpus();
  const corpusMs = performance.now() - t;
  t = performance.now();
  const index = await provider.indexFor(corpus);
  const indexMs = performance.now() - t;
  const info = provider.indexInfo(corpus);
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  console.log(
    `  a fresh process opening it as the shell does: corpus ${fmt(corpusMs)}, index ${fmt(indexMs)} (built-ins from ${info?.source === 'snapshot' ? 'the snapshot' : 'scratch: no dist/ snapshot'}), heap ${heapMb.toFixed(0)} MB`,
  );
  const queries = queryMix(corpus.lessons, QUERIES);
  let stop = gcWatch();
  measureQueries(index, queries, 'search (index + snippets)', { median: 2, p99: 2 });
  console.log(await stop());
  stop = gcWatch();
  await measureCommand(corpus, queries, '.find command (parse, search, render)', { median: 2, p99: 2 });
  console.log(await stop());
}

if (argv.includes('--measure-scale')) {
  await measureScale(argv[argv.indexOf('--measure-scale') + 1]);
  process.exit(0);
}

console.log(`node ${process.version}, ${(await import('node:os')).cpus().length} CPUs, load average ${(await import('node:os')).loadavg()[0].toFixed(1)}`);

// 1. built-in corpus
const { lessons } = loadFolder(`${root}corpus`, { builtin: true });
console.log(`\nBuilt-in corpus: ${lessons.length} lessons`);
const buildMs = median(() => LessonIndex.build(lessons));
const index = LessonIndex.build(lessons);
const json = JSON.stringify(await index.export());
const loadMs = median(() => LessonIndex.loadSync(JSON.parse(json), lessons));
console.log(`  build ${fmt(buildMs)}; snapshot ${(json.length / 1024).toFixed(0)} KB; JSON.parse + load ${fmt(loadMs)} (${(buildMs / loadMs).toFixed(1)}x faster than building)`);
const queries = queryMix(lessons, QUERIES);
{
  // the first queries after start-up also build lazy lookups (typo buckets, sorted words, snippet text)
  const fresh = LessonIndex.loadSync(JSON.parse(json), lessons);
  const [first] = timeOnce(() => fresh.search('how does raft elect a leader', { limit: 10 }));
  const [typo] = timeOnce(() => fresh.search('consistant hashing', { limit: 10 }));
  const [prefix] = timeOnce(() => fresh.search('webs', { limit: 10 }));
  console.log(`  first queries after loading: ${fmt(first)} (words), ${fmt(typo)} (first typo), ${fmt(prefix)} (first prefix)`);
}
measureQueries(index, queries, 'search (index + snippets)', { median: 0.1, p99: 1 });
await measureCommand(makeCorpus(lessons), queries, '.find command (parse, search, render)', { median: 0.1, p99: 1 });

// 2. scale
if (!argv.includes('--no-scale')) {
  const words = lessons.flatMap((l) => l.sections.flatMap((s) => s.body.match(/[A-Za-z][a-z]+/g) ?? []));
  const tagPool = [...new Set(lessons.flatMap((l) => l.tags))];
  const areas = ['system-design', 'databases', 'networking', 'algorithms', 'notes', 'projects'];
  const sentence = () => {
    const n = 8 + Math.floor(rand() * 16);
    const ws = Array.from({ length: n }, () => pick(words));
    return ws.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
  };
  const para = (k) => Array.from({ length: k }, sentence).join(' ');
  const dir = mkdtempSync(join(tmpdir(), 'swelearn-bench-'));
  let bytes = 0;
  for (let i = 0; i < SYNTHETIC; i++) {
    const area = pick(areas);
    mkdirSync(join(dir, area), { recursive: true });
    const title = `${pick(words)} ${pick(words)} ${pick(words)} ${i}`;
    const tags = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => pick(tagPool));
    const text = `---\ntitle: "${title}"\ntags: [${[...new Set(tags)].join(', ')}]\ndifficulty: ${pick(['easy', 'medium', 'hard'])}\nestimated_time: ${10 + Math.floor(rand() * 30)}min\n---\n\n## Overview\n\n${para(5)}\n\n${para(3)}\n\n## When to Use\n\n- ${sentence()}\n- ${sentence()}\n- ${sentence()}\n\n## Trade-offs & Gotchas\n\n${para(4)}\n\n## Key Points for Interviews\n\n${Array.from({ length: 5 }, () => `- **${pick(words)}** — ${sentence()}`).join('\n')}\n`;
    bytes += text.length;
    writeFileSync(join(dir, area, `synthetic-${i}.md`), text);
  }
  console.log(`\nScale: ${SYNTHETIC} synthetic lessons (${(bytes / 1024 / 1024).toFixed(1)} MB, ${(bytes / SYNTHETIC / 1024).toFixed(1)} KB each) via a --corpus folder, plus the built-ins`);
  let [parseMs, extra] = timeOnce(() => loadFolder(dir));
  console.log(`  read + parse the folder (the corpus loader, not search): ${fmt(parseMs)}`);
  const all = [...lessons, ...extra.lessons];
  const snap = JSON.parse(json);
  // as at start-up: built-ins from the snapshot, the rest indexed, yielding to the event loop
  let t = performance.now();
  let maxBlock = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    maxBlock = Math.max(maxBlock, now - last);
    last = now;
  }, 1);
  let big = await LessonIndex.load(snap, all);
  clearInterval(timer);
  const loadAllMs = performance.now() - t;
  console.log(`  index at start-up (snapshot + ${extra.lessons.length} lessons, in the background): ${fmt(loadAllMs)}; longest event-loop block ${fmt(maxBlock)}`);
  const [buildAllMs] = timeOnce(() => LessonIndex.build(all));
  console.log(`  build everything from scratch (sync): ${fmt(buildAllMs)}`);
  t = performance.now();
  const bigJson = JSON.stringify(await big.export());
  const exportMs = performance.now() - t;
  const [bigLoadMs] = timeOnce(() => LessonIndex.loadSync(JSON.parse(bigJson), all));
  console.log(`  a snapshot of everything: ${(bigJson.length / 1024 / 1024).toFixed(1)} MB, export ${fmt(exportMs)}, JSON.parse + load ${fmt(bigLoadMs)}`);
  // query latency in a fresh process, opened as the shell opens it
  big = null;
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--measure-scale', dir, '--queries', String(QUERIES), ...(argv.includes('--slowest') ? ['--slowest'] : []), ...(argv.includes('--tsx') ? ['--tsx'] : [])], {
    stdio: 'inherit',
  });
  if (child.status !== 0) console.log(`  the measuring process failed (${child.signal ?? `exit ${child.status}`})`);
  rmSync(dir, { recursive: true, force: true });
}
