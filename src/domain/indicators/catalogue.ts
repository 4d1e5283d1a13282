// The indicator catalogue as data (reference-data/plan/indicators.json): units with their conversions, indicators
// (raw: entered by the areas or the FTZ Office; derived: a formula over others; computed: from zimao's own register
// and files), the Plan's targets T01–T22 (Industrial Development Plan 2018–2020, section II.(I)), the numeric 2017
// baselines B01–B07 and the traffic-light boundaries. The server reads the file and passes it in; nothing here
// reads a file.
import { z } from 'zod';

export const Confidence = z.enum(['high', 'medium', 'low', 'unverified']);
const Code = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'an UPPER_SNAKE code');
const Text = z.string().min(1);
const Year = z.number().int().min(1990).max(2100);

export const PeriodKind = z.enum(['month', 'quarter', 'year']);
export type PeriodKind = z.infer<typeof PeriodKind>;

export const Unit = z.strictObject({
  code: Code,
  zh: Text,
  en: Text,
  /** Units convert into each other only within one dimension (亿元 ↔ 万亿元), never across (routes ↔ institutions). */
  dimension: Code,
  /** How many base units one of this unit is (亿元: 1e8 yuan). */
  factor: z.number().positive(),
  integer: z.boolean().optional(),
});
export type Unit = z.infer<typeof Unit>;

/** flow: summed over time (trade, new institutions); stock: the value at the end (institutions in the zone); rate: a percentage or average. */
export const Measure = z.enum(['flow', 'stock', 'rate']);
export type Measure = z.infer<typeof Measure>;
export const Direction = z.enum(['higher', 'lower']);
export type Direction = z.infer<typeof Direction>;

export const Formula = z.discriminatedUnion('op', [
  /** Year-on-year growth in percent: the same months a year before. */
  z.strictObject({ op: z.literal('growth'), of: Code }),
  /** numerator / denominator × 100, each over the same months and scope. */
  z.strictObject({ op: z.literal('share'), numerator: Code, denominator: Code }),
  /** The sum of several indicators of one unit, same months and scope. */
  z.strictObject({ op: z.literal('sum'), of: z.array(Code).min(2) }),
]);
export type Formula = z.infer<typeof Formula>;

/** Where zimao's own data gives the monthly values of a computed indicator. */
export const ComputedSource = z.enum(['enterprises.established', 'enterprises.foreign_invested', 'enterprises.registered_capital', 'files.decided', 'files.decided_on_time']);
export type ComputedSource = z.infer<typeof ComputedSource>;

const Range = z.strictObject({ min: z.number().nullable(), max: z.number().nullable() });

const IndicatorBase = {
  code: Code,
  nameZh: Text,
  nameEn: Text,
  unit: Code,
  measure: Measure,
  direction: Direction,
  /** The plausible range of one entered or computed value, in the indicator's unit. */
  range: Range,
  planSection: z.string().nullable(),
  source: Text,
  confidence: Confidence,
  noteZh: Text.optional(),
  noteEn: Text.optional(),
};

export const Indicator = z.discriminatedUnion('kind', [
  z.strictObject({
    ...IndicatorBase,
    kind: z.literal('raw'),
    /** area: each area reports its own (the zone's is the sum across areas); zone: the FTZ Office enters the zone's figure. */
    entry: z.enum(['area', 'zone']),
    entryPeriods: z.array(PeriodKind).min(1),
  }),
  z.strictObject({ ...IndicatorBase, kind: z.literal('derived'), formula: Formula }),
  z.strictObject({ ...IndicatorBase, kind: z.literal('computed'), computedFrom: ComputedSource }),
]);
export type Indicator = z.infer<typeof Indicator>;

export const Comparator = z.enum(['gt', 'gte', 'eq_reach', 'maintain', 'add', 'range']);
export type Comparator = z.infer<typeof Comparator>;
/** annual_average: each year of the period on average; by_end_year: the value in (or at the end of) the target year; cumulative_new: added over the period. */
export const TargetPeriodKind = z.enum(['annual_average', 'by_end_year', 'cumulative_new']);
export type TargetPeriodKind = z.infer<typeof TargetPeriodKind>;

