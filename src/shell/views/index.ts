// One view per kind of outcome data. The `satisfies Views` check fails to compile when a kind
// declared in OutcomeData has no view here.
import type { Views } from './view.ts';
import { messageView } from './message.ts';
import { helpView } from './help.ts';
import { recommendationView } from './recommendation.ts';
import { todayView } from './today.ts';

export const views = {
  message: messageView,
  help: helpView,
  recommendation: recommendationView,
  today: todayView,
} satisfies Views;
