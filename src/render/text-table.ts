// Recognise a plain-text table in a code block: a header row of words, and rows whose cells start
// at the header's columns (two or more spaces before each). Lessons draw comparison tables this
// way; too wide for the screen, they are shown as stacked records instead of being cut. Pure.

export interface TextTable {
  header: string[];
  rows: string[][];
}

// box drawing and ASCII boxes are diagrams, not tables
const DIAGRAM = /[│┌┐└┘├┤┬┴┼─═║]|\+-{2,}|\|/;

export function textTable(text: string): TextTable | null {
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines.length < 3 || lines.some((l) => DIAGRAM.test(l) || /^\s/.test(l))) return null;
  const head = lines[0]!;
  const starts = [0];
  for (let p = 2; p < head.length; p++) if (head[p] !== ' ' && head[p - 1] === ' ' && head[p - 2] === ' ') starts.push(p);
  if (starts.length < 2) return null;
  const cells = (line: string) => starts.map((p, i) => line.slice(p, starts[i + 1] ?? line.length).trim());
  const header = cells(head);
  if (header.some((h) => !/^[A-Za-z(]/.test(h))) return null;
  // every row leaves a space before each column start, and a cell never runs into the next one
  for (const line of lines.slice(1)) {
    for (const p of starts.slice(1)) if (line.length > p && line[p - 1] !== ' ') return null;
  }
  const rows: string[][] = [];
  for (const line of lines.slice(1)) {
    const row = cells(line);
    const prev = rows[rows.length - 1];
    // a row with empty cells continues the record above it (a cell's text went on a second line)
    if (prev && row.some((c) => !c)) {
      row.forEach((c, i) => {
        if (c) prev[i] = prev[i] ? `${prev[i]} ${c}` : c;
      });
    } else rows.push(row);
  }
  return rows.length >= 2 ? { header, rows } : null;
}
