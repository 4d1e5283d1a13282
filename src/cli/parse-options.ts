import { parseArgs } from 'node:util';
import type { ZodError } from 'zod';
import { CliUsageError } from './cli-error.ts';

type Spec = Record<string, 'string' | 'boolean'>;
type Parsed<S extends Spec> = { [K in keyof S]: S[K] extends 'string' ? string | undefined : boolean | undefined };

/** Parses `--name value` options strictly; an unknown option or a missing value is a usage error naming it. */
export function parseOptions<S extends Spec>(command: string, args: string[], spec: S, allowPositionals = false): Parsed<S> & { _: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: Object.fromEntries(Object.entries(spec).map(([k, type]) => [k, { type }])),
      strict: true,
      allowPositionals,
    });
    return { ...(values as Parsed<S>), _: positionals };
  } catch (error) {
    throw new CliUsageError(`${command}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The first zod issue as "--option problem" or "existing[2].status problem", using the CLI's option names. */
export function zodProblem(error: ZodError, optionNames: Record<string, string>): string {
  const issue = error.issues[0];
  const [head, ...rest] = issue?.path ?? [];
  const key = String(head ?? '');
  const path = (optionNames[key] ?? key) + rest.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return `${path} ${issue?.message ?? 'is invalid'}`;
}
