// Every dot-command, in the order .help lists them. Each also runs as a one-shot:
// `swelearn <name> ARGS` (see src/cli.ts).
import { register } from '../registry.ts';
import { help } from './help.ts';
import { topic } from './topic.ts';
import { topics } from './topics.ts';
import { find } from './find.ts';
import { checkCorpus } from './check-corpus.ts';
import { corpusCommand } from './corpus.ts';
import { practice } from './practice.ts';
import { check } from './check.ts';
import { hint } from './hint.ts';
import { solution } from './solution.ts';
import { edit } from './edit.ts';
import { exercises } from './exercises.ts';
import { drill } from './drill.ts';
import { next } from './next.ts';
import { today } from './today.ts';
import { progress } from './progress.ts';
import { plan } from './plan.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { completion } from './completion.ts';
import { mockCommand, say } from './mock.ts';

register([topic, topics, find, checkCorpus, corpusCommand, practice, check, hint, solution, edit, exercises, drill, mockCommand, say, today, next, progress, plan, exportCommand, importCommand, completion, help]);

export { commands, findCommand, NODE_COMMANDS, suggestCommand } from '../registry.ts';
