// The PRC citizen identity number (GB 11643-1999): 17 digits and a check character, ISO 7064 MOD 11-2 with the
// weights 2^(17-i) mod 11; the check value 10 is written X. Formal review refuses a number that cannot be right.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** Why the number cannot be a citizen identity number, or null when it can (format, birth date, check character). */
export function residentIdProblem(id: string): string | null {
  if (!/^\d{17}[\dX]$/.test(id)) return 'must be 18 characters: 17 digits and a digit or X';
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== birth || birth < '1900-01-01') return `the birth date ${birth} is not a real date`;
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return 'the check character does not match (GB 11643-1999)';
  return null;
}
