// `swelearn completion bash|zsh|fish`: a completion script for the shell the user names. Pure:
// the commands, their flags (read off each command's usage line, the one place they are
// written), lesson and exercise ids, areas and tags come in; the script text goes out. The ids
// are written into the script, so it answers a Tab without starting node; regenerate it after
// adding lesson folders.

export const COMPLETION_SHELLS = ['bash', 'zsh', 'fish'] as const;
export type CompletionShell = (typeof COMPLETION_SHELLS)[number];

export interface CompletionData {
  /** one-shot subcommands: name, one-line summary, usage line */
  commands: { name: string; summary: string; usage: string }[];
  /** options every subcommand takes */
  globalFlags: string[];
  lessonIds: string[];
  exerciseIds: string[];
  areas: string[];
  tags: string[];
  difficulties: string[];
}

/** The flags a usage line names, e.g. `.find QUERY [--tag T] [--json]` -> ['--tag', '--json']. */
export function flagsOf(usage: string): string[] {
  return [...new Set(usage.match(/--[a-z][a-z-]*/g) ?? [])];
}

/** Flags that take a value, and what completes it. */
const VALUE_FLAGS: Record<string, 'areas' | 'tags' | 'difficulties' | 'dirs' | 'files' | 'none'> = {
  '--area': 'areas',
  '--tag': 'tags',
  '--difficulty': 'difficulties',
  '--corpus': 'dirs',
  '--data': 'dirs',
  '--anki': 'files',
  '--width': 'none',
  '--limit': 'none',
  '--new': 'none',
  '--interview': 'none',
  '--retention': 'none',
  '--minutes-per-day': 'none',
};

/** What a subcommand's positional argument completes to. */
function positional(name: string): 'lessons' | 'exercises' | 'shells' | 'dirs' | 'files' | 'none' {
  if (name === 'topic') return 'lessons';
  if (name === 'practice' || name === 'solution') return 'exercises';
  if (name === 'completion') return 'shells';
  if (name === 'check-corpus' || name === 'trust') return 'dirs';
  if (name === 'import' || name === 'export') return 'files';
  return 'none';
}

const words = (list: string[]) => list.filter((w) => /^[A-Za-z0-9._:+-]+$/.test(w)).join(' ');
const single = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function completionScript(shell: CompletionShell, data: CompletionData): string {
  if (shell === 'bash') return bashScript(data);
  if (shell === 'zsh') return zshScript(data);
  return fishScript(data);
}

/** The value lists as shell variables, one per kind (bash and zsh read them the same way). */
function valueVars(v: ReturnType<typeof valueLists>): string {
  return Object.entries(v)
    .map(([kind, list]) => `_swelearn_${kind}=${single(list)}`)
    .join('\n');
}

function valueLists(d: CompletionData) {
  return { areas: words(d.areas), tags: words(d.tags), difficulties: words(d.difficulties), lessons: words(d.lessonIds), exercises: words(d.exerciseIds), shells: COMPLETION_SHELLS.join(' ') };
}

function bashScript(d: CompletionData): string {
  const v = valueLists(d);
  const valueCase = Object.entries(VALUE_FLAGS)
    .map(([flag, kind]) => {
      const reply = kind === 'dirs' ? 'COMPREPLY=($(compgen -d -- "$cur"))' : kind === 'files' ? 'COMPREPLY=($(compgen -f -- "$cur"))' : kind === 'none' ? 'COMPREPLY=()' : `COMPREPLY=($(compgen -W "$_swelearn_${kind}" -- "$cur"))`;
      return `    ${flag}) ${reply}; return ;;`;
    })
    .join('\n');
  const flagCase = d.commands.map((c) => `    ${c.name}) flags="${[...flagsOf(c.usage), ...d.globalFlags].join(' ')}" ;;`).join('\n');
  const argCase = d.commands
    .map((c) => {
      const kind = positional(c.name);
      if (kind === 'none') return '';
      const reply = kind === 'dirs' ? 'COMPREPLY=($(compgen -d -- "$cur"))' : kind === 'files' ? 'COMPREPLY=($(compgen -f -- "$cur"))' : `COMPREPLY=($(compgen -W "$_swelearn_${kind}" -- "$cur"))`;
      return `    ${c.name}) ${reply} ;;`;
    })
    .filter(Boolean)
    .join('\n');
  const takesValue = Object.keys(VALUE_FLAGS).join('|');
  return `# bash completion for swelearn. Load it from ~/.bashrc:
#   source <(swelearn completion bash)
# or save it once: swelearn completion bash > ~/.local/share/bash-completion/completions/swelearn
_swelearn_commands=${single(d.commands.map((c) => c.name).join(' '))}
_swelearn_global=${single(d.globalFlags.join(' '))}
${valueVars(v)}

_swelearn() {
  local cur prev sub="" flags i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${takesValue}) ((i++)) ;;
      -*) ;;
      *) sub="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$prev" in
${valueCase}
  esac
  if [[ -z "$sub" ]]; then
    if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "$_swelearn_global --help --version" -- "$cur"))
    else COMPREPLY=($(compgen -W "$_swelearn_commands" -- "$cur")); fi
    return
  fi
  if [[ "$cur" == -* ]]; then
    case "$sub" in
${flagCase}
      *) flags="$_swelearn_global" ;;
    esac
    COMPREPLY=($(compgen -W "$flags --help" -- "$cur"))
    return
  fi
  case "$sub" in
${argCase}
  esac
}
complete -F _swelearn swelearn
`;
}