export const Target = z
  .strictObject({
    id: z.string().regex(/^T\d{2,}$/),
    indicator: Code,
    comparator: Comparator,
    value: z.number().optional(),
    valueMin: z.number().optional(),
    valueMax: z.number().optional(),
    unit: Code,
    periodKind: TargetPeriodKind,
    /** First year of the period the target covers (the Plan: 2018). */
    from: Year,
    targetYear: Year,
    scope: z.literal('zone'),
    direction: Direction,
    planSection: Text,
    asStatedZh: Text,
    asStatedEn: Text,
    /** The Plan states no baseline for any target (plan-targets.md §1.1): null, never invented. */
    baseline: z.number().nullable(),
    ambiguityZh: Text.optional(),
    ambiguityEn: Text.optional(),
    confidence: Confidence,
  })
  .refine((t) => (t.comparator === 'range' ? t.valueMin !== undefined && t.valueMax !== undefined && t.valueMin <= t.valueMax && t.value === undefined : t.value !== undefined && t.valueMin === undefined), {
    message: 'a range target has valueMin ≤ valueMax; any other has value',
  })
  .refine((t) => t.from <= t.targetYear, { message: 'from must not be after targetYear' });
export type Target = z.infer<typeof Target>;

export const Baseline = z.strictObject({
  id: z.string().regex(/^B\d{2,}$/),
  factZh: Text,
  factEn: Text,
  value: z.number(),
  growthPercent: z.number().optional(),
  unitZh: Text,
  unitEn: Text,
  scope: Text,
  year: Year,
  indicator: Code.nullable(),
  parts: z.array(z.strictObject({ scope: Text, value: z.number(), asPrinted: Text.optional() })).optional(),
  /** different-scope, unit-missing, misprint-corrected: shown with the figure, never hidden. */
  flags: z.array(z.enum(['different-scope', 'unit-missing', 'misprint-corrected'])),
  noteZh: Text,
  noteEn: Text,
  confidence: Confidence,
});
export type Baseline = z.infer<typeof Baseline>;

const Boundaries = z.strictObject({ onTrackFrom: z.number(), atRiskFrom: z.number() }).refine((b) => b.onTrackFrom >= b.atRiskFrom, { message: 'onTrackFrom must be ≥ atRiskFrom' });
export const LightBoundaries = z.strictObject({
  /** Levels: actual ÷ trajectory. */
  ratio: Boundaries,
  /** Percentages: actual − trajectory, in percentage points. */
  points: Boundaries,
  basisZh: Text,
  basisEn: Text,
  confidence: Confidence,
});
export type LightBoundaries = z.infer<typeof LightBoundaries>;

export const CatalogueFile = z.strictObject({
  dataset: z.literal('plan-indicators'),
  version: Text,
  description: Text,
  source: z.array(z.strictObject({ id: Text, title: Text, url: z.string().nullable(), confidence: Confidence })).min(1),
  effectiveFrom: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  effectiveTo: z.string().nullable(),
  plan: z.strictObject({ baselineYear: Year, from: Year, to: Year, entryFrom: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) }),
  /** The areas whose values add up to the zone's. */
  areas: z.array(Code).min(1),
  lights: LightBoundaries,
  units: z.array(Unit).min(1),
  indicators: z.array(Indicator).min(1),
  targets: z.array(Target),
  baselines: z.array(Baseline),
  notIncluded: z.array(z.strictObject({ id: Text, why: Text })).optional(),
});
export type Catalogue = z.infer<typeof CatalogueFile>;

