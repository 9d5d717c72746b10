// One view per kind of outcome data. The `satisfies Views` check fails to compile when a kind
// declared in OutcomeData has no view here.
import type { Views } from './view.ts';
import { messageView } from './message.ts';
import { helpView } from './help.ts';
import { recommendationView } from './recommendation.ts';
import { todayView } from './today.ts';
import { exerciseMatchesView, exerciseView, practiceNotesView } from './practice.ts';
import { checkView, rubricView } from './check.ts';
import { hintView } from './hint.ts';
import { solutionView } from './solution.ts';
import { exercisesView } from './exercises.ts';
import { progressView } from './progress.ts';
import { drillSummaryView } from './drill-summary.ts';
import { planView } from './plan.ts';
import { exportedView, importedView, progressExportView } from './transfer.ts';
import { hitsView } from './hits.ts';
import { lessonView, matchesView } from './lesson.ts';
import { topicsView } from './topics.ts';
import { corpusView } from './corpus.ts';
import { corpusCheckView } from './corpus-check.ts';
import { scriptView } from './script.ts';
import { mockHistoryView, mockResultView, mockStartView, mockStatusView, mockTranscriptView } from './mock.ts';

export const views = {
  message: messageView,
  help: helpView,
  recommendation: recommendationView,
  today: todayView,
  exercise: exerciseView,
  'exercise-matches': exerciseMatchesView,
  'practice-notes': practiceNotesView,
  check: checkView,
  rubric: rubricView,
  hint: hintView,
  solution: solutionView,
  exercises: exercisesView,
  progress: progressView,
  'drill-summary': drillSummaryView,
  plan: planView,
  'progress-export': progressExportView,
  exported: exportedView,
  imported: importedView,
  hits: hitsView,
  lesson: lessonView,
  matches: matchesView,
  topics: topicsView,
  corpus: corpusView,
  'corpus-check': corpusCheckView,
  script: scriptView,
  'mock-start': mockStartView,
  'mock-status': mockStatusView,
  'mock-result': mockResultView,
  'mock-history': mockHistoryView,
  'mock-transcript': mockTranscriptView,
} satisfies Views;
