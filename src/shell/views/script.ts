// swelearn completion SHELL: the completion script, printed as is (it is code for the shell, not
// text for the learner: no wrapping, no colour); --json: {shell, script}.
import type { View } from './view.ts';

export interface ScriptData {
  shell: string;
  text: string;
}

declare module '../outcome.ts' {
  interface OutcomeData {
    script: ScriptData;
  }
}

export const scriptView: View<'script'> = {
  render: (d) => d.text,
  json: (d) => ({ shell: d.shell, script: d.text }),
};
