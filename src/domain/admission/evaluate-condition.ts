// The conditions of a measure (NL-16) read against an investment, and their zh/en explanations. The texts are
// built once per condition when an edition is prepared; a check only picks one of the frozen variants.
//
// Readings (the list gives thresholds, not formulas; each is a product choice):
// - Chinese share = 100 − foreignShare: every share not held by a foreign investor counts as Chinese. The
//   comparisons are made on foreignShare (Chinese ≥ x ⇔ foreign ≤ 100 − x) so that whole-number thresholds
//   meet no floating-point error at their boundary.
// - CN_CONTROL 中方控股: Chinese share > 50% (NL-16 working reading; the Catalogue's ≥ 51% is stricter).
// - CN_RELATIVE_CONTROL 中方相对控股: Chinese share > the largest single foreign investor's (with affiliates);
//   when that is not given, all foreign investors together stand in for it (conservative).
// - CN_MIN_SHARE x: Chinese ≥ x. FOREIGN_CAP x: foreign ≤ x. SINGLE_FOREIGN_CAP x: the largest single foreign
//   investor (else all foreign together) ≤ x.
// - JV_ONLY 限于合资、合作: a Chinese investor takes part: form jv or cooperation, or a company or partnership
//   with foreignShare < 100.
// - CN_LED 中方主导 and NATIONALITY: met unless the legal representative is declared foreign; the rest (board
//   make-up, the principal's nationality) is checked in registration, and the reason says so.
// - LISTED: met (restricted without a numeric condition; the sector licence decides). PROHIBITED: never met.
import type { AdmissionCheckInput } from './admission-check-input.ts';
import type { ConditionCheck } from './admission-check-result.ts';
import type { Restriction, RestrictionType } from './negative-list-edition.ts';

/** NL-12: the conditions that make a sector one "with an equity requirement". */
export const EQUITY_TYPES: ReadonlySet<RestrictionType> = new Set<RestrictionType>([
  'CN_CONTROL', 'CN_RELATIVE_CONTROL', 'CN_MIN_SHARE', 'FOREIGN_CAP', 'SINGLE_FOREIGN_CAP', 'JV_ONLY',
]);

/** A condition of an identified measure, ready to be read against an input. */
export interface PreparedCondition {
  readonly type: RestrictionType;
  readonly percent: number;
  readonly sunsetOn: string | undefined;
  readonly equity: boolean;
  /** Met, not met, and the same two when all foreign investors stand in for the largest (CN_RELATIVE_CONTROL, SINGLE_FOREIGN_CAP). */
  readonly checks: readonly [met: ConditionCheck, unmet: ConditionCheck, metByTotal: ConditionCheck, unmetByTotal: ConditionCheck];
}

/** An index into PreparedCondition.checks: even = met. */
export type ConditionOutcome = 0 | 1 | 2 | 3;

type Texts = readonly [zh: string, en: string];
const LARGEST_UNKNOWN: Texts = [
  '（未提供最大单一外国投资者持股比例，按外资合计比例从严计算）',
  " (the largest single foreign investor's share was not given; all foreign investors together are counted, conservatively)",
];
const IN_REGISTRATION: Texts = ['；其余条件在企业登记时核验', '; the rest is checked in registration'];

// Guarantees: the [met, unmet] zh/en texts for a restriction; each names the threshold the reading uses.
function textsFor(r: Restriction): readonly [met: Texts, unmet: Texts] {
  const p = r.percent ?? 0;
  switch (r.type) {
    case 'PROHIBITED':
      return [['禁止外商投资', 'foreign investment is prohibited'], ['禁止外商投资', 'foreign investment is prohibited']];
    case 'CN_CONTROL':
      return [
        ['中方合计持股超过 50%，满足中方控股（现行工作口径）', 'the Chinese side holds more than 50%: Chinese control met (working reading)'],
        ['中方合计持股未超过 50%，不满足中方控股', 'the Chinese side holds 50% or less: Chinese control (more than 50%) not met'],
      ];
    case 'CN_RELATIVE_CONTROL':
      return [
        ['中方合计持股高于最大单一外国投资者（含关联方），满足中方相对控股', "the Chinese side's combined share exceeds the largest single foreign investor's (with affiliates): relative control met"],
        ['中方合计持股未高于最大单一外国投资者（含关联方），不满足中方相对控股', "the Chinese side's combined share does not exceed the largest single foreign investor's: relative control not met"],
      ];
    case 'CN_MIN_SHARE':
      return [
        [`中方合计持股不低于 ${p}%`, `the Chinese side holds at least ${p}%`],
        [`中方合计持股低于 ${p}%，不满足要求`, `the Chinese side holds less than ${p}%: not met`],
      ];
    case 'FOREIGN_CAP':
      return [
        [`外资合计持股不超过 ${p}%`, `foreign investors together hold at most ${p}%`],
        [`外资合计持股超过 ${p}%，不满足要求`, `foreign investors together hold more than ${p}%: not met`],
      ];
    case 'SINGLE_FOREIGN_CAP':
      return [
        [`单一外国投资者（含关联方）持股不超过 ${p}%`, `one foreign investor with its affiliates holds at most ${p}%`],
        [`单一外国投资者（含关联方）持股超过 ${p}%，不满足要求`, `one foreign investor with its affiliates holds more than ${p}%: not met`],
      ];
    case 'JV_ONLY':
      return [
        ['有中方投资者参与（合资、合作），满足限于合资、合作', 'a Chinese investor takes part: joint venture or cooperation only, met'],
        ['无中方投资者参与，不满足限于合资、合作', 'no Chinese investor takes part: joint venture or cooperation only, not met'],
      ];
    case 'CN_LED':
      return [
        ['未申报外籍法定代表人；中方主导的其他条件（如中方理事会成员不少于二分之一）在企业登记时核验', 'no foreign legal representative declared; the other Chinese-led conditions (e.g. Chinese board members at least half) are checked in registration'],
        ['法定代表人为外国籍，不满足中方主导', 'the legal representative is a foreign national: Chinese-led not met'],
      ];
    case 'NATIONALITY': {
      const who: Texts = r.officer === 'principal' ? ['校长或主要负责人须为中国籍', 'the principal must be a PRC national'] : ['法定代表人须为中国籍', 'the legal representative must be a PRC national'];
      return [
        [`未申报外籍法定代表人（${who[0]}）${IN_REGISTRATION[0]}`, `no foreign legal representative declared (${who[1]})${IN_REGISTRATION[1]}`],
        [`法定代表人为外国籍，不满足要求（${who[0]}）`, `the legal representative is a foreign national: not met (${who[1]})`],
      ];
    }
    case 'LISTED':
      return [
        ['限制类措施，无持股比例条件，由行业主管部门依法许可', 'restricted without a numeric condition: the sector licence decides'],
        ['限制类措施，无持股比例条件，由行业主管部门依法许可', 'restricted without a numeric condition: the sector licence decides'],
      ];
  }
}

