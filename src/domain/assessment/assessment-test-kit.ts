// Test helpers for src/domain/assessment: the shipped templates by code, a copy to break, and the AppError a call
// throws (code and field), for concise assertions.
import { AppError } from '../app-error.ts';
import { ASSESSMENT_TEMPLATES, type AssessmentTemplate } from './assessment-templates.ts';

export function shipped(code: string, version = 1): AssessmentTemplate {
  const t = ASSESSMENT_TEMPLATES.find((x) => x.code === code && x.version === version);
  if (!t) throw new Error(`no shipped template ${code}@${version}`);
  return t;
}

/** A mutable deep copy of a shipped template, to build broken or variant ones. */
export function copyOf(code: string, version = 1): AssessmentTemplate {
  return structuredClone(shipped(code, version)) as AssessmentTemplate;
}

export function errorOf(fn: () => unknown): { code: string; field: string | undefined; message: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, field: error.field, message: error.message };
    throw error;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

/** Scores for every criterion of a template at the same fraction of its scale (0 = min, 1 = max). */
export function uniformScores(t: AssessmentTemplate, fraction: number): { criterionKey: string; score: number; evidence: string }[] {
  return t.criteria.map((c) => {
    const steps = Math.round(((c.scale.max - c.scale.min) * fraction) / c.scale.step);
    return { criterionKey: c.key, score: c.scale.min + steps * c.scale.step, evidence: `evidence for ${c.key}` };
  });
}
