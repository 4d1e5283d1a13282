// Weighted scoring of an assessment (Plan V.(IV): "scores and evidence per area per year"): every criterion is scored
// on its template scale with evidence, the weighted total runs 0–100, and the grade is the band it falls in. The
// weights, scales and bands are the template's data (reference-data/plan/assessment-templates.json).
import { AppError } from '../app-error.ts';
import { isWholeSteps, type AssessmentTemplate, type GradeBand } from './assessment-templates.ts';

export interface ScoreEntry {
  criterionKey: string;
  score: number;
  /** What the score rests on (documents, figures, visits); required (Plan V.(IV): scores with evidence). */
  evidence?: string | undefined;
}

export interface CheckedScore {
  readonly criterionKey: string;
  readonly score: number;
  readonly evidence: string;
}

const bad = (field: string, message: string): never => {
  throw new AppError('INVALID_REQUEST', { field, message });
};

// Guarantees: the entries, evidence trimmed, when each names a criterion of the template once, scores it within
// its scale (min ≤ score ≤ max, a whole number of steps from min) and gives evidence; otherwise AppError
// INVALID_REQUEST naming the first bad field as `scores.<i>.criterionKey`, `scores.<i>.score` or
// `scores.<i>.evidence` (`scores` when there are none).
export function checkScoreEntries(template: AssessmentTemplate, entries: readonly ScoreEntry[]): CheckedScore[] {
  if (entries.length === 0) bad('scores', 'give at least one criterion score');
  const seen = new Set<string>();
  return entries.map((e, i) => {
    const criterion = template.criteria.find((c) => c.key === e.criterionKey);
    if (!criterion) bad(`scores.${i}.criterionKey`, `${e.criterionKey} is not a criterion of ${template.code} v${template.version} (${template.criteria.map((c) => c.key).join(', ')})`);
    if (seen.has(e.criterionKey)) bad(`scores.${i}.criterionKey`, `${e.criterionKey} is scored twice`);
    seen.add(e.criterionKey);
    const { min, max, step } = criterion!.scale;
    if (!Number.isFinite(e.score) || e.score < min || e.score > max) bad(`scores.${i}.score`, `${e.criterionKey} is scored ${min}–${max}; got ${e.score}`);
    if (!isWholeSteps(e.score - min, step)) bad(`scores.${i}.score`, `${e.criterionKey} is scored in steps of ${step} from ${min}; got ${e.score}`);
    const evidence = (e.evidence ?? '').trim();
    if (evidence === '') bad(`scores.${i}.evidence`, `${e.criterionKey}: a score needs its evidence (Plan V.(IV))`);
    return Object.freeze({ criterionKey: e.criterionKey, score: e.score, evidence });
  });
}

/** Two decimals, halves away from zero (the total as shown and graded). */
export function roundTotal(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

// Guarantees: the band of the highest minTotal at or below the total (bands are validated to descend to 0).
export function gradeFor(template: AssessmentTemplate, total: number): GradeBand {
  const band = template.gradeBands.find((b) => total >= b.minTotal);
  return band ?? template.gradeBands.at(-1)!;
}

export interface Contribution {
  readonly criterionKey: string;
  readonly weight: number;
  readonly score: number | null;
  /** weight × (score − min) / (max − min), rounded; null while unscored. */
  readonly weighted: number | null;
}

export interface AssessmentResult {
  readonly complete: boolean;
  /** Criteria not yet scored, in template order. */
  readonly missing: readonly string[];
  readonly contributions: readonly Contribution[];
  /** The weighted total 0–100 (rounded to two decimals), once every criterion is scored. */
  readonly total: number | null;
  readonly grade: GradeBand | null;
}

// Guarantees: each criterion's weighted contribution, and — when every criterion has a score — the total (the sum
// of the exact contributions, rounded once) and its grade; scores of keys the template lacks are ignored.
export function assessmentResult(template: AssessmentTemplate, scores: readonly { criterionKey: string; score: number }[]): AssessmentResult {
  const byKey = new Map(scores.map((s) => [s.criterionKey, s.score]));
  let exact = 0;
  const missing: string[] = [];
  const contributions = template.criteria.map((c) => {
    const score = byKey.get(c.key);
    if (score === undefined) {
      missing.push(c.key);
      return Object.freeze({ criterionKey: c.key, weight: c.weight, score: null, weighted: null });
    }
    const weighted = (c.weight * (score - c.scale.min)) / (c.scale.max - c.scale.min);
    exact += weighted;
    return Object.freeze({ criterionKey: c.key, weight: c.weight, score, weighted: roundTotal(weighted) });
  });
  const complete = missing.length === 0;
  const total = complete ? roundTotal(exact) : null;
  return Object.freeze({ complete, missing: Object.freeze(missing), contributions: Object.freeze(contributions), total, grade: total === null ? null : gradeFor(template, total) });
}
