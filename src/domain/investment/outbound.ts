// Outbound investment (境外投资, domain-rules §12): is a project sensitive (ODI-01, Trial Measures Art. 17), and who
// handles it on the NDRC track (ODI-03, TIME-60/TIME-61) and on the MOFCOM track (ODI-04). Pure: the categories,
// our GB/T mapping and the amount tiers come from reference-data/investment/outbound-rules.json.
import { z } from 'zod';
import { AppError } from '../app-error.ts';
import { CaseIndustryCodes, checkIndustryCodes, codeHits, type CodeHit, type IndustryOptions } from './industry-codes.ts';
import { assertCovered, inForce, parseInput, type Confidence, type InvestmentReason } from './investment-schemas.ts';
import * as why from './outbound-reasons.ts';
import {
  InvestorKind, OUTBOUND_RULES, type MofcomAuthority, type MofcomTier, type NdrcAuthority, type NdrcTier, type OutboundRules, type OutboundTrack,
} from './outbound-rules.ts';

const Key = z.string().regex(/^[a-z][a-z-]*$/);

/** The question: one outbound project on a date. Keys name entries of outbound-rules.json. */
export const OutboundInput = z.strictObject({
  date: z.iso.date(),
  investorKind: InvestorKind,
  /** 中方投资额 in US dollars. */
  chineseInvestmentUsd: z.number().min(0),
  industryCodes: CaseIndustryCodes,
  /** The officer's finding that the destination is a sensitive country or region (any category). */
  sensitiveCountry: z.boolean().optional(),
  /** ISO 3166-1 alpha-2 code of the destination, checked against the configured list of named countries. */
  countryCode: z.string().regex(/^[A-Z]{2}$/).optional(),
  /** The sensitive-country categories the officer found the destination to fall under. */
  countryCategories: z.array(Key).max(10).optional(),
  /** Sensitive industries the officer declares (those no code can show: weapons, cross-border water …). */
  sensitiveIndustryKeys: z.array(Key).max(20).optional(),
});
export type OutboundInput = z.input<typeof OutboundInput>;

/** Why a project is sensitive. */
export interface OutboundGround {
  readonly kind: 'country' | 'industry';
  readonly key: string;
  readonly ruleId: 'ODI-01';
  readonly via: 'declared' | 'country-list' | 'industry-code';
  readonly tracks: readonly OutboundTrack[];
  readonly nameZh: string;
  readonly nameEn: string;
  readonly legalBasis: string;
  readonly confidence: Confidence;
  readonly codeHits: readonly CodeHit[];
}

/** A sensitive industry a code suggests but cannot prove (codeMatch 'check'): the officer must confirm it. */
export interface OutboundCheck {
  readonly key: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly codeHits: readonly CodeHit[];
}

export interface OutboundTrackResult<A extends string> {
  readonly tierId: string;
  /** Whether the project is sensitive on this track (its grounds name the track). */
  readonly sensitive: boolean;
  readonly procedure: 'approval' | 'recordation';
  readonly authority: A;
  readonly workingDays: number;
  readonly extensionWorkingDays: number;
  /** TIME-60 / TIME-61 on the NDRC track; null where domain-rules has no id. */
  readonly timeLimitId: string | null;
  readonly legalBasis: string;
  readonly legalBasisZh: string;
  readonly confidence: Confidence;
}

export interface OutboundClassification {
  /** ODI-01: sensitive on either track. */
  readonly sensitive: boolean;
  readonly grounds: readonly OutboundGround[];
  readonly checks: readonly OutboundCheck[];
  readonly ndrc: OutboundTrackResult<NdrcAuthority>;
  readonly mofcom: OutboundTrackResult<MofcomAuthority>;
  readonly reasons: readonly InvestmentReason[];
}

const DECLARED_COUNTRY = {
  key: 'declared-sensitive-country', nameZh: '敏感国家和地区（经办人认定）', nameEn: 'sensitive country or region (officer\'s finding)',
  tracks: ['NDRC', 'MOFCOM'] as const, legalBasis: 'NDRC Order No. 11 Art. 13; MOFCOM Order 2014 No. 3 Art. 7; Trial Measures Art. 17', confidence: 'medium' as const,
};

