// The Porter (1980) stemmer for English: "caching", "cached" and "cache" all become "cach",
// so a query word finds the other forms. Pure; results are memoised because lesson text
// repeats the same words many times.

const c = '[^aeiou]';
const v = '[aeiouy]';
const C = `${c}[^aeiouy]*`;
const V = `${v}[aeiou]*`;
const mgr0 = new RegExp(`^(${C})?${V}${C}`); // m > 0
const meq1 = new RegExp(`^(${C})?${V}${C}(${V})?$`); // m = 1
const mgr1 = new RegExp(`^(${C})?${V}${C}${V}${C}`); // m > 1
const sV = new RegExp(`^(${C})?${v}`); // contains a vowel
const cvc = new RegExp(`^${C}${v}[^aeiouwxy]$`); // consonant-vowel-consonant, last not w/x/y

const STEP2: Record<string, string> = {
  ational: 'ate', tional: 'tion', enci: 'ence', anci: 'ance', izer: 'ize', bli: 'ble', alli: 'al',
  entli: 'ent', eli: 'e', ousli: 'ous', ization: 'ize', ation: 'ate', ator: 'ate', alism: 'al',
  iveness: 'ive', fulness: 'ful', ousness: 'ous', aliti: 'al', iviti: 'ive', biliti: 'ble', logi: 'log',
};
const STEP3: Record<string, string> = { icate: 'ic', ative: '', alize: 'al', iciti: 'ic', ical: 'ic', ful: '', ness: '' };
const STEP2_RE = /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const STEP3_RE = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
const STEP4_RE = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
const STEP4_ION = /^(.+?)(s|t)(ion)$/;

function porter(word: string): string {
  if (word.length < 3) return word;
  let w = word;
  const firstY = w[0] === 'y';
  if (firstY) w = 'Y' + w.slice(1);

  // step 1a
  let m: RegExpExecArray | null;
  if ((m = /^(.+?)(ss|i)es$/.exec(w))) w = m[1]! + m[2]!;
  else if ((m = /^(.+?)([^s])s$/.exec(w))) w = m[1]! + m[2]!;

  // step 1b
  if ((m = /^(.+?)eed$/.exec(w))) {
    if (mgr0.test(m[1]!)) w = w.slice(0, -1);
  } else if ((m = /^(.+?)(ed|ing)$/.exec(w))) {
    const stem = m[1]!;
    if (sV.test(stem)) {
      w = stem;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
      else if (cvc.test(w)) w += 'e';
    }
  }

  // step 1c
  if ((m = /^(.+?)y$/.exec(w)) && sV.test(m[1]!)) w = m[1]! + 'i';

  // step 2
  if ((m = STEP2_RE.exec(w)) && mgr0.test(m[1]!)) w = m[1]! + STEP2[m[2]!]!;

  // step 3
  if ((m = STEP3_RE.exec(w)) && mgr0.test(m[1]!)) w = m[1]! + STEP3[m[2]!]!;

  // step 4
  if ((m = STEP4_RE.exec(w))) {
    if (mgr1.test(m[1]!)) w = m[1]!;
  } else if ((m = STEP4_ION.exec(w))) {
    if (mgr1.test(m[1]! + m[2]!)) w = m[1]! + m[2]!;
  }

  // step 5
  if ((m = /^(.+?)e$/.exec(w))) {
    const stem = m[1]!;
    if (mgr1.test(stem) || (meq1.test(stem) && !cvc.test(stem))) w = stem;
  }
  if (/ll$/.test(w) && mgr1.test(w)) w = w.slice(0, -1);

  if (firstY) w = 'y' + w.slice(1);
  return w;
}

const memo = new Map<string, string>();

/** Stem one lowercase word. Words with digits are kept as they are ("http2", "2pc"). */
export function stem(word: string): string {
  let s = memo.get(word);
  if (s === undefined) {
    s = /[0-9]/.test(word) ? word : porter(word);
    if (memo.size > 200_000) memo.clear();
    memo.set(word, s);
  }
  return s;
}
