// The form of the negative-list editions checkAdmission takes: sorted by effectiveFrom, each with an index from
// code prefixes to measures (NL-21) and every text precomputed, so that a check does one Map lookup per
// industry code (a handful the first time a code is seen, then memoised) — no regex, no scan of an edition's
// measures, no zod. Prepare once at start-up (or when an administrator loads an edition) and share the result;
// apart from that memo it is immutable.
import { editionReasons, reason, type EditionReasons } from './admission-reasons.ts';
import type { AdmissionReason, EditionSummary } from './admission-check-result.ts';
import { prepareCondition, type PreparedCondition } from './evaluate-condition.ts';
import { isSectionLetter, type SectionOf } from './industry-match.ts';
import { isIdentified, type Measure, type NegativeListEdition } from './negative-list-edition.ts';

export interface PreparedMeasure {
  readonly no: number;
  readonly section: string;
  readonly textZh: string;
  readonly textEn: string;
  readonly industryCodes: readonly string[];
  readonly conditions: readonly PreparedCondition[];
  /** NL-13 reasons, one per condition with a sunsetOn. */
  readonly lapsedReasons: ReadonlyMap<PreparedCondition, AdmissionReason>;
  /** NL-22 reasons for this measure as a hit: prohibited, restricted with all conditions met, or not. */
  readonly prohibitedReason: AdmissionReason;
  readonly restrictedMetReason: AdmissionReason;
  readonly restrictedUnmetReason: AdmissionReason;
}

export interface PreparedEdition {
  readonly summary: EditionSummary;
  /** Exact code (digit or letter) a measure lists → the measures listing it. */
  readonly exact: ReadonlyMap<string, readonly PreparedMeasure[]>;
  /** Proper prefix (2 or 3 digits) of a measure's digit code, or a section letter → the measures under it. */
  readonly under: ReadonlyMap<string, readonly PreparedMeasure[]>;
  /** Whether any measure lists a section letter (then a digit code must also be looked up by its section). */
  readonly hasLetterCodes: boolean;
  /**
   * §2.6: the edition is reconstructed and holds unidentified measures (FTZ 2018: Nos. 44–45), so "not listed"
   * is uncertain for sections B, M and R. Editions reconstructed only in wording (all four encoded editions
   * carry reconstructed: true) do not raise the doubt.
   */
  readonly notListedUncertain: boolean;
  readonly reasons: EditionReasons;
  /** matchesOf's memo: code → its measures. Bounded by MATCH_CACHE_LIMIT; the only mutable part. */
  readonly matchCache: Map<string, readonly PreparedMeasure[]>;
}

/** More codes than GB/T 4754-2017 has (1,971), so every known code stays cached. */
const MATCH_CACHE_LIMIT = 4096;

/** What checkAdmission takes: the editions, oldest first, and the section lookup the index was built with. */
export interface PreparedEditions {
  readonly editions: readonly PreparedEdition[];
  readonly sectionOf: SectionOf;
}

// Guarantees: the editions sorted by effectiveFrom, each indexed so that looking an applicant code up in
// exact (the code and its digit prefixes, and its section when hasLetterCodes) and under (the code) yields
// exactly the measures measureMatchesCode accepts. Throws when two editions share an effectiveFrom (NL-01
// would be ambiguous) or when a measure code has no section in sectionOf (the mapping and the industry table
// disagree, NL-20); the editions are assumed to have passed NegativeListEdition.
export function prepareEditions(editions: readonly NegativeListEdition[], sectionOf: SectionOf): PreparedEditions {
  const sorted = [...editions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  sorted.forEach((e, i) => {
    const next = sorted[i + 1];
    if (next !== undefined && next.effectiveFrom === e.effectiveFrom) {
      throw new Error(`editions ${e.code} and ${next.code} both take effect on ${e.effectiveFrom}`);
    }
  });
  return Object.freeze({ editions: Object.freeze(sorted.map((e) => prepareEdition(e, sectionOf))), sectionOf });
}

function prepareEdition(e: NegativeListEdition, sectionOf: SectionOf): PreparedEdition {
  const exact = new Map<string, PreparedMeasure[]>();
  const under = new Map<string, PreparedMeasure[]>();
  const add = (map: Map<string, PreparedMeasure[]>, key: string, m: PreparedMeasure): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [m]);
    else if (!list.includes(m)) list.push(m);
  };
  let hasLetterCodes = false;
  for (const raw of e.measures) {
    if (!isIdentified(raw)) continue; // §2.6: an unidentified measure matches nothing
    const m = prepareMeasure(raw, e);
    add(under, m.section, m);
    for (const code of m.industryCodes) {
      add(exact, code, m);
      if (isSectionLetter(code)) {
        hasLetterCodes = true;
        add(under, code, m);
        continue;
      }
      const section = sectionOf(code);
      if (section === undefined) throw new Error(`${e.code} No. ${m.no}: industry code ${code} is not in the industry table`);
      add(under, section, m);
      for (let length = 2; length < code.length; length += 1) add(under, code.slice(0, length), m);
    }
  }
  const summary: EditionSummary = Object.freeze({
    code: e.code,
    titleZh: e.titleZh,
    titleEn: e.titleEn,
    effectiveFrom: e.effectiveFrom,
    reconstructed: e.reconstructed,
  });
  const notListedUncertain = e.reconstructed && e.measures.some((m) => !isIdentified(m));
  const matchCache = new Map<string, readonly PreparedMeasure[]>();
  return Object.freeze({ summary, exact, under, hasLetterCodes, notListedUncertain, reasons: editionReasons(e), matchCache });
}