/** The problems of a catalogue that the schema alone cannot see: unknown references, mixed units, formula cycles. */
export function catalogueProblems(c: Catalogue): string[] {
  const problems: string[] = [];
  const units = new Map(c.units.map((u) => [u.code, u]));
  const byCode = new Map(c.indicators.map((i) => [i.code, i]));
  const unique = (what: string, codes: string[]) => {
    const seen = new Set<string>();
    for (const code of codes) {
      if (seen.has(code)) problems.push(`${what} ${code} appears twice`);
      seen.add(code);
    }
  };
  unique('unit', c.units.map((u) => u.code));
  unique('indicator', c.indicators.map((i) => i.code));
  unique('target', c.targets.map((t) => t.id));
  for (const i of c.indicators) {
    if (!units.has(i.unit)) problems.push(`${i.code}: unknown unit ${i.unit}`);
    if (i.kind === 'raw' && i.measure === 'rate' && i.entry === 'area') problems.push(`${i.code}: a rate cannot be summed across areas; enter it for the zone`);
    if (i.kind !== 'derived') continue;
    for (const operand of operandsOf(i.formula)) {
      const o = byCode.get(operand);
      if (!o) problems.push(`${i.code}: formula uses unknown indicator ${operand}`);
      else if (i.formula.op === 'sum' && o.unit !== i.unit) problems.push(`${i.code}: sums ${operand} of another unit (${o.unit})`);
    }
    if (i.formula.op !== 'sum' && i.unit !== 'PERCENT') problems.push(`${i.code}: growth and share are percentages`);
  }
  for (const t of c.targets) {
    const i = byCode.get(t.indicator);
    if (!i) problems.push(`${t.id}: unknown indicator ${t.indicator}`);
    else if (i.unit !== t.unit) problems.push(`${t.id}: unit ${t.unit} is not ${t.indicator}'s ${i.unit}`);
    else if (t.periodKind === 'cumulative_new' && i.measure !== 'flow') problems.push(`${t.id}: additions are counted on a flow`);
  }
  for (const b of c.baselines) if (b.indicator !== null && !byCode.has(b.indicator)) problems.push(`${b.id}: unknown indicator ${b.indicator}`);
  for (const code of byCode.keys()) if (cycleFrom(code, byCode)) problems.push(`${code}: its formula refers back to itself`);
  return problems;
}

/** The indicators a formula reads. */
export function operandsOf(formula: Formula): string[] {
  switch (formula.op) {
    case 'growth':
      return [formula.of];
    case 'share':
      return [formula.numerator, formula.denominator];
    case 'sum':
      return formula.of;
  }
}

function cycleFrom(start: string, byCode: Map<string, Indicator>): boolean {
  const visit = (code: string, path: Set<string>): boolean => {
    const i = byCode.get(code);
    if (!i || i.kind !== 'derived') return false;
    for (const o of operandsOf(i.formula)) {
      if (o === start || path.has(o)) return true;
      if (visit(o, new Set([...path, o]))) return true;
    }
    return false;
  };
  return visit(start, new Set());
}

/** A catalogue after the schema and catalogueProblems, or an Error listing every problem (a bad shipped file must fail loudly). */
export function parseCatalogue(raw: unknown): Catalogue {
  const parsed = CatalogueFile.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`reference-data/plan/indicators.json: ${issues}`);
  }
  const problems = catalogueProblems(parsed.data);
  if (problems.length > 0) throw new Error(`reference-data/plan/indicators.json: ${problems.join('; ')}`);
  return parsed.data;
}

/** The indicator of a code, or undefined. */
export function findIndicator(c: Catalogue, code: string): Indicator | undefined {
  return c.indicators.find((i) => i.code === code);
}

/** The targets measured on an indicator, in the file's order. */
export function targetsOf(c: Catalogue, code: string): Target[] {
  return c.targets.filter((t) => t.indicator === code);
}

/** A unit by its code or its Chinese name (a workbook may say 亿元 where JSON says CNY_100M). */
export function findUnit(c: Catalogue, codeOrName: string): Unit | undefined {
  const key = codeOrName.trim();
  return c.units.find((u) => u.code === key || u.zh === key || u.code === key.toUpperCase());
}
