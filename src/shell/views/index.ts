// One view per kind of outcome data. The `satisfies Views` check fails to compile when a kind
// declared in OutcomeData has no view here.
import type { Views } from './view.ts';
import { messageView } from './message.ts';
import { helpView } from './help.ts';
import { recommendationView } from './recommendation.ts';
import { progressView } from './progress.ts';
import { drillSummaryView } from './drill-summary.ts';
import { planView } from './plan.ts';
import { exportedView, importedView, progressExportView } from './transfer.ts';
import { mockHistoryView, mockResultView, mockStartView, mockStatusView, mockTranscriptView } from './mock.ts';

export const views = {
  message: messageView,
  help: helpView,
  recommendation: recommendationView,
  progress: progressView,
  'drill-summary': drillSummaryView,
  plan: planView,
  'progress-export': progressExportView,
  exported: exportedView,
  imported: importedView,
  'mock-start': mockStartView,
  'mock-status': mockStatusView,
  'mock-result': mockResultView,
  'mock-history': mockHistoryView,
  'mock-transcript': mockTranscriptView,
} satisfies Views;
