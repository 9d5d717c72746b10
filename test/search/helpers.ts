// Small inline lessons for the search suites, parsed by the real lesson parser.
import { parseLesson } from '../../src/corpus/parse.ts';
import type { Lesson } from '../../src/corpus/types.ts';

export function lesson(id: string, area: string, front: Record<string, string>, body: string): Lesson {
  const fm = Object.entries(front)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  const { lesson: l, problems } = parseLesson({ text: `---\n${fm}\n---\n${body}`, file: `${area}/${id}.md`, id, area });
  if (!l) throw new Error(`test lesson ${id} did not parse: ${problems.map((p) => p.message).join('; ')}`);
  return l;
}

export const WEBSOCKETS = lesson(
  'websockets-long-polling',
  'networking',
  { title: '"WebSockets and Long Polling"', tags: '[websockets, sse, real-time]', difficulty: 'medium', estimated_time: '15min' },
  `## Overview

HTTP is request-response: the client asks and the server answers. For real-time features the server
must push data to the browser. Long polling holds a request open until the server has data.
WebSockets upgrade an HTTP connection to a persistent, full-duplex channel. Server-Sent Events give
one-way server push over plain HTTP.

\`\`\`
Client --> GET /chat  Upgrade: websocket
Server <-- 101 Switching Protocols
\`\`\`

## When to Use

- **WebSockets** for chat, multiplayer games and collaborative editing.
- **SSE** for live feeds and notifications to browsers.

## Trade-offs & Gotchas

- WebSocket connections are sticky: each one is pinned to one server, which complicates scaling.
- Proxies may drop idle connections; send heartbeats and reconnect with backoff.

## Key Points for Interviews

- WebSocket = full-duplex connection upgraded from HTTP with 101 Switching Protocols.
- Long polling = a request held open until data is ready.

## Drill

- Q: Which status code completes the upgrade handshake?
  A: 101 Switching Protocols.
`,
);

export const HASHING = lesson(
  'consistent-hashing',
  'distributed-systems',
  { title: '"Consistent Hashing"', tags: '[hash-ring, partitioning, virtual-nodes]', difficulty: 'medium', estimated_time: '20min' },
  `## Overview

Placing keys with hash(key) mod N remaps almost every key when N changes. Consistent hashing puts
nodes and keys on a ring; a key belongs to the first node clockwise, so adding a node moves only
about 1/N of the keys.

## When to Use

Distributed caches and partitioned databases that add and remove nodes.

## Trade-offs & Gotchas

Without virtual nodes the load is uneven: give each server many points on the ring.

## Key Points for Interviews

- Virtual nodes = many ring positions per server, to even out load.
`,
);

export const RATE_LIMITING = lesson(
  'rate-limiting',
  'system-design',
  { title: '"Rate Limiting"', tags: '[token-bucket, throttling]', difficulty: 'medium', estimated_time: '25min' },
  `## Overview

A rate limiter caps how many requests a client may make per second. The token bucket refills
tokens at a steady rate and each request spends one; bursts up to the bucket size are allowed.

## When to Use

Public APIs, login endpoints, anything a single client could overload.

## Trade-offs & Gotchas

A fixed window allows twice the limit at the window edge; a sliding window smooths it.

## Key Points for Interviews

- Token bucket = steady refill, bursts up to capacity.

## Exercise token-bucket: Token bucket

Implement a token bucket with a fake clock.

\`\`\`ts starter
function allow(): boolean { return true; }
\`\`\`

\`\`\`ts checks
check('limits', () => { expect(allow()).toBe(false); });
\`\`\`

\`\`\`ts solution
function allow(): boolean { return false; }
\`\`\`
`,
);

export const TRIES = lesson(
  'tries',
  'data-structures',
  { title: '"Tries"', tags: '[trie, prefix-tree, autocomplete]', difficulty: 'easy', estimated_time: '20min' },
  `## Overview

A trie (prefix tree) stores strings character by character, so every word with a given prefix sits
under one node. Lookups cost O(length of the word), independent of how many words are stored.

## When to Use

Autocomplete, spell checking, and IP routing tables (longest prefix match).

## Trade-offs & Gotchas

Tries use a lot of memory: one node per character. Compressed (radix) tries merge chains.

## Key Points for Interviews

- Insert and search are O(L) for a word of length L.
`,
);

export const DEADLOCK = lesson(
  'deadlock',
  'os-concurrency',
  { title: '"Deadlock"', tags: '[locks, concurrency]', difficulty: 'hard', estimated_time: '20min' },
  `## Overview

A deadlock happens when two threads each hold a lock the other needs, so both wait forever. Four
conditions must all hold: mutual exclusion, hold and wait, no preemption and circular wait.

## When to Use

Any code that takes more than one lock at a time.

## Trade-offs & Gotchas

Acquire locks in one global order to break circular wait; timeouts turn a hang into an error.

## Key Points for Interviews

- Coffman conditions = mutual exclusion, hold and wait, no preemption, circular wait.
`,
);

export const CRAWLER = lesson(
  'web-crawler',
  'system-design',
  { title: '"Design a Web Crawler"', tags: '[crawler, frontier, politeness]', difficulty: 'hard', estimated_time: '35min' },
  `## Overview

A web crawler downloads pages, extracts links and adds new URLs to a frontier. Politeness means
one host is not fetched too often, and robots.txt is respected.

## When to Use

Search engines, archives and link checkers.

## Trade-offs & Gotchas

Deduplicate URLs and content; traps generate endless links.

## Key Points for Interviews

- Frontier = a priority queue of URLs per host, with politeness delays.
`,
);

export const LESSONS: Lesson[] = [WEBSOCKETS, HASHING, RATE_LIMITING, TRIES, DEADLOCK, CRAWLER];

/** `n` small generated lessons (ids gen-0…), enough to keep the indexer busy for a while. */
export function manyLessons(n: number): Lesson[] {
  const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima'];
  return Array.from({ length: n }, (_, i) => {
    const w = (k: number) => words[(i * 7 + k * 5) % words.length]!;
    const body = Array.from({ length: 40 }, (_, k) => `${w(k)} ${w(k + 1)} item${i % 97} note${k}`).join(' ');
    return lesson(`gen-${i}`, 'generated', { title: `"${w(0)} ${w(1)} ${i}"`, tags: `[${w(2)}]` }, `## Overview\n\n${body}\n\n## Key Points for Interviews\n\n- ${w(3)} matters\n`);
  });
}
