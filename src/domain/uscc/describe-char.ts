// Renders one character for an error message: quoted when printable, as U+XXXX when it is not.

const VISIBLE = /^[\p{L}\p{N}\p{P}\p{S}]$/u;

// Guarantees: returns "'c'" for visible characters and "U+XXXX" for whitespace, control and format characters.
export function describeChar(ch: string): string {
  if (VISIBLE.test(ch)) return `'${ch}'`;
  return codePointOf(ch);
}

// Guarantees: as describeChar, but quoted with Chinese single quotes ‘c’ for use in Chinese sentences.
export function describeCharZh(ch: string): string {
  if (VISIBLE.test(ch)) return `‘${ch}’`;
  return codePointOf(ch);
}

// Guarantees: "U+XXXX" (at least four upper-case hex digits) for the first code point of `ch`, "U+0000" for ''.
function codePointOf(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
