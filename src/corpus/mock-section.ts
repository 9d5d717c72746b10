// Parse and check a lesson's `## Mock` section (the interviewer's sheet for `.mock`). Pure.
// The format is in docs/lesson-format.md: Prompt:, Minutes:, Stages:, Rubric: (one
// `- STAGE | WEIGHT | POINT | TERMS` line per item) and Strong answer: to the end of the section.
import type { MockRubricItem, MockSpec, Problem } from './types.ts';
import type { RawSection } from './markdown-blocks.ts';
// the words .mock matches notes by: the search's terms (stems, stop words dropped)

export type MockKind = 'design' | 'behavioral';

/** The system-design interview's stages and their default time boxes (minutes). */
export const DESIGN_STAGES: readonly { name: string; minutes: number }[] = [
  { name: 'requirements', minutes: 5 },
  { name: 'estimates', minutes: 5 },
  { name: 'api', minutes: 5 },
  { name: 'high-level', minutes: 10 },
  { name: 'deep-dive', minutes: 10 },
  { name: 'wrap-up', minutes: 5 },
];

/** The STAR rubric's stages of a behavioral answer (one timed box; no Stages line needed). */
export const STAR_STAGES = ['situation', 'actions', 'result', 'reflection', 'follow-up'] as const;

export const MOCK_STAGE_NAMES: Record<MockKind, readonly string[]> = {
  design: DESIGN_STAGES.map((s) => s.name),
  behavioral: STAR_STAGES,
};

export const DEFAULT_MOCK_MINUTES: Record<MockKind, number> = { design: 40, behavioral: 5 };

/** How many rubric items a mock should have; outside the range is a warning. */
export const RUBRIC_SIZE: Record<MockKind, { min: number; max: number }> = {
  design: { min: 8, max: 15 },
  behavioral: { min: 5, max: 10 },
};

/** A lesson's mock kind: behavioral lessons get a STAR mock, every other area a design one. */
export function mockKind(area: string): MockKind {
  return /^behaviou?ral$/i.test(area) ? 'behavioral' : 'design';
}