function prepareMeasure(m: Measure, e: NegativeListEdition): PreparedMeasure {
  const basis = `${e.titleZh}第 ${m.no} 项 (${e.instrument}, measure No. ${m.no})`;
  const conditions = m.restrictions.map(prepareCondition);
  const lapsedReasons = new Map<PreparedCondition, AdmissionReason>();
  m.restrictions.forEach((r, i) => {
    const c = conditions[i];
    if (r.sunsetOn === undefined || c === undefined) return;
    const scope = r.scopeZh === undefined ? '' : `（${r.scopeZh}）`;
    lapsedReasons.set(
      c,
      reason(
        'NL-13',
        `第 ${m.no} 项措施的 ${r.type}${r.percent === undefined ? '' : ` ${r.percent}%`} 条件${scope}自 ${r.sunsetOn} 起不再适用`,
        `measure No. ${m.no}: the ${r.type}${r.percent === undefined ? '' : ` ${r.percent}%`} condition${r.scopeEn === undefined ? '' : ` (${r.scopeEn})`} no longer applies from ${r.sunsetOn}`,
        basis,
      ),
    );
  });
  return Object.freeze({
    no: m.no,
    section: m.section,
    textZh: m.textZh,
    textEn: m.textEn,
    industryCodes: Object.freeze([...m.industryCodes]),
    conditions: Object.freeze(conditions),
    lapsedReasons,
    prohibitedReason: reason('NL-22', `属于第 ${m.no} 项特别管理措施（禁止类）：${m.textZh}`, `falls under measure No. ${m.no} (prohibited): ${m.textEn}`, basis),
    restrictedMetReason: reason(
      'NL-22',
      `属于第 ${m.no} 项特别管理措施（限制类），所列条件均已满足：${m.textZh}`,
      `falls under measure No. ${m.no} (restricted), every condition met: ${m.textEn}`,
      basis,
    ),
    restrictedUnmetReason: reason(
      'NL-22',
      `属于第 ${m.no} 项特别管理措施（限制类），有条件未满足（见各条件说明）：${m.textZh}`,
      `falls under measure No. ${m.no} (restricted), a condition is not met (see the conditions): ${m.textEn}`,
      basis,
    ),
  });
}

// Guarantees (NL-21): the measures the code matches, ordered by number, as a frozen array shared between
// calls (collectMatches, memoised per edition and code).
export function matchesOf(e: PreparedEdition, code: string, sectionOf: SectionOf): readonly PreparedMeasure[] {
  const cached = e.matchCache.get(code);
  if (cached !== undefined) return cached;
  const found: PreparedMeasure[] = [];
  collectMatches(e, code, sectionOf, found);
  found.sort((a, b) => a.no - b.no);
  const frozen = Object.freeze(found);
  if (e.matchCache.size < MATCH_CACHE_LIMIT) e.matchCache.set(code, frozen);
  return frozen;
}

// Guarantees (NL-21): appends to `into` each measure the code matches that is not already there, using only
// the edition's index: a letter by its section; a digit code by itself, its digit prefixes, the codes under
// it, and its section when some measure lists a letter.
export function collectMatches(e: PreparedEdition, code: string, sectionOf: SectionOf, into: PreparedMeasure[]): void {
  if (isSectionLetter(code)) {
    addAll(into, e.under.get(code));
    return;
  }
  addAll(into, e.exact.get(code));
  addAll(into, e.under.get(code));
  if (code.length > 2) addAll(into, e.exact.get(code.slice(0, 2)));
  if (code.length > 3) addAll(into, e.exact.get(code.slice(0, 3)));
  if (e.hasLetterCodes) {
    const section = sectionOf(code);
    if (section !== undefined) addAll(into, e.exact.get(section));
  }
}

function addAll(into: PreparedMeasure[], measures: readonly PreparedMeasure[] | undefined): void {
  if (measures === undefined) return;
  for (const m of measures) if (!into.includes(m)) into.push(m);
}
