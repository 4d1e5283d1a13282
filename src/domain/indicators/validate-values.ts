// Checks the values an area authority (or the FTZ Office for the zone's own figures) submits for its indicators,
// one by one, and reports every problem with the value and field it is about, so a form or a workbook can show
// them all at once: a known raw indicator kept at this scope, a period of a kind the indicator is reported in that
// has ended, a number in the plausible range, a unit of the same dimension (converted into the indicator's unit),
// each value once, and a reason for every revision. Values equal to the current one are left out (no revision).
// Periods with no value between the first known one and the last submitted one are reported as missing.
import { findIndicator, findUnit, type Catalogue, type PeriodKind } from './catalogue.ts';
import { hasEnded, monthOfDate, parsePeriod, periodOf, periodsBetween, type Period } from './periods.ts';
import { ZONE } from './value-store.ts';

export interface SubmittedValue {
  indicatorCode: string;
  period: string;
  /** A number, or the text of a workbook cell. */
  value: number | string | null;
  /** The unit's code or Chinese name; the indicator's own unit when left out. */
  unit?: string | null | undefined;
  reason?: string | null | undefined;
}

export interface CurrentValue {
  value: number;
  status: 'approved' | 'pending';
}

export interface ValidationInput {
  catalogue: Catalogue;
  /** An area code, or CQFTZ for figures the FTZ Office enters for the whole zone. */
  scope: string;
  /** Today in Asia/Shanghai (YYYY-MM-DD): only ended periods may be reported. */
  today: string;
  /** The submission's reason, used for every revision that gives none of its own. */
  reason: string | null;
  /** The values already there (approved or awaiting approval), by `code|period`. */
  existing: ReadonlyMap<string, CurrentValue>;
}

export type ValueField = 'indicatorCode' | 'period' | 'value' | 'unit' | 'reason';

export interface ValueProblem {
  index: number;
  field: ValueField;
  zh: string;
  en: string;
}

export interface AcceptedValue {
  index: number;
  indicatorCode: string;
  period: string;
  periodKind: PeriodKind;
  /** In the indicator's unit. */
  value: number;
  enteredValue: number;
  enteredUnit: string;
  reason: string | null;
  previous: CurrentValue | null;
}

export interface MissingPeriods {
  indicatorCode: string;
  periods: string[];
}

export interface ValidationResult {
  accepted: AcceptedValue[];
  /** Indices of values equal to the current one: nothing to revise. */
  unchanged: number[];
  errors: ValueProblem[];
  missing: MissingPeriods[];
}

export const existingKey = (code: string, period: string) => `${code}|${period}`;
const KIND_ZH: Record<PeriodKind, string> = { month: '月度', quarter: '季度', year: '年度' };

