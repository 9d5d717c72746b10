// One view per kind of outcome data, each loaded when its kind is first shown (so that none of
// them, nor what they draw with, loads before the prompt). The `satisfies ViewLoaders` check fails
// to compile when a kind declared in OutcomeData has no view here.
import type { ViewLoaders } from './view.ts';

export const views = {
  message: () => import('./message.ts').then((m) => m.messageView),
  help: () => import('./help.ts').then((m) => m.helpView),
  recommendation: () => import('./recommendation.ts').then((m) => m.recommendationView),
  today: () => import('./today.ts').then((m) => m.todayView),
  exercise: () => import('./practice.ts').then((m) => m.exerciseView),
  'exercise-matches': () => import('./practice.ts').then((m) => m.exerciseMatchesView),
  'practice-notes': () => import('./practice.ts').then((m) => m.practiceNotesView),
  check: () => import('./check.ts').then((m) => m.checkView),
  rubric: () => import('./check.ts').then((m) => m.rubricView),
  hint: () => import('./hint.ts').then((m) => m.hintView),
  solution: () => import('./solution.ts').then((m) => m.solutionView),
  exercises: () => import('./exercises.ts').then((m) => m.exercisesView),
  progress: () => import('./progress.ts').then((m) => m.progressView),
  'drill-summary': () => import('./drill-summary.ts').then((m) => m.drillSummaryView),
  plan: () => import('./plan.ts').then((m) => m.planView),
  'progress-export': () => import('./transfer.ts').then((m) => m.progressExportView),
  exported: () => import('./transfer.ts').then((m) => m.exportedView),
  imported: () => import('./transfer.ts').then((m) => m.importedView),
  hits: () => import('./hits.ts').then((m) => m.hitsView),
  lesson: () => import('./lesson.ts').then((m) => m.lessonView),
  matches: () => import('./lesson.ts').then((m) => m.matchesView),
  topics: () => import('./topics.ts').then((m) => m.topicsView),
  corpus: () => import('./corpus.ts').then((m) => m.corpusView),
  'corpus-check': () => import('./corpus-check.ts').then((m) => m.corpusCheckView),
  script: () => import('./script.ts').then((m) => m.scriptView),
  'mock-start': () => import('./mock.ts').then((m) => m.mockStartView),
  'mock-status': () => import('./mock.ts').then((m) => m.mockStatusView),
  'mock-result': () => import('./mock.ts').then((m) => m.mockResultView),
  'mock-history': () => import('./mock.ts').then((m) => m.mockHistoryView),
  'mock-transcript': () => import('./mock.ts').then((m) => m.mockTranscriptView),
} satisfies ViewLoaders;
