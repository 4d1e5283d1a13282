// The vocabularies of reference-data/names/name-rules.json (domain-rules §5.2) as a schema, and their preparation
// for parsing: every list sorted longest first, so 重庆市渝北区 wins over 重庆市 and 房地产 over 地产.
import { z } from 'zod';

const Words = z.array(z.string().min(1)).min(1);
const LegalForm = z.enum(['company', 'partnership', 'sole-proprietorship', 'individual-business']);
export type NameLegalForm = z.infer<typeof LegalForm>;

export const NameRulesFile = z.object({
  dataset: z.literal('enterprise-name-rules'),
  effectiveFrom: z.string(),
  registeringDivisions: z.object({ cities: Words, districts: Words, developmentZones: z.array(z.string()) }),
  otherDivisions: z.object({ provincial: Words, chongqingOther: Words, cities: Words }),
  districtShortNames: z.object({ names: Words }),
  forms: z.object({ entries: z.array(z.object({ text: z.string().min(1), legalForms: z.array(LegalForm).min(1) })).min(1), groupMarkers: z.array(z.string()) }),
  industryWording: z.object({
    groups: z.array(z.object({ group: z.string().min(1), words: Words })).min(1),
    feature: Words,
    industrySuffixPattern: z.object({ suffix: z.string().length(1) }),
  }),
  restrictedPrefixes: z.object({ words: Words, allowedMarkers: z.array(z.string()) }),
  prohibited: z.object({
    categories: z.array(z.object({ key: z.string(), zh: z.string(), en: z.string(), article: z.string(), words: Words })).min(1),
  }),
  conflictPeriod: z.object({ years: z.number().int().positive() }),
  reservation: z.object({ months: z.number().int().positive(), monthsWithPreApproval: z.number().int().positive() }),
});
export type NameRulesFile = z.infer<typeof NameRulesFile>;

export interface ProhibitedCategory {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly article: string;
  readonly words: readonly string[];
}

export interface PreparedNameRules {
  /**
   * Division texts a name may start with or put in brackets, longest first, each marked as the zone registering
   * authority's or not: 重庆市渝北区 (registering) and 重庆万州区 (other) before 重庆 (registering).
   */
  readonly divisionPrefixes: readonly { readonly text: string; readonly kind: 'registering' | 'other' }[];
  readonly developmentZones: readonly string[];
  /** Every division text (full and short), for "a division cannot be the trade name" (NAME-04). */
  readonly allDivisionNames: ReadonlySet<string>;
  readonly forms: readonly { readonly text: string; readonly legalForms: readonly NameLegalForm[] }[];
  readonly groupMarkers: readonly string[];
  /**
   * Industry and feature words, longest first, with their synonym group (feature words have none). A qualifier
   * (中国, 中华 … — NAME-07: in the middle of a name they may only qualify the industry) must precede another word.
   */
  readonly industryWords: readonly { readonly word: string; readonly group: string | null; readonly qualifier: boolean }[];
  readonly featureWords: ReadonlySet<string>;
  readonly groupOf: ReadonlyMap<string, string>;
  readonly industrySuffix: string;
  readonly restrictedPrefixes: readonly string[];
  readonly allowedMarkers: readonly string[];
  readonly prohibited: readonly ProhibitedCategory[];
  readonly conflictYears: number;
  readonly reservationMonths: number;
}

const longestFirst = (a: string, b: string): number => b.length - a.length || a.localeCompare(b);

export function prepareNameRules(file: NameRulesFile): PreparedNameRules {
  const { cities, districts, developmentZones } = file.registeringDivisions;
  const other = file.otherDivisions;
  const registering = [...cities.flatMap((c) => districts.map((d) => c + d)), ...cities];
  const outside = [...other.provincial, ...other.cities, ...other.chongqingOther, ...cities.flatMap((c) => other.chongqingOther.map((d) => c + d))];
  const divisionPrefixes = [
    ...registering.map((text) => ({ text, kind: 'registering' as const })),
    ...outside.map((text) => ({ text, kind: 'other' as const })),
  ].sort((a, b) => longestFirst(a.text, b.text));
  const allDivisionNames = new Set([...registering, ...districts, ...outside, ...file.districtShortNames.names]);
  const groupOf = new Map<string, string>();
  for (const g of file.industryWording.groups) for (const w of g.words) groupOf.set(w, g.group);
  const industryWords = [
    ...[...groupOf].map(([word, group]) => ({ word, group: group as string | null, qualifier: false })),
    ...file.industryWording.feature.map((word) => ({ word, group: null, qualifier: false })),
    ...file.restrictedPrefixes.words.map((word) => ({ word, group: null, qualifier: true })),
  ].sort((a, b) => longestFirst(a.word, b.word));
  return {
    divisionPrefixes,
    developmentZones: [...developmentZones].sort(longestFirst),
    allDivisionNames,
    forms: [...file.forms.entries].sort((a, b) => longestFirst(a.text, b.text)),
    groupMarkers: [...file.forms.groupMarkers].sort(longestFirst),
    industryWords,
    featureWords: new Set([...file.industryWording.feature, ...file.restrictedPrefixes.words]),
    groupOf,
    industrySuffix: file.industryWording.industrySuffixPattern.suffix,
    restrictedPrefixes: file.restrictedPrefixes.words,
    allowedMarkers: file.restrictedPrefixes.allowedMarkers,
    prohibited: file.prohibited.categories,
    conflictYears: file.conflictPeriod.years,
    reservationMonths: file.reservation.months,
  };
}
