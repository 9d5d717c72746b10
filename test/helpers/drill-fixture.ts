// A --corpus folder with one small lesson of two drill cards, for the pty drill tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './pty.ts';

const LESSON = `---
title: "Zz Drill Fixture"
tags: [zz-fixture]
difficulty: easy
estimated_time: 5min
---
## Overview
A fixture.
## When to Use
Tests.
## Trade-offs & Gotchas
None.
## Key Points for Interviews
- nothing to card here
## Drill
- Q: Which status code completes a WebSocket handshake?
  A: 101 Switching Protocols.
- Q: What spreads requests across servers?
  A: A load balancer.
`;

export function fixtureCorpus(): string {
  const dir = tempDir('swe-drill-corpus-');
  mkdirSync(join(dir, 'zz-fixtures'));
  writeFileSync(join(dir, 'zz-fixtures', 'zz-drill-fixture.md'), LESSON);
  return dir;
}
