// Indicator observations for `zimao generate` (issue 8: "indicator observations per area and month over 10 years"):
// every raw indicator of reference-data/plan/indicators.json, monthly (quarterly where only quarters are reported),
// for each area (or CQFTZ for the zone's own figures), as the indicators feature stores an approved submission: one
// submission per scope and month by its area officer (the FTZ Office for CQFTZ), approved by another officer of the
// FTZ Office (four eyes), each value with its `submitted` and `approved` history. The values pass validateValues,
// the check every submission passes. Months before the catalogue's first reportable month are not generated.
// The figures are invented (a trend of about 8 % a year, seasonality, noise): bench data, not statistics.
import type { CivilDate } from '../../domain/calendar/index.ts';
import { findUnit, validateValues, ZONE, type Catalogue, type Indicator, type SubmittedValue } from '../../domain/indicators/index.ts';
import type { BulkWriter, Cell } from './bulk-insert.ts';
import { Prng } from './prng.ts';

const SUBMISSION_COLUMNS = ['id', 'area_code', 'channel', 'value_count', 'status', 'submitted_by', 'submitted_at', 'decided_by', 'decided_at'];
const VALUE_COLUMNS = ['id', 'indicator_code', 'area_code', 'period', 'period_kind', 'approved_value', 'approved_submission_id', 'approved_at', 'revision'];
const HISTORY_COLUMNS = ['value_id', 'submission_id', 'event', 'revision', 'old_value', 'new_value', 'entered_value', 'entered_unit', 'actor_account_id', 'at'];

/** A month's level of each unit at the start of the series, for an area of scale 1. */
const MONTHLY_LEVEL: Readonly<Record<string, number>> = { USD_100M: 1.2, CNY_100M: 40, CNY_TN: 0.02, TEU_10K: 0.8, TONNE_10K: 0.5 };
const SCOPE_SCALE: Readonly<Record<string, number>> = { LJ: 1, XY: 0.4, GYG: 0.3, [ZONE]: 3 };
const SEASON = [0.9, 0.75, 1, 1, 1, 1.02, 1, 1, 1.03, 1, 1.05, 1.15];

export interface IndicatorsInput {
  writer: BulkWriter;
  seed: number;
  asOf: CivilDate;
  months: number;
  catalogue: Catalogue;
  /** Who submits for each scope (an area officer, or the FTZ Office for CQFTZ). */
  submitterByScope: ReadonlyMap<string, number>;
  /** The FTZ Office officer who approves: never a submitter. */
  approverId: number;
  /** Keys `code|scope|period` already in indicator_values (another run, the demo): left alone. */
  existing: ReadonlySet<string>;
}

export interface IndicatorsResult {
  submissions: number;
  values: number;
  history: number;
  firstMonth: string | null;
  lastMonth: string | null;
}

const monthText = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
const monthIndex = (text: string) => Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;

function poisson(prng: Prng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = prng.next(); p > limit; p *= prng.next()) k += 1;
  return k;
}

/** One scope's series of an indicator: month index → value in the indicator's unit. */
function series(prng: Prng, indicator: Indicator, integer: boolean, scope: string, first: number, last: number, periods: 'month' | 'quarter') {
  const scale = SCOPE_SCALE[scope] ?? 0.5;
  const values = new Map<number, number>();
  let stock = Math.round((indicator.unit === 'INSTITUTIONS' ? 150 : 30) * scale);
  for (let m = first; m <= last; m++) {
    const years = (m - first) / 12;
    if (indicator.measure === 'stock') {
      stock += poisson(prng, 0.8 * scale);
      values.set(m, stock);
      continue;
    }
    if (periods === 'quarter' && m % 3 !== 2) continue;
    const span = periods === 'quarter' ? 3 : 1;
    if (integer) {
      values.set(m, poisson(prng, 0.4 * scale * span * 1.05 ** years));
      continue;
    }
    const level = (MONTHLY_LEVEL[indicator.unit] ?? 1) * scale * span * 1.08 ** years * SEASON[m % 12]! * (0.9 + 0.2 * prng.next());
    values.set(m, Math.round(level * 10_000) / 10_000);
  }
  return values;
}

