// Terminal-safe text: remove control characters from strings that come from files (lessons,
// file names) before anything can print them. A shared lesson must not be able to set the
// terminal title, clear the screen, write the clipboard (OSC 52) or make the terminal type a
// reply (CSI 6n, DCS). Pure.

// Whole escape sequences first, so their parameters do not stay behind as visible junk:
//   OSC, DCS, SOS, PM, APC (7-bit ESC ] P X ^ _ or 8-bit 0x9d 0x90 0x98 0x9e 0x9f) up to BEL or ST
//     (an unterminated one runs to the end of the line);
//   CSI (ESC [ or 0x9b) parameters, intermediates and a final byte;
//   any other ESC + one character (ESC c resets the terminal, ESC 7/8, charset selection…).
// Then every remaining C0 control except \n and \t, DEL, and every C1 control.
const SEQUENCES = /(?:\x1b[\]PX^_]|[\x90\x98\x9d-\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?|\x1b[ -~]?/g;
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
const ANY = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

/** `s` without control characters or escape sequences; \n and \t stay. */
export function stripControl(s: string): string {
  if (!ANY.test(s)) return s;
  return s.replace(SEQUENCES, '').replace(CONTROLS, '');
}

/** True when `s` holds a character stripControl would remove. */
export function hasControl(s: string): boolean {
  return ANY.test(s);
}

/**
 * Every string inside `value` (objects and arrays, walked in place) through stripControl.
 * For data parsed from a file: one pass covers every field any view may print.
 */
export function stripControlDeep<T>(value: T): T {
  if (typeof value === 'string') return stripControl(value) as T;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = stripControlDeep(value[i]);
    return value;
  }
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of Object.keys(obj)) obj[key] = stripControlDeep(obj[key]);
  }
  return value;
}
