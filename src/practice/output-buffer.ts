// What the learner's code prints while checks run: kept up to a cap, the rest counted and dropped.
// Pure: the sandbox child routes console calls and process.stdout/stderr writes into one of these.

export class CappedOutput {
  private text = '';
  private dropped = 0;

  constructor(readonly cap: number) {}

  write(chunk: string): void {
    const room = this.cap - this.text.length;
    if (room <= 0) {
      this.dropped += chunk.length;
      return;
    }
    if (chunk.length > room) {
      this.text += chunk.slice(0, room);
      this.dropped += chunk.length - room;
    } else this.text += chunk;
  }

  get truncated(): boolean {
    return this.dropped > 0;
  }

  /** the kept text, with a closing line saying how much was cut */
  toString(): string {
    if (!this.dropped) return this.text;
    const nl = this.text.endsWith('\n') || this.text === '' ? '' : '\n';
    return `${this.text}${nl}… output cut at ${formatBytes(this.cap)} (${formatBytes(this.dropped)} more dropped)\n`;
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