/** "High level", "wrap up", "deep_dive" -> the stage names' spelling. */
export function stageName(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

const KEY = /^\s*\**(prompt|minutes|stages|rubric|strong answer)\s*\**\s*:\s*\**\s*(.*)$/i;
const ITEM = /^\s*[-*+]\s+(.*)$/;

/**
 * The section's spec and every problem in it, each with the file and the line. The spec is left out
 * (null) when it has no prompt or no rubric item, so that `.mock` falls back to the Key Points.
 */
export function parseMockSection(sec: RawSection, file: string, kind: MockKind): { mock: MockSpec | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (level: Problem['level'], line: number, message: string) => problems.push({ level, file, line, message: `## Mock: ${message}` });
  const lines = sec.body.split('\n');
  const known = MOCK_STAGE_NAMES[kind];
  const knownList = known.join(', ');

  let state: 'none' | 'prompt' | 'rubric' | 'answer' = 'none';
  const seen = new Map<string, number>();
  const promptParts: string[] = [];
  const answerParts: string[] = [];
  const rubric: MockRubricItem[] = [];
  let promptLine = 0;
  let answerLine = 0;
  /** the file line of answerParts[0] */
  let answerFirst = 0;
  let rubricLine = 0;
  let minutes: number | undefined;
  let stages: { name: string; minutes: number }[] | undefined;
  let stagesLine = 0;

  lines.forEach((text, i) => {
    const line = sec.bodyLine + i;
    if (state === 'answer') {
      answerParts.push(text);
      return;
    }
    const key = KEY.exec(text);
    if (key) {
      const name = key[1]!.toLowerCase();
      const rest = key[2]!.replace(/\**\s*$/, '').trim();
      if (seen.has(name)) report('error', line, `"${key[1]}:" is given twice (first on line ${seen.get(name)})`);
      seen.set(name, line);
      state = 'none';
      if (name === 'prompt') {
        state = 'prompt';
        promptLine = line;
        if (rest) promptParts.push(rest);
      } else if (name === 'minutes') {
        const m = /^(\d+(?:\.\d+)?)\s*(?:m|min|mins|minutes?)?$/i.exec(rest);
        if (!m || !(Number(m[1]) > 0)) report('error', line, `Minutes: "${clip(rest)}" is not a number of minutes`);
        else minutes = Number(m[1]);
      } else if (name === 'stages') {
        stagesLine = line;
        stages = parseStages(rest, line, known, knownList, report);
      } else if (name === 'rubric') {
        state = 'rubric';
        rubricLine = line;
        if (rest) report('error', line, 'rubric items go on the lines below "Rubric:", one "- STAGE | WEIGHT | POINT | TERMS" a line');
      } else {
        state = 'answer';
        answerLine = line;
        answerFirst = rest ? line : line + 1;
        if (rest) answerParts.push(rest);
      }
      return;
    }
    if (text.trim() === '') {
      // a blank line ends the prompt's paragraph (one between "Prompt:" and its text does not)
      if (state === 'prompt' && promptParts.length) state = 'none';
      return;
    }
    if (state === 'prompt') {
      promptParts.push(text.trim());
    } else if (state === 'rubric') {
      const item = ITEM.exec(text);
      if (item) {
        const parsed = parseItem(item[1]!, line, known, knownList, report);
        if (parsed) rubric.push(parsed);
      } else {
        report('error', line, 'a rubric line must be an item "- STAGE | WEIGHT | POINT | TERMS"');
      }
    } else {
      report('warning', line, `line not understood (the section holds Prompt:, Minutes:, Stages:, Rubric: and Strong answer:): "${clip(text.trim())}"`);
    }
  });

  const prompt = promptParts.join(' ').replace(/\s+/g, ' ').trim();
  const answer = answerParts.join('\n').trim();
  if (!prompt) report('error', promptLine || sec.line, promptLine ? 'Prompt: is empty' : 'no "Prompt:" (the question the interviewer asks)');
  if (!answer) report('error', answerLine || sec.line, answerLine ? 'Strong answer: is empty' : `no "Strong answer:" (${kind === 'design' ? 'a numbered outline of a strong answer' : 'a model STAR answer'})`);
  if (rubric.length === 0) {
    // "Strong answer:" runs to the end of the section: a Rubric: after it is part of the answer
    const swallowed = answerParts.findIndex((l) => /^\s*\**rubric\s*\**\s*:/i.test(l));
    if (!rubricLine && swallowed >= 0) report('error', answerFirst + swallowed, '"Rubric:" comes after "Strong answer:", which runs to the end of the section: put the rubric before it');
    else if (!rubricLine) report('error', sec.line, 'no "Rubric:" (the points the answer is scored on)');
    else if (!problems.some((p) => p.line !== undefined && p.line > rubricLine && p.level === 'error')) report('error', rubricLine, 'Rubric: has no items');
  } else {
    const { min, max } = RUBRIC_SIZE[kind];
    if (rubric.length < min || rubric.length > max) {
      report('warning', rubricLine, `${rubric.length} rubric item${rubric.length === 1 ? '' : 's'}; a ${kind} mock needs ${min}-${max}`);
    }
  }
  if (stages && stages.length > 0) {
    const boxed = new Set(stages.map((s) => s.name));
    const missing = [...new Set(rubric.map((r) => r.stage).filter((st) => known.includes(st) && !boxed.has(st)))];
    if (missing.length) report('warning', stagesLine, `Stages: leaves out ${missing.join(', ')}, which rubric items are marked for`);
  }
  if (stages && stages.length > 0 && minutes !== undefined) {
    const total = stages.reduce((n, s) => n + s.minutes, 0);
    if (Math.abs(total - minutes) > 1e-9) report('warning', stagesLine, `the stages add up to ${total} minutes but Minutes: says ${minutes}`);
  }

  if (!prompt || rubric.length === 0) return { mock: null, problems };
  const mock: MockSpec = { prompt, rubric, answer, line: sec.line };
  if (minutes !== undefined) mock.minutes = minutes;
  if (stages && stages.length > 0) mock.stages = stages;
  return { mock, problems };
}

type Report = (level: Problem['level'], line: number, message: string) => void;

function parseStages(text: string, line: number, known: readonly string[], knownList: string, report: Report): { name: string; minutes: number }[] {
  const stages: { name: string; minutes: number }[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(.+?)\s+(\d+(?:\.\d+)?)\s*(?:m|min|mins|minutes?)?$/i.exec(part);
    if (!m) {
      report('error', line, `stage "${clip(part)}" is not "NAME MINUTES" (e.g. "requirements 5")`);
      continue;
    }
    const name = stageName(m[1]!);
    const minutes = Number(m[2]);
    if (!known.includes(name)) report('error', line, unknownStage(name, known, knownList));
    else if (stages.some((s) => s.name === name)) report('error', line, `stage "${name}" is given twice`);
    else if (!(minutes > 0)) report('error', line, `stage "${name}" needs more than 0 minutes`);
    else stages.push({ name, minutes });
  }
  if (!text.trim()) report('error', line, 'Stages: is empty (write "requirements 5, estimates 5, …" or drop the line)');
  return stages;
}

/** One rubric line. Items with a problem are still kept (the learner self-grades them) unless they have no point. */
function parseItem(text: string, line: number, known: readonly string[], knownList: string, report: Report): MockRubricItem | null {
  const fields = text.split('|').map((f) => f.trim());
  if (fields.length < 4) {
    report('error', line, `a rubric item needs four fields "STAGE | WEIGHT | POINT | TERMS"; this one has ${fields.length}`);
    return null;
  }
  const stage = stageName(fields[0]!);
  const weightText = fields[1]!;
  // a point may itself hold a "|": everything between the weight and the terms is the point
  const point = fields.slice(2, -1).join(' | ').trim();
  const terms = [...new Set(fields[fields.length - 1]!.split(',').map((t) => t.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean))];
  if (!stage) report('error', line, 'a rubric item has no stage');
  else if (!known.includes(stage)) report('error', line, unknownStage(stage, known, knownList));
  let weight = Number(weightText);
  if (!/^\d+$/.test(weightText) || weight < 1 || weight > 3) {
    report('error', line, `weight "${weightText}" must be 1, 2 or 3`);
    weight = 1;
  }
  if (!point) {
    report('error', line, 'a rubric item has no point (what a strong candidate says or asks)');
    return null;
  }
  if (terms.length === 0) report('error', line, 'a rubric item has no terms (the words whose mention in the notes pre-marks it)');
  return { stage, weight, point, terms, line };
}

function unknownStage(name: string, known: readonly string[], knownList: string): string {
  // "action" for "actions", "high" for "high-level", "wrapup" for "wrap-up"
  const squash = (s: string) => s.replace(/-/g, '');
  const near = squash(name) && known.find((k) => squash(k).startsWith(squash(name)) || squash(name).startsWith(squash(k)));
  return `unknown stage "${name}"${near ? ` (did you mean "${near}"?)` : ''}; the stages are ${knownList}`;
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
