import { readFileSync } from 'node:fs';
import { CliUsageError } from './cli-error.ts';

/** Reads one JSON document from FILE, or from standard input for `-` or no argument; a bad read or parse is a usage error. */
export function readJsonInput(command: string, args: string[]): unknown {
  if (args.length > 1) throw new CliUsageError(`${command}: give one FILE, or - (or nothing) for standard input`);
  const source = args[0] ?? '-';
  let text: string;
  try {
    text = readFileSync(source === '-' ? 0 : source, 'utf8');
  } catch (error) {
    throw new CliUsageError(`${command}: cannot read ${source === '-' ? 'standard input' : source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliUsageError(`${command}: the input is not JSON (${(error as Error).message})`);
  }
}
