// Assessment templates as versioned data (reference-data/plan/assessment-templates.json; Plan V.(IV)). A static JSON
// import is data bundled with the code, not I/O. Every template is validated when this module loads: a file whose
// weights do not sum to 100, or whose grade bands leave a total without a grade, fails at start, not at scoring.
import { z } from 'zod';
import raw from '../../../reference-data/plan/assessment-templates.json' with { type: 'json' };
import { AppError } from '../app-error.ts';
import { ASSESSMENT_KINDS, type AssessmentKind } from './assessment-kinds.ts';

const Confidence = z.enum(['high', 'medium', 'low', 'unverified']);
const ReducedDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);
const Key = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lower-case key');

export const CriterionScale = z.strictObject({
  min: z.number(),
  max: z.number(),
  /** Scores are min + k × step (e.g. 0.5 on a 0–10 scale). */
  step: z.number().positive(),
});
export type CriterionScale = z.infer<typeof CriterionScale>;

export const Criterion = z.strictObject({
  key: Key,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  /** Percent of the total; a template's weights sum to 100. */
  weight: z.number().positive().max(100),
  scale: CriterionScale,
  guidanceZh: z.string().min(1),
  guidanceEn: z.string().min(1),
});
export type Criterion = z.infer<typeof Criterion>;

export const GradeBand = z.strictObject({
  key: Key,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  /** Inclusive lower bound of the weighted total (0–100). */
  minTotal: z.number().min(0).max(100),
});
export type GradeBand = z.infer<typeof GradeBand>;

export const AssessmentTemplate = z.strictObject({
  code: Key,
  version: z.number().int().positive(),
  kind: z.enum(ASSESSMENT_KINDS as unknown as [AssessmentKind, ...AssessmentKind[]]),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  basis: z.string().min(1),
  criteriaConfidence: Confidence,
  criteriaNote: z.string().optional(),
  /** 'zimao' when the weights, scales and bands are our proposal (the Plan gives none). */
  weightsOrigin: z.enum(['zimao', 'official']),
  weightsConfidence: Confidence,
  zhIsTranslation: z.boolean(),
  effectiveFrom: ReducedDate,
  effectiveTo: ReducedDate.nullable(),
  criteria: z.array(Criterion).min(1),
  gradeBands: z.array(GradeBand).min(1),
});
export type AssessmentTemplate = z.infer<typeof AssessmentTemplate>;

export const AssessmentTemplatesFile = z.strictObject({
  dataset: z.literal('assessment-templates'),
  description: z.string().min(1),
  source: z.array(z.object({ id: z.string().min(1), title: z.string().min(1), confidence: Confidence }).loose()).min(1),
  effectiveFrom: ReducedDate,
  effectiveTo: ReducedDate.nullable(),
  namesZhNote: z.string().optional(),
  templates: z.array(AssessmentTemplate).min(1),
});

/** Weights are compared to 100 within this tolerance (they are data, written with at most a few decimals). */
const WEIGHT_TOLERANCE = 1e-9;

// Guarantees: a list of what is wrong with one template — weights not summing to 100, repeated criterion keys,
// a scale with max ≤ min or a step that does not divide it, grade bands not strictly descending or not reaching 0 —
// empty when the template can be scored.
export function templateProblems(t: AssessmentTemplate): string[] {
  const problems: string[] = [];
  const sum = t.criteria.reduce((s, c) => s + c.weight, 0);
  if (Math.abs(sum - 100) > WEIGHT_TOLERANCE) problems.push(`${t.code} v${t.version}: weights sum to ${sum}, not 100`);
  const keys = new Set<string>();
  for (const c of t.criteria) {
    if (keys.has(c.key)) problems.push(`${t.code} v${t.version}: criterion ${c.key} repeated`);
    keys.add(c.key);
    const { min, max, step } = c.scale;
    if (!(max > min)) problems.push(`${t.code} v${t.version}: ${c.key} scale max ${max} is not above min ${min}`);
    else if (!isWholeSteps(max - min, step)) problems.push(`${t.code} v${t.version}: ${c.key} step ${step} does not divide ${min}–${max}`);
  }
  const bands = t.gradeBands;
  for (let i = 1; i < bands.length; i++) {
    if (!(bands[i]!.minTotal < bands[i - 1]!.minTotal)) problems.push(`${t.code} v${t.version}: grade bands must be listed by strictly descending minTotal`);
  }
  if (bands.at(-1)?.minTotal !== 0) problems.push(`${t.code} v${t.version}: the last grade band must start at 0, so every total has a grade`);
  return problems;
}

