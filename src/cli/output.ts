/** Writes one JSON value as a line on stdout: the CLI's whole output contract. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
