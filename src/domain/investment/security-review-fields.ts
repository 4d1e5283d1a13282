// Security-review fields as versioned data (reference-data/investment/security-review-fields.json): the fields of
// 外商投资安全审查办法 Art. 4 with our GB/T mapping, the Art. 4 definition of actual control, and the five
// sensitivity dimensions of Plan V.(V). A static JSON import, validated when this module loads.
import { z } from 'zod';
import raw from '../../../reference-data/investment/security-review-fields.json' with { type: 'json' };
import { Confidence, DataIndustryCode, DatasetHeader, deepFreeze } from './investment-schemas.ts';

/** Plan V.(V): the five sensitivity dimensions of a foreign-investment case. */
export const SENSITIVITY_DIMENSIONS = ['investor', 'target', 'industry', 'technology', 'region'] as const;
export type SensitivityDimension = (typeof SENSITIVITY_DIMENSIONS)[number];

const Key = z.string().regex(/^[a-z][a-z-]*$/);

const ReviewField = z.strictObject({
  key: Key,
  /** Art. 4 para. 1 item: 1 = filed whatever the control; 2 = filed when actual control is acquired. */
  item: z.union([z.literal(1), z.literal(2)]),
  controlRequired: z.boolean(),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  industryCodes: z.array(DataIndustryCode),
  legalBasis: z.string().min(1),
  confidence: Confidence,
  mappingConfidence: Confidence.nullable(),
  note: z.string().optional(),
}).refine((f) => f.controlRequired === (f.item === 2), 'item 2 fields, and only they, require actual control');
export type ReviewField = z.infer<typeof ReviewField>;

const ControlTest = z.strictObject({
  key: z.enum(['share', 'voting', 'other']),
  item: z.number().int().min(1).max(3),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
});

export const SecurityReviewFile = z.strictObject({
  dataset: z.literal('foreign-investment-security-review-fields'),
  effectiveFromNote: z.string().optional(),
  ...DatasetHeader,
  actualControl: z.strictObject({
    shareThresholdPercent: z.number().gt(0).max(100),
    /** 以上 includes the number (Civil Code Art. 1259, BO-02). */
    comparison: z.literal('gte'),
    legalBasis: z.string().min(1),
    confidence: Confidence,
    tests: z.array(ControlTest).length(3),
    note: z.string().optional(),
  }),
  fields: z.array(ReviewField).min(1),
  sensitivityDimensions: z
    .array(z.strictObject({ key: z.enum(SENSITIVITY_DIMENSIONS), nameZh: z.string(), nameEn: z.string(), confidence: Confidence, nameZhConfidence: Confidence }))
    .length(SENSITIVITY_DIMENSIONS.length),
  sensitivityDimensionsBasis: z.string().min(1),
});
export type SecurityReviewData = z.infer<typeof SecurityReviewFile>;

/** The security-review data of the file, validated and frozen. */
export const SECURITY_REVIEW: Readonly<SecurityReviewData> = deepFreeze(SecurityReviewFile.parse(raw));
