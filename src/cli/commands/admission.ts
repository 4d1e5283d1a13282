// `zimao admission check [FILE|-]`: the foreign-investment admission check (Trial Measures Art. 12) over the
// editions shipped in reference-data/negative-lists and the GB/T 4754-2017 table, without a database: the same
// domain code the server runs. (Editions an administrator loads into a database are used by the server.)
import { AdmissionCheckInput, buildIndustryLookup, checkAdmission, prepareEditions } from '../../domain/admission/index.ts';
import { readBundledEditions } from '../../server/features/admission/bundled-editions.ts';
import { readReferenceCsv } from '../../server/features/reference/reference-files.ts';
import { CliUsageError } from '../cli-error.ts';
import { printJson } from '../output.ts';
import { zodProblem } from '../parse-options.ts';
import { readJsonInput } from '../read-json-input.ts';

const COMMAND = 'admission check';

export function admissionCheck(args: string[]): number {
  const parsed = AdmissionCheckInput.safeParse(readJsonInput(COMMAND, args));
  if (!parsed.success) throw new CliUsageError(`${COMMAND}: ${zodProblem(parsed.error, {})}`);
  const lookup = buildIndustryLookup(readReferenceCsv('industries/gbt4754-2017.csv').content.map((r) => ({ code: r.code ?? '', parent: r.parent ?? '' })));
  const prepared = prepareEditions(readBundledEditions(), lookup.sectionOf);
  const result = checkAdmission(parsed.data, prepared, { isKnownCode: lookup.isKnownCode });
  printJson({
    edition: result.edition.code,
    outcome: result.outcome,
    compliant: result.compliant,
    measures: result.measures.map((m) => ({ no: m.no, type: m.type, text: m.textZh, textEn: m.textEn })),
    procedure: result.procedure,
    reasons: result.reasons.map((r) => ({ code: r.code, zh: r.zh, en: r.en, legalBasis: r.legalBasis })),
  });
  return 0;
}
