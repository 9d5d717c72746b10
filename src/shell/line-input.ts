// Lines of input shared by the piped shell and commands that ask questions (.drill in line
// mode). When stdin is not a TTY the shell takes each line from here and runs it; a command that
// is running meanwhile calls read() and gets the lines after its own, so a script can answer
// its prompts:
//
//   .drill networking        <- run by the shell
//   101 Switching Protocols  <- read by .drill as the answer
//   3                        <- read by .drill as the grade
//   .progress                <- run by the shell once .drill returns
//
// One LineInput per session, kept in the shell state (lineInputFor).
import { createInterface, type Interface } from 'node:readline';



export class LineInput {
  private readonly lines: string[] = [];
  private readonly waiting: ((line: string | null) => void)[] = [];
  private ended = false;
  private rl: Interface | null = null;

  /** Read lines from a stream (readline 'line' events) until it ends. */
  static fromStream(input: NodeJS.ReadableStream): LineInput {
    const li = new LineInput();
    const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
    li.rl = rl;
    rl.on('line', (line) => li.push(line));
    rl.on('close', () => li.end());
    return li;
  }

  push(line: string): void {
    const w = this.waiting.shift();
    if (w) w(line);
    else this.lines.push(line);
  }

  /** no more input (EOF): pending and later reads get null */
  end(): void {
    this.ended = true;
    for (const w of this.waiting.splice(0)) w(null);
  }

  /** The next line, or null at the end of input. */
  read(): Promise<string | null> {
    const line = this.lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** The next line without taking it (null at the end of input): the piped shell looks ahead for method chains. */
  async peek(): Promise<string | null> {
    if (this.lines.length) return this.lines[0]!;
    if (this.ended) return null;
    const line = await new Promise<string | null>((resolve) => this.waiting.push(resolve));
    if (line !== null) this.lines.unshift(line);
    return line;
  }

  /** Stop reading the stream (a one-shot command is done with stdin). */
  close(): void {
    this.rl?.close();
    this.end();
  }
}

/** The session's line input, created on first use from session.input. */
export function lineInputFor(ctx: { streams: { input: NodeJS.ReadableStream }; state: { lines: LineInput | null } }): LineInput {
  let li = ctx.state.lines ?? undefined;
  if (!li) {
    li = LineInput.fromStream(ctx.streams.input);
    ctx.state.lines = li;
  }
  return li;
}
