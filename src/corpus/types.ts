// Lesson types: the data every other part of swelearn reads. See docs/lesson-format.md.

import type { Problem } from '../errors.ts';
import { stripControl } from '../util/control-chars.ts';

export const FORMAT_VERSION = 1;

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Interview weight of a lesson (`priority:` in the frontmatter): 3 high (asked in most interviews),
 * 2 medium, 1 low (niche). A lesson without the field counts as medium. */
export type Priority = 1 | 2 | 3;
export const PRIORITY_NAMES: Record<Priority, string> = { 1: 'low', 2: 'medium', 3: 'high' };
export const DEFAULT_PRIORITY: Priority = 2;

/** A lesson's interview weight, 1..3 (medium when the file does not say). */
export function lessonPriority(lesson: { priority?: Priority }): Priority {
  return lesson.priority ?? DEFAULT_PRIORITY;
}

export const REQUIRED_SECTIONS = ['Overview', 'When to Use', 'Trade-offs & Gotchas', 'Key Points for Interviews'] as const;

/** Built-in areas in study-plan order; a user's folders add areas after these. */
export const AREAS: Record<string, string> = {
  'system-design': 'System design',
  'distributed-systems': 'Distributed systems',
  databases: 'Databases',
  networking: 'Networking',
  'os-concurrency': 'OS and concurrency',
  'data-structures': 'Data structures',
  algorithms: 'Algorithm patterns',
  behavioral: 'Behavioural',
};

export function areaName(area: string): string {
  return AREAS[area] ?? area.replace(/[-_]+/g, ' ');
}

export interface Section {
  heading: string;
  /** slug of the heading, e.g. "trade-offs-gotchas" */
  slug: string;
  /** markdown body without the heading line */
  body: string;
  /** 1-based line of the heading in the file */
  line: number;
}

export interface Card {
  /** stable: derived from lesson id + question */
  id: string;
  lessonId: string;
  kind: 'keypoint' | 'cloze' | 'qa';
  question: string;
  answer: string;
}

export interface Exercise {
  id: string;
  lessonId: string;
  title: string;
  /** markdown task text */
  prompt: string;
  starter: string;
  /** TypeScript check script; empty for a writing prompt */
  checks: string;
  solution: string;
  /** 'ts' or 'md' (writing prompts) */
  solutionLang: string;
  /** known-wrong solutions (```ts wrong <reason> blocks): the checks must reject every one */
  wrong: WrongSolution[];
  hints: string[];
  /** what a good answer to a writing prompt shows (> Criterion: lines), judged by the learner */
  criteria: string[];
  timeoutMs: number;
  memoryMb: number;
  line: number;
}

/** An exercise with checks to run (a writing prompt has none). The one place this rule is written. */
export function hasChecks(ex: Pick<Exercise, 'checks'>): boolean {
  return ex.checks.trim() !== '';
}

export interface WrongSolution {
  /** what is wrong with it, from the block's info string */
  reason: string;
  code: string;
  /** 1-based line of the block's opening fence */
  line: number;
}

/** One point of a mock interview's rubric (a `- STAGE | WEIGHT | POINT | TERMS` line of `## Mock`). */
export interface MockRubricItem {
  stage: string;
  /** 1-3 */
  weight: number;
  /** what a strong candidate says or asks, in one sentence */
  point: string;
  /** lowercase words and phrases whose mention in the learner's notes pre-marks the point */
  terms: string[];
  /** the item's line in the lesson file */
  line: number;
}

/** A lesson's `## Mock` section: the interviewer's sheet for `.mock` (see docs/lesson-format.md). */
export interface MockSpec {
  prompt: string;
  /** total minutes, when the section sets them */
  minutes?: number;
  /** time boxes, when the section sets them (design lessons; default: DESIGN_STAGES) */
  stages?: { name: string; minutes: number }[];
  rubric: MockRubricItem[];
  /** markdown: a numbered outline (design) or a model STAR answer (behavioral) */
  answer: string;
  /** 1-based line of the `## Mock` heading */
  line: number;
}

export interface Lesson {
  id: string;
  title: string;
  area: string;
  tags: string[];
  difficulty: Difficulty;
  /** minutes */
  minutes: number;
  /** as written in the file, e.g. "15min" */
  estimatedTime: string;
  prerequisites: string[];
  related: string[];
  /** prose sections (Drill, Exercise and Mock sections excluded) */
  sections: Section[];
  cards: Card[];
  exercises: Exercise[];
  path: string;
  /** true for lessons from the built-in corpus */
  builtin: boolean;
  /**
   * true when the lesson's code (starter, solution) may run in the shell's own process:
   * built-in lessons, and folders the learner trusted with `swelearn trust DIR`. An untrusted
   * lesson's code runs only in the sandbox.
   */
  trusted: boolean;
  /** `priority:` in the frontmatter (absent: medium; see lessonPriority) */
  priority?: Priority;
  /** `overrides: ID` in the frontmatter: this lesson replaces the one with that id (same as its own) */
  overrides?: string;
  /** the `## Mock` section, when the lesson has a usable one (a prompt and rubric items) */
  mock?: MockSpec;
}

// a lesson's problems are the error family's Problem (config files report them too)
export type { Problem, ProblemLevel } from '../errors.ts';

export function formatProblem(p: Problem): string {
  // a file name or a message may quote a hostile file: print none of its control characters
  return stripControl(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.level}: ${p.message}`);
}
