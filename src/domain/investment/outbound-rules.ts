// Outbound-investment rules as versioned data (reference-data/investment/outbound-rules.json, domain-rules §12).
// A static JSON import is data bundled with the code, not I/O; the file is validated when this module loads.
import { z } from 'zod';
import raw from '../../../reference-data/investment/outbound-rules.json' with { type: 'json' };
import { Confidence, DataIndustryCode, DatasetHeader, ReducedDate, deepFreeze } from './investment-schemas.ts';

/** ODI-02: the two national tracks. */
export const OutboundTrack = z.enum(['NDRC', 'MOFCOM']);
export type OutboundTrack = z.infer<typeof OutboundTrack>;

export const InvestorKind = z.enum(['central', 'local']);
export type InvestorKind = z.infer<typeof InvestorKind>;

const Dated = { effectiveFrom: ReducedDate, effectiveTo: ReducedDate.nullable() };
const Key = z.string().regex(/^[a-z][a-z-]*$/);

const CountryCategory = z.strictObject({
  key: Key,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  tracks: z.array(OutboundTrack).min(1),
  legalBasis: z.string().min(1),
  confidence: Confidence,
  note: z.string().optional(),
  ...Dated,
});
export type CountryCategory = z.infer<typeof CountryCategory>;

const NamedCountry = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2'),
  nameZh: z.string().min(1),
  category: Key,
  source: z.string().min(1),
  confidence: Confidence,
  ...Dated,
});

const SensitiveIndustry = z.strictObject({
  key: Key,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  tracks: z.array(OutboundTrack).min(1),
  industryCodes: z.array(DataIndustryCode),
  /** sensitive: a code hit makes the project sensitive; check: a hit asks the officer; none: declared only. */
  codeMatch: z.enum(['sensitive', 'check', 'none']),
  legalBasis: z.string().min(1),
  confidence: Confidence,
  mappingConfidence: Confidence.nullable(),
  note: z.string().optional(),
  ...Dated,
}).refine((i) => (i.codeMatch === 'none') === (i.industryCodes.length === 0), 'codeMatch none exactly when no codes are mapped');
export type SensitiveIndustry = z.infer<typeof SensitiveIndustry>;

const Usd = z.number().int().positive();

const Tier = <A extends z.ZodType>(authority: A) =>
  z.strictObject({
    id: z.string().regex(/^[A-Z][A-Z-]+$/),
    ruleIds: z.array(z.string().regex(/^(ODI|TIME)-\d{2}$/)).min(1),
    sensitive: z.boolean(),
    investorKinds: z.array(InvestorKind).min(1),
    /** Inclusive (及以上). */
    minChineseInvestmentUsd: Usd.nullable(),
    /** Exclusive (以下 in the sense of "below the split"). */
    belowChineseInvestmentUsd: Usd.nullable(),
    procedure: z.enum(['approval', 'recordation']),
    authority,
    workingDays: z.number().int().positive(),
    extensionWorkingDays: z.number().int().min(0),
    legalBasis: z.string().min(1),
    legalBasisZh: z.string().min(1),
    confidence: Confidence,
    departmentCode: z.string().optional(),
    note: z.string().optional(),
    ...Dated,
  });

export const NdrcAuthority = z.enum(['NDRC', 'CQ_DRC']);
export type NdrcAuthority = z.infer<typeof NdrcAuthority>;
export const MofcomAuthority = z.enum(['MOFCOM', 'CQ_COMMERCE']);
export type MofcomAuthority = z.infer<typeof MofcomAuthority>;

const NdrcTier = Tier(NdrcAuthority);
const MofcomTier = Tier(MofcomAuthority);
export type NdrcTier = z.infer<typeof NdrcTier>;
export type MofcomTier = z.infer<typeof MofcomTier>;

export const OutboundRulesFile = z.strictObject({
  dataset: z.literal('outbound-investment-rules'),
  currency: z.literal('USD'),
  amountBasis: z.string().min(1),
  effectiveFromNote: z.string().optional(),
  ...DatasetHeader,
  sensitiveCountryCategories: z.array(CountryCategory).min(1),
  namedSensitiveCountries: z.strictObject({ configurable: z.literal(true), entries: z.array(NamedCountry), note: z.string() }),
  sensitiveIndustries: z.array(SensitiveIndustry).min(1),
  ndrcTiers: z.array(NdrcTier).min(1),
  mofcomTiers: z.array(MofcomTier).min(1),
});
export type OutboundRules = z.infer<typeof OutboundRulesFile>;

/** The outbound-investment rules of the data file, validated and frozen. */
export const OUTBOUND_RULES: Readonly<OutboundRules> = deepFreeze(OutboundRulesFile.parse(raw));
