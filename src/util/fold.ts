// The one accent folding: lowercase, then each letter without its diacritics (NFKD, combining
// marks dropped), so "Résumé" and "resume" compare equal. Used by the search encoder, drill
// answer cues and heading slugs. Pure.

// plain ASCII (most lesson text) needs no Unicode work
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /[\u0300-\u036f]/g;

/** `text` lowercased and without accents ("Crème Brûlée" -> "creme brulee"). */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(MARKS, '') : lower;
}

/** Latin letters with diacritics (Latin-1 Supplement, Extended-A and -B, Extended Additional). */
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/g;
const baseLetter = (ch: string): string => (ch.length === 1 && ch.charCodeAt(0) >= 0xc0 ? (ch.normalize('NFKD')[0] ?? ch) : ch);

/**
 * fold() without changing the length, so offsets into the result are offsets into `text`: each
 * character becomes the first character of its lowercased NFKD form (for highlighting matches).
 */
export function foldKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  if (lower.length === text.length) return lower.replace(ACCENTED, baseLetter);
  // a character whose lowercase is longer (İ): go one character at a time
  let out = '';
  for (const ch of text) out += ch.length === 1 ? baseLetter(ch.toLowerCase()[0]!) : ch;
  return out;
}