// Guarantees: the classification of the project on input.date (ODI-01 … ODI-04): the grounds of sensitivity (declared
// categories, the configured country list, industry codes matched both ways per NL-21), the checks a code only
// suggests, and the one tier per track that fits (NDRC: USD 300 million inclusive to the NDRC for local investors).
// Throws AppError INVALID_REQUEST for a bad input (naming the field), a date before the data, or an unknown key;
// AppError INTERNAL when the data gives no single tier.
export function classifyOutbound(input: OutboundInput, options: IndustryOptions & { rules?: OutboundRules } = {}): OutboundClassification {
  const parsed = parseInput(OutboundInput, input);
  const rules = options.rules ?? OUTBOUND_RULES;
  const { date } = parsed;
  assertCovered(date, rules.effectiveFrom, 'Outbound-investment rules (NDRC Order No. 11)');
  checkIndustryCodes(parsed.industryCodes, options);
  const reasons: InvestmentReason[] = [];
  const grounds: OutboundGround[] = [];
  type GroundSource = Pick<OutboundGround, 'key' | 'tracks' | 'nameZh' | 'nameEn' | 'legalBasis' | 'confidence'>;
  const ground = (kind: OutboundGround['kind'], via: OutboundGround['via'], e: GroundSource, codeHits: readonly CodeHit[] = []) => {
    const { key, tracks, nameZh, nameEn, legalBasis, confidence } = e;
    grounds.push(Object.freeze({ kind, via, ruleId: 'ODI-01' as const, key, tracks, nameZh, nameEn, legalBasis, confidence, codeHits }));
  };

  const categories = rules.sensitiveCountryCategories.filter((c) => inForce(c, date));
  if (parsed.sensitiveCountry === true) ground('country', 'declared', DECLARED_COUNTRY);
  for (const key of parsed.countryCategories ?? []) ground('country', 'declared', known(categories, key, 'countryCategories'));
  if (parsed.countryCode !== undefined) {
    const listed = rules.namedSensitiveCountries.entries.filter((n) => n.code === parsed.countryCode && inForce(n, date));
    for (const n of listed) ground('country', 'country-list', { ...known(categories, n.category, 'countryCode'), confidence: n.confidence });
    if (listed.length === 0) reasons.push(why.unlistedCountryReason(parsed.countryCode, rules.namedSensitiveCountries.entries.length));
  }

  const industries = rules.sensitiveIndustries.filter((i) => inForce(i, date));
  const declared = new Set(parsed.sensitiveIndustryKeys ?? []);
  for (const key of declared) ground('industry', 'declared', known(industries, key, 'sensitiveIndustryKeys'));
  const checks: OutboundCheck[] = [];
  for (const entry of industries) {
    const hits = codeHits(parsed.industryCodes, entry.industryCodes, options);
    if (hits.length === 0 || declared.has(entry.key)) continue;
    if (entry.codeMatch === 'sensitive') {
      ground('industry', 'industry-code', entry, hits);
      for (const hit of hits.filter((h) => h.coarser)) reasons.push(why.coarseReason(hit, entry.nameZh, entry.nameEn));
    } else {
      checks.push(Object.freeze({ key: entry.key, nameZh: entry.nameZh, nameEn: entry.nameEn, codeHits: hits }));
      reasons.push(why.checkReason(entry, hits));
    }
  }

  const onTrack = (track: OutboundTrack) => grounds.some((g) => g.tracks.includes(track));
  const pick = { date, kind: parsed.investorKind, usd: parsed.chineseInvestmentUsd };
  const ndrc = trackResult(pickTier(rules.ndrcTiers, onTrack('NDRC'), pick, 'NDRC'), onTrack('NDRC'));
  const mofcomTier = pickTier(rules.mofcomTiers, onTrack('MOFCOM'), pick, 'MOFCOM');
  const sensitive = grounds.length > 0;
  const names = grounds.map((g) => ({ zh: g.nameZh, en: g.nameEn }));
  reasons.unshift(why.sensitivityReason(sensitive, names), why.tracksReason(), why.tierReason('ODI-03', ndrc.tier), why.tierReason('ODI-04', mofcomTier));
  if (mofcomTier.authority === 'CQ_COMMERCE') reasons.push(why.delegationReason());
  return Object.freeze({
    sensitive,
    grounds,
    checks,
    ndrc: ndrc.result,
    mofcom: trackResult(mofcomTier, onTrack('MOFCOM')).result,
    reasons,
  });
}

// Guarantees: the entry with that key (in force on the date), else AppError INVALID_REQUEST naming `field`.
function known<E extends { key: string }>(entries: readonly E[], key: string, field: string): E {
  const entry = entries.find((e) => e.key === key);
  if (entry === undefined) throw new AppError('INVALID_REQUEST', { field, message: `unknown or not in force: ${key}`, details: { key } });
  return entry;
}

// Guarantees: the single tier in force that fits sensitivity, investor kind and amount (min inclusive, below
// exclusive); AppError INTERNAL when none or several fit (a gap or overlap in the data).
function pickTier<T extends NdrcTier | MofcomTier>(tiers: readonly T[], sensitive: boolean, p: { date: string; kind: InvestorKind; usd: number }, track: OutboundTrack): T {
  const fits = tiers.filter(
    (t) => inForce(t, p.date) && t.sensitive === sensitive && t.investorKinds.includes(p.kind)
      && (t.minChineseInvestmentUsd === null || p.usd >= t.minChineseInvestmentUsd)
      && (t.belowChineseInvestmentUsd === null || p.usd < t.belowChineseInvestmentUsd),
  );
  const [only] = fits;
  if (only === undefined || fits.length > 1) {
    throw new AppError('INTERNAL', { message: `outbound-rules.json: ${fits.length} ${track} tiers fit`, details: { track, sensitive, ...p, tiers: fits.map((t) => t.id) } });
  }
  return only;
}

// Guarantees: the public view of a tier, with the TIME-6x id it carries (null if none).
function trackResult<T extends NdrcTier | MofcomTier>(tier: T, sensitive: boolean): { tier: T; result: OutboundTrackResult<T['authority']> } {
  const timeLimitId = tier.ruleIds.find((id) => id.startsWith('TIME-')) ?? null;
  const { id: tierId, procedure, authority, workingDays, extensionWorkingDays, legalBasis, legalBasisZh, confidence } = tier;
  return { tier, result: Object.freeze({ tierId, sensitive, procedure, authority, workingDays, extensionWorkingDays, timeLimitId, legalBasis, legalBasisZh, confidence }) };
}