const dayOf = (text: string, asOf: CivilDate) => (text < asOf ? text : asOf);

export async function generateIndicators(input: IndicatorsInput): Promise<IndicatorsResult> {
  const { catalogue, asOf, writer } = input;
  const last = monthIndex(asOf) - 1;
  const first = Math.max(last - input.months + 1, monthIndex(`${catalogue.plan.entryFrom}-01`));
  if (first > last) return { submissions: 0, values: 0, history: 0, firstMonth: null, lastMonth: null };
  // Per scope and month: the values one submission carries.
  const bySubmission = new Map<string, SubmittedValue[]>();
  for (const indicator of catalogue.indicators) {
    if (indicator.kind !== 'raw') continue;
    const periods = indicator.entryPeriods.includes('month') ? 'month' : indicator.entryPeriods.includes('quarter') ? 'quarter' : null;
    if (!periods) continue;
    const integer = Boolean(findUnit(catalogue, indicator.unit)?.integer);
    for (const scope of indicator.entry === 'zone' ? [ZONE] : catalogue.areas) {
      const prng = new Prng(input.seed, `indicator|${indicator.code}|${scope}`);
      for (const [m, value] of series(prng, indicator, integer, scope, first, last, periods)) {
        const period = periods === 'month' ? monthText(m) : `${Math.floor(m / 12)}-Q${Math.floor((m % 12) / 3) + 1}`;
        if (input.existing.has(`${indicator.code}|${scope}|${period}`)) continue;
        const key = `${scope}|${m}`;
        bySubmission.set(key, [...(bySubmission.get(key) ?? []), { indicatorCode: indicator.code, period, value }]);
      }
    }
  }
  const keys = [...bySubmission.keys()];
  const submissionIds = await writer.reserveIds('indicator_submissions', 'id', keys.length);
  const submissions: Cell[][] = [];
  const values: Cell[][] = [];
  const history: Cell[][] = [];
  const valueIds = await writer.reserveIds('indicator_values', 'id', [...bySubmission.values()].reduce((n, v) => n + v.length, 0));
  let nextValue = 0;
  keys.forEach((key, i) => {
    const [scope, m] = [key.split('|')[0]!, Number(key.split('|')[1])];
    const checked = validateValues({ catalogue, scope, today: asOf, reason: null, existing: new Map() }, bySubmission.get(key)!);
    if (checked.errors.length > 0) throw new Error(`generated indicator values refused: ${checked.errors.map((e) => e.en).join('; ')}`);
    // Reported on the 10th of the next month, approved on the 15th (never after the day the data is generated for).
    const next = monthText(m + 1);
    const submittedAt = `${dayOf(`${next}-10`, asOf)}T10:00:00+08:00`;
    const decidedAt = `${dayOf(`${next}-15`, asOf)}T15:00:00+08:00`;
    const submittedBy = input.submitterByScope.get(scope)!;
    const id = submissionIds[i]!;
    submissions.push([id, scope, 'form', checked.accepted.length, 'approved', submittedBy, submittedAt, input.approverId, decidedAt]);
    for (const a of checked.accepted) {
      const valueId = valueIds[nextValue++]!;
      values.push([valueId, a.indicatorCode, scope, a.period, a.periodKind, a.value, id, decidedAt, 1]);
      history.push([valueId, id, 'submitted', 1, null, a.value, a.enteredValue, a.enteredUnit, submittedBy, submittedAt]);
      history.push([valueId, id, 'approved', 1, null, a.value, null, null, input.approverId, decidedAt]);
    }
  });
  await writer.copy('indicator_submissions', SUBMISSION_COLUMNS, submissions);
  await writer.copy('indicator_values', VALUE_COLUMNS, values);
  await writer.copy('indicator_value_history', HISTORY_COLUMNS, history);
  return { submissions: submissions.length, values: values.length, history: history.length, firstMonth: monthText(first), lastMonth: monthText(last) };
}
