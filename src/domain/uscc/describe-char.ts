// Renders one character for an error message: quoted when printable, as U+XXXX when it is not.

// Guarantees: returns "'c'" for visible characters and "U+XXXX" for whitespace, control and format characters.
export function describeChar(ch: string): string {
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch)) return `'${ch}'`;
  const cp = ch.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
