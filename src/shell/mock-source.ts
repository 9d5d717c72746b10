// Where the study plan learns about mock interviews: whether a .mock command exists, and the past
// mocks from the store (a store that keeps them has `mockHistory()`; see study/mock-due.ts).
import type { ProgressStore } from '../progress/types.ts';
import type { MockRecordLite, MockState } from '../study/mock-due.ts';
import { findCommand } from './registry.ts';

export function mockSource(store: ProgressStore): Omit<MockState, 'interviewDay'> | undefined {
  if (!findCommand('mock')) return undefined;
  const history = (store as { mockHistory?: () => MockRecordLite[] }).mockHistory;
  return { available: true, mocks: history ? history.call(store) : [] };
}
