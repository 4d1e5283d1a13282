// `zimao open-data enterprises --out FILE`: the open-data snapshot of the register (gzip'd CSV, as GET
// /api/public/open-data/enterprises.csv.gz serves it) written to FILE, for a nightly job to publish. The file appears
// only when complete: it is written beside FILE under a temporary name and renamed, so a failure leaves no half file.
import { createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliUsageError } from '../cli-error.ts';
import { printJson } from '../output.ts';
import { parseOptions } from '../parse-options.ts';
import { withDatabase } from '../with-database.ts';

const COMMAND = 'open-data enterprises';

export async function openDataEnterprises(args: string[]): Promise<number> {
  const opts = parseOptions(COMMAND, args, { out: 'string' });
  if (!opts.out) throw new CliUsageError(`${COMMAND}: --out is required (the file to write, e.g. enterprises.csv.gz)`);
  const out = resolve(opts.out);
  if (!existsSync(dirname(out)) || !statSync(dirname(out)).isDirectory()) throw new CliUsageError(`${COMMAND}: --out: no folder ${dirname(out)}`);
  if (existsSync(out) && statSync(out).isDirectory()) throw new CliUsageError(`${COMMAND}: --out: ${out} is a folder; name a file`);
  const { writeEnterpriseSnapshot } = await import('../../server/features/enterprises/service.ts');
  const partial = `${out}.${process.pid}.partial`;
  try {
    const { rows } = await withDatabase((ctx) => writeEnterpriseSnapshot(ctx, createWriteStream(partial)));
    renameSync(partial, out);
    printJson({ file: out, rows, bytes: statSync(out).size });
    return 0;
  } finally {
    rmSync(partial, { force: true });
  }
}
