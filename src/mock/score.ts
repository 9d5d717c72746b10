// A mock's score out of 100, with the parts it is made of (shown in the transcript). Pure.
//
// coding:  correctness 70 (share of the full checks passed, averaged over the exercises)
//          + time 20 (for each exercise fully solved; full marks up to half the time, falling
//            to half marks at the end of the time)
//          + 10, less 5 for each hint taken (never below 0 in all)
// design and behavioral: the weights of the rubric points confirmed, over all the weights.

export interface ScorePart {
  label: string;
  points: number;
  max: number;
}

export interface Score {
  /** 0–100, whole */
  score: number;
  parts: ScorePart[];
}

export interface CodingRun {
  exerciseId: string;
  /** checks declared by the full run (0: it could not run) */
  total: number;
  passed: number;
}

export const HINT_COST = 5;

const round1 = (n: number) => Math.round(n * 10) / 10;
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

export function codingScore(runs: CodingRun[], usedMs: number, totalMs: number, hints: number): Score {
  const shares = runs.map((r) => (r.total > 0 ? clamp(r.passed / r.total, 0, 1) : 0));
  const correctness = shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : 0;
  const solved = shares.length ? shares.filter((s) => s === 1).length / shares.length : 0;
  const used = totalMs > 0 ? clamp(usedMs / totalMs, 0, 1) : 1;
  const pace = clamp(1.5 - used, 0.5, 1);
  const parts: ScorePart[] = [
    { label: 'correctness', points: round1(70 * correctness), max: 70 },
    { label: 'time', points: round1(20 * solved * pace), max: 20 },
    { label: `hints (${hints} × −${HINT_COST})`, points: Math.max(0, 10 - HINT_COST * hints), max: 10 },
  ];
  // hints beyond the 10 points cost correctness points too
  const extra = Math.max(0, HINT_COST * hints - 10);
  const total = parts.reduce((t, p) => t + p.points, 0) - extra;
  if (extra) parts.push({ label: 'more hints', points: -extra, max: 0 });
  return { score: Math.round(clamp(total, 0, 100)), parts };
}

export interface Mark {
  weight: number;
  /** the learner confirmed the point was covered */
  covered: boolean;
}

/** Design and behavioural mocks: the weights of the points confirmed, out of 100. */
export function rubricScore(marks: Mark[]): Score {
  const max = marks.reduce((t, m) => t + m.weight, 0);
  const got = marks.reduce((t, m) => t + (m.covered ? m.weight : 0), 0);
  const score = max > 0 ? Math.round((100 * got) / max) : 0;
  return { score, parts: [{ label: `rubric points covered (${marks.filter((m) => m.covered).length}/${marks.length}, weighted)`, points: got, max }] };
}
