// GB 32100-2015 code alphabet (rulebook §9, USCC-01). The symbols are in ASCII order, so comparing
// two equal-length codes as strings orders them by value — orgBodyForSequence relies on that.

/** The 31 symbols of the USCC alphabet; a symbol's value is its index. I, O, S, V and Z are never used. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Letters that GB 32100-2015 never uses (they look like digits or other letters). */
export const USCC_FORBIDDEN_LETTERS = 'IOSVZ';

const USCC_CHARS = /^[0-9A-HJ-NPQRTUWXY]*$/;

// Guarantees: returns the value 0–30 of a single alphabet symbol, and -1 for anything else (including '' and multi-character strings).
export function usccCharValue(ch: string): number {
  return ch.length === 1 ? USCC_ALPHABET.indexOf(ch) : -1;
}

// Guarantees: true exactly when every character of `s` is a USCC alphabet symbol (true for '').
export function isUsccString(s: string): boolean {
  return USCC_CHARS.test(s);
}

// Guarantees: upper-cases ASCII a–z only and leaves every other character (and the length) unchanged,
// so non-ASCII look-alikes such as 'ﬀ' or 'ı' can never be turned into valid code characters.
export function toAsciiUpperCase(s: string): string {
  return s.replace(/[a-z]/g, (c) => c.toUpperCase());
}