// Guarantees: a frozen ConditionCheck carrying only the restriction's defined optional fields; the scope, when
// given, opens the reason (the strict NL-22 reading checks every scope, so the reason must say which one).
function conditionCheck(r: Restriction, met: boolean, [zh, en]: Texts, extra: Texts | null): ConditionCheck {
  const scopeZh = r.scopeZh === undefined ? '' : `${r.scopeZh}：`;
  const scopeEn = r.scopeEn ?? r.scopeZh;
  const check: { -readonly [K in keyof ConditionCheck]: ConditionCheck[K] } = {
    type: r.type,
    met,
    reasonZh: `${scopeZh}${zh}${extra?.[0] ?? ''}`,
    reasonEn: `${scopeEn === undefined ? '' : `${scopeEn}: `}${en}${extra?.[1] ?? ''}`,
  };
  if (r.percent !== undefined) check.percent = r.percent;
  if (r.officer !== undefined) check.officer = r.officer;
  if (r.scopeZh !== undefined) check.scopeZh = r.scopeZh;
  if (r.scopeEn !== undefined) check.scopeEn = r.scopeEn;
  return Object.freeze(check);
}

// Guarantees: the restriction with its four frozen answers precomputed; PROHIBITED's "met" variants are unmet too
// (conditionOutcome never picks them).
export function prepareCondition(r: Restriction): PreparedCondition {
  const [metTexts, unmetTexts] = textsFor(r);
  const canMeet = r.type !== 'PROHIBITED';
  return {
    type: r.type,
    percent: r.percent ?? 0,
    sunsetOn: r.sunsetOn,
    equity: EQUITY_TYPES.has(r.type),
    checks: Object.freeze([
      conditionCheck(r, canMeet, metTexts, null),
      conditionCheck(r, false, unmetTexts, null),
      conditionCheck(r, canMeet, metTexts, LARGEST_UNKNOWN),
      conditionCheck(r, false, unmetTexts, LARGEST_UNKNOWN),
    ] as const),
  };
}

// Guarantees: the condition read against the input under the readings above, as an index into c.checks:
// even = met, odd = not met; 2 and 3 when all foreign investors stood in for the largest one. No allocation.
export function conditionOutcome(c: PreparedCondition, input: AdmissionCheckInput): ConditionOutcome {
  const foreign = input.foreignShare;
  switch (c.type) {
    case 'PROHIBITED':
      return 1;
    case 'CN_CONTROL':
      return foreign < 50 ? 0 : 1;
    case 'CN_RELATIVE_CONTROL': {
      const largest = input.largestForeignInvestorShare;
      if (largest === undefined) return 100 - foreign > foreign ? 2 : 3;
      return 100 - foreign > largest ? 0 : 1;
    }
    case 'CN_MIN_SHARE':
      return foreign <= 100 - c.percent ? 0 : 1;
    case 'FOREIGN_CAP':
      return foreign <= c.percent ? 0 : 1;
    case 'SINGLE_FOREIGN_CAP': {
      const largest = input.largestForeignInvestorShare;
      if (largest === undefined) return foreign <= c.percent ? 2 : 3;
      return largest <= c.percent ? 0 : 1;
    }
    case 'JV_ONLY': {
      const form = input.form;
      const chineseTakesPart = form === 'jv' || form === 'cooperation' || ((form === 'company' || form === 'partnership') && foreign < 100);
      return chineseTakesPart ? 0 : 1;
    }
    case 'CN_LED':
    case 'NATIONALITY':
      return input.legalRepresentativeForeign === true ? 1 : 0;
    case 'LISTED':
      return 0;
  }
}

// Guarantees: the frozen ConditionCheck for the input (c.checks[conditionOutcome(c, input)]).
export function evaluateCondition(c: PreparedCondition, input: AdmissionCheckInput): ConditionCheck {
  return c.checks[conditionOutcome(c, input)];
}
