// An edition of the FTZ foreign-investment negative list (自由贸易试验区外商投资准入特别管理措施) as data: the
// files under reference-data/negative-lists/ and any edition an administrator loads later have this shape.
// Restriction vocabulary: domain-rules §2.2 NL-16. Editions are never edited in place (Trial Measures Art. 12).
import { z } from 'zod';

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
/** A GB/T 4754-2017 code at any level: section letter, division (2), group (3) or class (4 digits). */
export const IndustryCode = z.string().regex(/^(?:[A-T]|\d{2}|\d{3}|\d{4})$/, 'a GB/T 4754-2017 code: A–T, or 2, 3 or 4 digits');

/**
 * NL-16. PROHIBITED 禁止; CN_CONTROL 中方控股 (Chinese share > 50%, the working reading); CN_RELATIVE_CONTROL
 * 中方相对控股 (the Chinese side's combined share above any single foreign investor's); CN_MIN_SHARE Chinese ≥
 * percent; FOREIGN_CAP all foreign investors together ≤ percent; SINGLE_FOREIGN_CAP one foreign investor with its
 * affiliates ≤ percent; JV_ONLY 限于合资、合作; CN_LED 中方主导 (governance); NATIONALITY a named officer must be a
 * PRC national; LISTED restricted without a numeric condition.
 */
export const RestrictionType = z.enum([
  'PROHIBITED',
  'CN_CONTROL',
  'CN_RELATIVE_CONTROL',
  'CN_MIN_SHARE',
  'FOREIGN_CAP',
  'SINGLE_FOREIGN_CAP',
  'JV_ONLY',
  'CN_LED',
  'NATIONALITY',
  'LISTED',
]);
export type RestrictionType = z.infer<typeof RestrictionType>;

/** Restriction types that carry a percentage. */
export const PERCENT_TYPES: readonly RestrictionType[] = ['CN_MIN_SHARE', 'FOREIGN_CAP', 'SINGLE_FOREIGN_CAP'];

export const Restriction = z
  .strictObject({
    type: RestrictionType,
    /** CN_MIN_SHARE, FOREIGN_CAP, SINGLE_FOREIGN_CAP only. */
    percent: z.number().gt(0).lt(100).optional(),
    /** NATIONALITY only: whose nationality the measure names. */
    officer: z.enum(['legal_representative', 'principal']).optional(),
    /** The part of the measure this condition applies to (e.g. 增值电信业务), when the measure has several. */
    scopeZh: z.string().min(1).optional(),
    scopeEn: z.string().min(1).optional(),
    /** NL-13: the condition no longer applies on and after this day. */
    sunsetOn: IsoDay.optional(),
  })
  .superRefine((r, ctx) => {
    const needsPercent = PERCENT_TYPES.includes(r.type);
    if (needsPercent !== (r.percent !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['percent'], message: `${r.type} ${needsPercent ? 'needs' : 'takes no'} percent` });
    }
    if ((r.type === 'NATIONALITY') !== (r.officer !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['officer'], message: 'officer is given exactly for NATIONALITY' });
    }
  });
export type Restriction = z.infer<typeof Restriction>;

export const Measure = z.strictObject({
  /** The measure's number in the edition, 1-based and consecutive. */
  no: z.number().int().positive(),
  /** GB/T 4754-2017 section letter the list files the measure under. */
  section: z.string().regex(/^[A-T]$/),
  textZh: z.string().min(1),
  /** Our English paraphrase. */
  textEn: z.string().min(1),
  /** NL-20: our mapping to GB/T 4754-2017 codes (not part of the official list). */
  industryCodes: z.array(IndustryCode).min(1),
  restrictions: z.array(Restriction).min(1),
  /** True when the wording was reconstructed (from a later edition or a secondary source), not transcribed. */
  wordingReconstructed: z.boolean(),
  note: z.string().min(1).optional(),
});
export type Measure = z.infer<typeof Measure>;

/** A measure the edition holds but which could not be identified (2018: Nos. 44–45). It matches nothing. */
export const UnidentifiedMeasure = z.strictObject({
  no: z.number().int().positive(),
  identified: z.literal(false),
  note: z.string().min(1),
});

export const EditionSource = z.strictObject({
  title: z.string().min(1),
  url: z.string().url().optional(),
  confidence: z.enum(['high', 'medium', 'low']),
});

export const NegativeListEdition = z
  .strictObject({
    dataset: z.literal('ftz-foreign-investment-negative-list'),
    /** e.g. 'FTZ-2021'. */
    code: z.string().regex(/^FTZ-\d{4}[A-Za-z0-9-]*$/),
    titleZh: z.string().min(1),
    titleEn: z.string().min(1),
    /** e.g. 'NDRC & MOFCOM Order No. 48'. */
    instrument: z.string().min(1),
    issuedOn: IsoDay,
    /** NL-01: the edition in force on a day is the latest whose effectiveFrom is on or before it. */
    effectiveFrom: IsoDay,
    /** The official count of measures (the 2018 edition: 45, two of them unidentified). */
    measureCount: z.number().int().positive(),
    /** True when any measure's wording or codes were reconstructed rather than transcribed from the annex. */
    reconstructed: z.boolean(),
    industryCodeEdition: z.literal('GB/T 4754-2017'),
    sources: z.array(EditionSource).min(1),
    measures: z.array(z.union([Measure, UnidentifiedMeasure])).min(1),
  })
  .superRefine((edition, ctx) => {
    if (edition.measures.length !== edition.measureCount) {
      ctx.addIssue({ code: 'custom', path: ['measures'], message: `holds ${edition.measures.length} measures, measureCount says ${edition.measureCount}` });
    }
    edition.measures.forEach((m, i) => {
      if (m.no !== i + 1) ctx.addIssue({ code: 'custom', path: ['measures', i, 'no'], message: `measure ${i + 1} is numbered ${m.no}` });
    });
    if (edition.issuedOn > edition.effectiveFrom) {
      ctx.addIssue({ code: 'custom', path: ['effectiveFrom'], message: 'takes effect before it was issued' });
    }
  });
export type NegativeListEdition = z.infer<typeof NegativeListEdition>;

// Guarantees: true for a measure that was identified (has text, codes and restrictions).
export function isIdentified(m: NegativeListEdition['measures'][number]): m is Measure {
  return !('identified' in m);
}