function zshScript(d: CompletionData): string {
  const v = valueLists(d);
  const described = d.commands.map((c) => single(`${c.name}:${c.summary.replace(/:/g, '\\:')}`)).join(' \\\n    ');
  const valueCase = Object.entries(VALUE_FLAGS)
    .map(([flag, kind]) => `    ${flag}) ${kind === 'dirs' ? '_files -/' : kind === 'files' ? '_files' : kind === 'none' ? ':' : `compadd -- \${=_swelearn_${kind}}`}; return ;;`)
    .join('\n');
  const flagCase = d.commands.map((c) => `    ${c.name}) flags=(${[...flagsOf(c.usage), ...d.globalFlags, '--help'].join(' ')}) ;;`).join('\n');
  const argCase = d.commands
    .map((c) => {
      const kind = positional(c.name);
      if (kind === 'none') return '';
      return `    ${c.name}) ${kind === 'dirs' ? '_files -/' : kind === 'files' ? '_files' : `compadd -- \${=_swelearn_${kind}}`} ;;`;
    })
    .filter(Boolean)
    .join('\n');
  return `#compdef swelearn
# zsh completion for swelearn. Load it from ~/.zshrc (after compinit):
#   source <(swelearn completion zsh)
# or save it as _swelearn in a folder on your $fpath.
${valueVars(v)}

_swelearn() {
  local -a commands flags
  local sub="" i=2
  commands=(
    ${described}
  )
  while (( i < CURRENT )); do
    case "\${words[i]}" in
      ${Object.keys(VALUE_FLAGS).join('|')}) (( i++ )) ;;
      -*) ;;
      *) sub="\${words[i]}"; break ;;
    esac
    (( i++ ))
  done
  case "\${words[CURRENT-1]}" in
${valueCase}
  esac
  if [[ -z "$sub" ]]; then
    if [[ "\${words[CURRENT]}" == -* ]]; then compadd -- ${d.globalFlags.join(' ')} --help --version
    else _describe 'command' commands; fi
    return
  fi
  if [[ "\${words[CURRENT]}" == -* ]]; then
    case "$sub" in
${flagCase}
      *) flags=(${d.globalFlags.join(' ')} --help) ;;
    esac
    compadd -- $flags
    return
  fi
  case "$sub" in
${argCase}
  esac
}
if (( $+functions[compdef] )); then compdef _swelearn swelearn; fi
`;
}

function fishScript(d: CompletionData): string {
  const v = valueLists(d);
  const lines = [
    '# fish completion for swelearn. Load it once:',
    '#   swelearn completion fish > ~/.config/fish/completions/swelearn.fish',
    'complete -c swelearn -f',
    ...d.globalFlags.map((f) => `complete -c swelearn -l ${f.slice(2)}${VALUE_FLAGS[f] === 'dirs' ? ' -r -a "(__fish_complete_directories)"' : VALUE_FLAGS[f] ? ' -x' : ''}`),
    ...d.commands.map((c) => `complete -c swelearn -n __fish_use_subcommand -a ${c.name} -d ${single(c.summary)}`),
  ];
  for (const c of d.commands) {
    const on = `-n '__fish_seen_subcommand_from ${c.name}'`;
    for (const f of flagsOf(c.usage)) {
      const kind = VALUE_FLAGS[f];
      const values = kind === 'areas' || kind === 'tags' || kind === 'difficulties' ? ` -x -a ${single(v[kind])}` : kind === 'dirs' ? ' -r -a "(__fish_complete_directories)"' : kind === 'files' ? ' -r -F' : kind ? ' -x' : '';
      lines.push(`complete -c swelearn ${on} -l ${f.slice(2)}${values}`);
    }
    const kind = positional(c.name);
    if (kind === 'lessons' || kind === 'exercises' || kind === 'shells') lines.push(`complete -c swelearn ${on} -a ${single(v[kind])}`);
    else if (kind === 'dirs') lines.push(`complete -c swelearn ${on} -a "(__fish_complete_directories)"`);
    else if (kind === 'files') lines.push(`complete -c swelearn ${on} -F`);
  }
  return lines.join('\n') + '\n';
}
