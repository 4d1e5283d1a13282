// GB/T 4754-2017 codes on investment cases, matched against the codes of the investment datasets up and down the
// hierarchy as the negative list does (NL-21, industryCodesMatch of the admission check). A section letter needs
// the industry table (IndustryLookup) to be resolved; without one only digit codes are accepted.
import { z } from 'zod';
import { AppError } from '../app-error.ts';
import { industryCodesMatch, isSectionLetter, type IndustryLookup } from '../admission/industry-match.ts';
import { IndustryCode } from '../admission/negative-list-edition.ts';

/** The industry codes of a case: 1 to 20 GB/T 4754-2017 codes at any level (NL-20). */
export const CaseIndustryCodes = z.array(IndustryCode).min(1).max(20);

/** Optional context: the industry table, to accept section letters and refuse unknown codes. */
export interface IndustryOptions {
  industries?: IndustryLookup;
}

/** One match between a code of the case and a code of the data. */
export interface CodeHit {
  readonly caseCode: string;
  readonly dataCode: string;
  /** The case's code is coarser than the data's (e.g. 44 against 4414): the match is possible, not certain. */
  readonly coarser: boolean;
}

// Guarantees: returns when every code can be matched — with a lookup, every code is in the table; without one,
// no code is a section letter — else throws AppError INVALID_REQUEST with field 'industryCodes' naming the code.
export function checkIndustryCodes(codes: readonly string[], options: IndustryOptions = {}): void {
  for (const code of codes) {
    const { industries } = options;
    if (industries !== undefined && !industries.isKnownCode(code)) {
      throw new AppError('INVALID_REQUEST', { field: 'industryCodes', message: `unknown GB/T 4754-2017 industry code: ${code}`, details: { code } });
    }
    if (industries === undefined && isSectionLetter(code)) {
      throw new AppError('INVALID_REQUEST', {
        field: 'industryCodes',
        message: `section letter ${code} needs the industry table to be matched; give a division, group or class code`,
        details: { code },
      });
    }
  }
}

// Guarantees (NL-21): every (case code, data code) pair that matches up or down the hierarchy, in the order of the
// case codes then the data codes; `coarser` is true when the case code is a letter or shorter than the data code.
export function codeHits(caseCodes: readonly string[], dataCodes: readonly string[], options: IndustryOptions = {}): CodeHit[] {
  const sectionOf = options.industries?.sectionOf ?? (() => undefined);
  const hits: CodeHit[] = [];
  for (const caseCode of caseCodes) {
    for (const dataCode of dataCodes) {
      if (!industryCodesMatch(caseCode, dataCode, sectionOf)) continue;
      const coarser = isSectionLetter(caseCode) || caseCode.length < dataCode.length;
      hits.push(Object.freeze({ caseCode, dataCode, coarser }));
    }
  }
  return hits;
}
