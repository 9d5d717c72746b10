// A time limit for synchronous code run by the REPL in piped mode, where nobody can press
// Ctrl-C: a helper thread sends this process SIGINT when the limit passes, and node's eval
// (run with breakOnSigint) stops the script exactly as Ctrl-C would. The main thread may be
// stuck in `while(true){}`, so the helper waits on shared memory, not on the event loop.
import { lazyRequire } from '../util/lazy-require.ts';

const WORKER = `
const { workerData } = require('node:worker_threads');
const cell = new Int32Array(workerData);
for (;;) {
  Atomics.wait(cell, 0, 0);                 // wait until armed (cell[0] = generation, cell[1] = ms)
  const gen = Atomics.load(cell, 0);
  if (gen < 0) break;
  const ms = Atomics.load(cell, 1);
  const r = Atomics.wait(cell, 2, 0, ms);   // disarm stores 1 in cell[2] and notifies
  if (r === 'timed-out' && Atomics.load(cell, 0) === gen) process.kill(process.pid, 'SIGINT');
  Atomics.store(cell, 2, 0);
  Atomics.compareExchange(cell, 0, gen, 0);
}
`;

let cell: Int32Array | undefined;
let generation = 0;

function ensure(): Int32Array {
  if (cell) return cell;
  const shared = new SharedArrayBuffer(12);
  cell = new Int32Array(shared);
  const { Worker } = lazyRequire('node:worker_threads') as typeof import('node:worker_threads');
  const worker = new Worker(WORKER, { eval: true, workerData: shared });
  worker.unref();
  return cell;
}

/** Arm the limit; call the returned function when the code is done. */
export function armWatchdog(ms: number): () => void {
  const c = ensure();
  generation = (generation % 1_000_000) + 1;
  const gen = generation;
  Atomics.store(c, 2, 0);
  Atomics.store(c, 1, ms);
  Atomics.store(c, 0, gen);
  Atomics.notify(c, 0);
  return () => {
    // a stale generation never fires: the helper checks cell[0] before it signals
    Atomics.compareExchange(c, 0, gen, 0);
    Atomics.store(c, 2, 1);
    Atomics.notify(c, 2);
  };
}