/** Values are kept to six decimals: enough for 万亿元, and a converted 3000 亿元 stays 0.3 万亿元. */
export function roundValue(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

// Guarantees: every problem of every value is listed (index, field, zh, en); accepted values are in the indicator's
// unit and each names the value it revises; nothing is accepted twice.
export function validateValues(input: ValidationInput, values: readonly SubmittedValue[]): ValidationResult {
  const { catalogue, scope } = input;
  const accepted: AcceptedValue[] = [];
  const unchanged: number[] = [];
  const errors: ValueProblem[] = [];
  const seen = new Map<string, number>();
  values.forEach((v, index) => {
    const problem = (field: ValueField, zh: string, en: string) => errors.push({ index, field, zh, en });
    const before = errors.length;
    const indicator = findIndicator(catalogue, v.indicatorCode);
    if (!indicator) return problem('indicatorCode', `未知指标 ${v.indicatorCode}`, `unknown indicator ${v.indicatorCode}`);
    if (indicator.kind !== 'raw') {
      const how = indicator.kind === 'derived' ? ['由公式计算', 'derived by a formula'] : ['由 zimao 根据自身数据计算', 'computed by zimao from its own data'];
      return problem('indicatorCode', `${indicator.code} ${how[0]}，不能填报`, `${indicator.code} is ${how[1]}, not entered`);
    }
    if (indicator.entry === 'zone' && scope !== ZONE) problem('indicatorCode', `${indicator.code} 为全区口径，由自贸办按 CQFTZ 填报`, `${indicator.code} is a zone-wide figure entered by the FTZ Office for CQFTZ`);
    if (indicator.entry === 'area' && scope === ZONE) problem('indicatorCode', `${indicator.code} 由各片区填报，全区数为各片区之和`, `${indicator.code} is reported by the areas; the zone's figure is their sum`);
    const period = checkPeriod(input, v.period, indicator.entryPeriods, problem);
    const unit = checkUnit(catalogue, indicator.unit, v.unit, problem);
    const entered = checkNumber(v.value, problem);
    if (period) {
      const key = existingKey(indicator.code, period.text);
      const first = seen.get(key);
      if (first !== undefined) problem('period', `${indicator.code} ${period.text} 重复填报（第 ${first + 1} 项已填）`, `${indicator.code} ${period.text} is given twice (also item ${first + 1})`);
      else seen.set(key, index);
    }
    if (errors.length > before || !period || !unit || entered === null) return;
    const own = findUnit(catalogue, indicator.unit)!;
    const value = roundValue((entered * unit.factor) / own.factor);
    const { min, max } = indicator.range;
    const shown = `${min ?? '−∞'}–${max ?? '∞'} ${own.zh}`;
    if ((min !== null && value < min) || (max !== null && value > max)) return problem('value', `${value} ${own.zh} 超出合理范围 ${shown}`, `${value} ${own.en} lies outside the plausible range ${min ?? '−∞'}–${max ?? '∞'}`);
    if (own.integer && !Number.isInteger(value)) return problem('value', `${own.zh}数应为整数`, `a count of ${own.en} is a whole number`);
    const previous = input.existing.get(existingKey(indicator.code, period.text)) ?? null;
    if (previous && previous.value === value) {
      unchanged.push(index);
      return;
    }
    const reason = v.reason?.trim() || input.reason?.trim() || null;
    if (previous && !reason) {
      const state = previous.status === 'approved' ? ['已审核通过', 'approved'] : ['待审核', 'awaiting approval'];
      return problem('reason', `修改${state[0]}的数值 ${previous.value} 须说明理由`, `revising the ${state[1]} value ${previous.value} needs a reason`);
    }
    accepted.push({ index, indicatorCode: indicator.code, period: period.text, periodKind: period.kind, value, enteredValue: entered, enteredUnit: unit.code, reason, previous });
  });
  return { accepted, unchanged, errors, missing: errors.length > 0 ? [] : missingPeriods(input, accepted) };
}

type Problem = (field: ValueField, zh: string, en: string) => void;

function checkPeriod(input: ValidationInput, text: string, kinds: readonly PeriodKind[], problem: Problem): Period | null {
  const period = parsePeriod(String(text ?? '').trim());
  if (!period) {
    problem('period', `期间 “${text}” 应写作 YYYY-MM（月）、YYYY-Qn（季）或 YYYY（年）`, `period "${text}" must be YYYY-MM (month), YYYY-Qn (quarter) or YYYY (year)`);
    return null;
  }
  if (!kinds.includes(period.kind)) {
    problem('period', `该指标按${kinds.map((k) => KIND_ZH[k]).join('、')}填报，不接受${KIND_ZH[period.kind]}数`, `this indicator is reported by ${kinds.join(', ')}, not by ${period.kind}`);
    return null;
  }
  if (period.from < monthOfDate(`${input.catalogue.plan.entryFrom}-01`)) {
    problem('period', `期间早于填报起点 ${input.catalogue.plan.entryFrom}`, `the period is before the first reportable month ${input.catalogue.plan.entryFrom}`);
    return null;
  }
  if (!hasEnded(period, input.today)) {
    problem('period', `期间 ${period.text} 尚未结束，结束后再填报`, `the period ${period.text} has not ended yet; report it once it has`);
    return null;
  }
  return period;
}

function checkUnit(catalogue: Catalogue, own: string, given: string | null | undefined, problem: Problem) {
  const ownUnit = findUnit(catalogue, own)!;
  if (given === undefined || given === null || given.trim() === '') return ownUnit;
  const unit = findUnit(catalogue, given);
  if (!unit) {
    problem('unit', `未知单位 “${given}”`, `unknown unit "${given}"`);
    return null;
  }
  if (unit.dimension !== ownUnit.dimension) {
    problem('unit', `单位 ${unit.zh} 不能换算为该指标的单位 ${ownUnit.zh}`, `unit ${unit.en} cannot be converted into the indicator's unit ${ownUnit.en}`);
    return null;
  }
  return unit;
}

function checkNumber(raw: number | string | null, problem: Problem): number | null {
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    problem('value', '未填写数值', 'no value given');
    return null;
  }
  const n = typeof raw === 'number' ? raw : Number(raw.trim().replace(/,/g, ''));
  if (!Number.isFinite(n)) {
    problem('value', `“${raw}” 不是数字`, `"${raw}" is not a number`);
    return null;
  }
  return n;
}

/**
 * For each indicator and period kind submitted: the periods between the first known one (already there or now
 * submitted) and the last one submitted that have no value, neither their own nor one covering them.
 */
function missingPeriods(input: ValidationInput, accepted: readonly AcceptedValue[]): MissingPeriods[] {
  const known = new Set<string>([...input.existing.keys()]);
  for (const a of accepted) known.add(existingKey(a.indicatorCode, a.period));
  const out: MissingPeriods[] = [];
  const groups = new Map<string, AcceptedValue[]>();
  for (const a of accepted) groups.set(`${a.indicatorCode}|${a.periodKind}`, [...(groups.get(`${a.indicatorCode}|${a.periodKind}`) ?? []), a]);
  for (const [group, items] of groups) {
    const [code, kind] = group.split('|') as [string, PeriodKind];
    const has = (p: Period): boolean => known.has(existingKey(code, p.text));
    const covered = (p: Period): boolean => {
      if (has(p)) return true;
      if (p.kind !== 'year' && has(periodOf('year', p.from))) return true;
      if (p.kind === 'month' && has(periodOf('quarter', p.from))) return true;
      if (p.kind === 'month') return false;
      return periodsBetween(p.kind === 'year' ? 'quarter' : 'month', p.from, p.to).every(covered);
    };
    const ofKind = [...known].filter((k) => k.startsWith(`${code}|`)).map((k) => parsePeriod(k.slice(code.length + 1))).filter((p): p is Period => p?.kind === kind);
    const from = Math.min(...ofKind.map((p) => p.from));
    const to = Math.max(...items.map((a) => parsePeriod(a.period)!.to));
    const gaps = periodsBetween(kind, from, to).filter((p) => !covered(p)).map((p) => p.text);
    if (gaps.length > 0) out.push({ indicatorCode: code, periods: gaps });
  }
  return out;
}
