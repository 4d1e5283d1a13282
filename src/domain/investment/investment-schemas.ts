// Schema parts shared by the three investment datasets (reference-data/investment/*.json) and the reasons the
// classifiers give. Dates in the data may have reduced precision (reference-data/README.md); an entry is in force
// on a date when effectiveFrom ≤ date < effectiveTo, comparing only as many characters as the data gives.
import { z } from 'zod';
import { AppError } from '../app-error.ts';

export const Confidence = z.enum(['high', 'medium', 'low', 'unverified']);
export type Confidence = z.infer<typeof Confidence>;

/** YYYY, YYYY-MM or YYYY-MM-DD (reference-data/README.md). */
export const ReducedDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);

/** A GB/T 4754-2017 division, group or class as the data uses them (NL-20: section letters are not used in data). */
export const DataIndustryCode = z.string().regex(/^\d{2,4}$/, 'a GB/T 4754-2017 code of 2, 3 or 4 digits');

export const SourceEntry = z
  .object({ id: z.string().min(1), title: z.string().min(1), confidence: Confidence })
  .loose();

/** The header every investment dataset carries. */
export const DatasetHeader = {
  description: z.string().min(1),
  source: z.array(SourceEntry).min(1),
  effectiveFrom: ReducedDate,
  effectiveTo: ReducedDate.nullable(),
};

/** A reason a classifier gives: the rule (domain-rules id or data id) it applies, in both languages. */
export interface InvestmentReason {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly legalBasis: string;
}

// Guarantees: the same value, frozen all the way down (data read at module load must not change afterwards).
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

// Guarantees: a frozen reason.
export function reason(code: string, zh: string, en: string, legalBasis: string): InvestmentReason {
  return Object.freeze({ code, zh, en, legalBasis });
}

// Guarantees: true when the civil date lies in [effectiveFrom, effectiveTo); a reduced bound compares on its own
// precision, so effectiveTo '2016-11' ends before any day of November 2016 and effectiveFrom '2016-11' starts on it.
export function inForce(entry: { effectiveFrom: string | null; effectiveTo: string | null }, date: string): boolean {
  const from = entry.effectiveFrom;
  const to = entry.effectiveTo;
  if (from !== null && date.slice(0, from.length) < from) return false;
  if (to !== null && date.slice(0, to.length) >= to) return false;
  return true;
}

// Guarantees: the parsed value, else AppError INVALID_REQUEST naming the first issue's path as `field`.
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = (issue?.path ?? []).map(String).join('.');
  throw new AppError('INVALID_REQUEST', {
    field: field === '' ? undefined : field,
    message: `${field === '' ? 'input' : field}: ${issue?.message ?? 'invalid'}`,
  });
}

// Guarantees: throws AppError INVALID_REQUEST with field 'date' when the date is before the dataset's start;
// `what` names the rules that are not encoded for earlier dates.
export function assertCovered(date: string, effectiveFrom: string, what: string): void {
  if (date.slice(0, effectiveFrom.length) >= effectiveFrom) return;
  throw new AppError('INVALID_REQUEST', {
    field: 'date',
    message: `${what} are encoded from ${effectiveFrom}; ${date} falls under earlier rules zimao does not encode`,
    details: { date, effectiveFrom },
  });
}
