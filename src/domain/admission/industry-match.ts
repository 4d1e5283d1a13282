// NL-21: matching an applicant's GB/T 4754-2017 code to a negative-list measure, up and down the hierarchy.
// Codes are a section letter (A–T), a 2-digit division, a 3-digit group or a 4-digit class; a digit code's
// prefixes are its ancestors (7243 → 724 → 72), and a division's parent is its section letter.
//
// These are the plain, readable forms of the rule. checkAdmission does not call them per request: it uses
// the index prepareEditions builds (prepare-editions.ts), which gives the same answers — the tests hold
// the two to each other.

/** The section letter of any known GB/T 4754-2017 code (a letter is its own section); undefined when unknown. */
export type SectionOf = (code: string) => string | undefined;

/** What the admission check needs from the industry table. */
export interface IndustryLookup {
  sectionOf: SectionOf;
  isKnownCode: (code: string) => boolean;
}

/** One row of reference-data/industries/gbt4754-2017.csv (code,level,parent,name_zh); parent '' for a section. */
export interface IndustryRow {
  code: string;
  parent: string;
}

// Guarantees: true exactly for a one-character code, i.e. a section letter (codes are assumed well formed).
export function isSectionLetter(code: string): boolean {
  return code.length === 1;
}

// Guarantees (NL-21): two digit codes match when one is a prefix of the other (72 ~ 7243, 8626 ~ 862);
// a letter matches a digit code whose section (by sectionOf) is that letter, either way round; two letters
// match when equal. Symmetric in its two codes.
export function industryCodesMatch(applicantCode: string, measureCode: string, sectionOf: SectionOf): boolean {
  const applicantLetter = isSectionLetter(applicantCode);
  const measureLetter = isSectionLetter(measureCode);
  if (applicantLetter && measureLetter) return applicantCode === measureCode;
  if (applicantLetter) return sectionOf(measureCode) === applicantCode;
  if (measureLetter) return sectionOf(applicantCode) === measureCode;
  return applicantCode.length <= measureCode.length
    ? measureCode.startsWith(applicantCode)
    : applicantCode.startsWith(measureCode);
}

// Guarantees (NL-21): true when the applicant code matches one of the measure's codes, and also when the
// applicant gives a section letter equal to the section the list files the measure under (measure.section):
// a measure filed under R but mapped to an I code (FTZ 2021 No. 23: 6321) thus matches both 'R' and 'I'.
export function measureMatchesCode(
  applicantCode: string,
  measure: { section: string; industryCodes: readonly string[] },
  sectionOf: SectionOf,
): boolean {
  if (isSectionLetter(applicantCode) && measure.section === applicantCode) return true;
  return measure.industryCodes.some((code) => industryCodesMatch(applicantCode, code, sectionOf));
}

// Guarantees: a lookup over the given rows only: isKnownCode is true exactly for their codes; sectionOf gives
// a code's section by following parents up to a row without one (a letter is its own section), and undefined
// for a code not in the rows or whose chain is broken or cyclic. The rows are read once, here.
export function buildIndustryLookup(rows: Iterable<IndustryRow>): IndustryLookup {
  const parents = new Map<string, string>();
  for (const row of rows) parents.set(row.code, row.parent);
  const sections = new Map<string, string>();
  for (const code of parents.keys()) {
    let at = code;
    for (let depth = 0; depth < 5; depth += 1) {
      const parent = parents.get(at);
      if (parent === undefined) break;
      if (parent === '') {
        if (isSectionLetter(at)) sections.set(code, at);
        break;
      }
      at = parent;
    }
  }
  return {
    sectionOf: (code) => sections.get(code),
    isKnownCode: (code) => parents.has(code),
  };
}