// Guarantees: true when `value` is a whole number of steps (within floating-point noise).
export function isWholeSteps(value: number, step: number): boolean {
  const n = value / step;
  return Math.abs(n - Math.round(n)) < 1e-9;
}

// Guarantees: the parsed file, with every template free of templateProblems and each (code, version) once;
// otherwise throws (a broken data file must stop zimao at start).
export function parseTemplatesFile(input: unknown): z.infer<typeof AssessmentTemplatesFile> {
  const file = AssessmentTemplatesFile.parse(input);
  const problems = file.templates.flatMap(templateProblems);
  const seen = new Set<string>();
  for (const t of file.templates) {
    const id = `${t.code}@${t.version}`;
    if (seen.has(id)) problems.push(`${id} appears twice`);
    seen.add(id);
  }
  if (problems.length > 0) throw new Error(`reference-data/plan/assessment-templates.json: ${problems.join('; ')}`);
  return file;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Every template version shipped, validated and frozen. */
export const ASSESSMENT_TEMPLATES: readonly AssessmentTemplate[] = deepFreeze(parseTemplatesFile(raw).templates);

// Guarantees: the template version, else AppError INVALID_REQUEST naming `templateVersion` (unknown version) or
// `templateCode` (unknown code).
export function findTemplate(code: string, version: number, templates: readonly AssessmentTemplate[] = ASSESSMENT_TEMPLATES): AssessmentTemplate {
  const found = templates.find((t) => t.code === code && t.version === version);
  if (found) return found;
  const known = templates.filter((t) => t.code === code).map((t) => t.version);
  if (known.length > 0) throw new AppError('INVALID_REQUEST', { field: 'templateVersion', message: `template ${code} has versions ${known.join(', ')}, not ${version}` });
  throw new AppError('INVALID_REQUEST', { field: 'templateCode', message: `no assessment template ${code}` });
}

// Guarantees: true when the template is in force on the civil date (a reduced effectiveFrom/To compares on its own
// precision, reference-data/README.md).
export function templateInForce(t: AssessmentTemplate, date: string): boolean {
  if (date.slice(0, t.effectiveFrom.length) < t.effectiveFrom) return false;
  return t.effectiveTo === null || date.slice(0, t.effectiveTo.length) < t.effectiveTo;
}

// Guarantees: the template an assessment of `kind` is scored by, read on `on` (YYYY-MM-DD: the last day of the period
// assessed, since a period is assessed on the rules in force at its end — the 2018 annual assessment falls under the
// Plan of 2018-03-23): the code and version asked for, or the latest version in force on `on` of the asked code (or
// of any code for the kind). Otherwise AppError INVALID_REQUEST naming templateCode (unknown, or for another kind),
// templateVersion (unknown version) or period (no version in force on `on`).
export function templateFor(
  kind: AssessmentKind,
  on: string,
  asked: { code?: string | undefined; version?: number | undefined },
  templates: readonly AssessmentTemplate[] = ASSESSMENT_TEMPLATES,
): AssessmentTemplate {
  if (asked.version !== undefined && asked.code === undefined) {
    throw new AppError('INVALID_REQUEST', { field: 'templateCode', message: 'a template version is asked for with its code' });
  }
  const named = asked.code === undefined ? templates.filter((t) => t.kind === kind) : templates.filter((t) => t.code === asked.code);
  if (named.length === 0) throw new AppError('INVALID_REQUEST', { field: 'templateCode', message: asked.code ? `no assessment template ${asked.code}` : `no template for ${kind} assessments` });
  const other = named.find((t) => t.kind !== kind);
  if (other) throw new AppError('INVALID_REQUEST', { field: 'templateCode', message: `template ${other.code} scores ${other.kind} assessments, not ${kind}` });
  if (asked.version !== undefined) {
    const chosen = findTemplate(asked.code!, asked.version, templates);
    if (!templateInForce(chosen, on)) {
      throw new AppError('INVALID_REQUEST', { field: 'period', message: `template ${chosen.code} v${chosen.version} is in force from ${chosen.effectiveFrom}${chosen.effectiveTo ? ` until ${chosen.effectiveTo}` : ''}, not on ${on}` });
    }
    return chosen;
  }
  const latest = named.filter((t) => templateInForce(t, on)).sort((a, b) => b.version - a.version)[0];
  if (!latest) {
    const first = named.map((t) => t.effectiveFrom).sort()[0];
    throw new AppError('INVALID_REQUEST', { field: 'period', message: `no ${kind} template is in force on ${on}; the first applies from ${first}` });
  }
  return latest;
}
