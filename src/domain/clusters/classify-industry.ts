// Classifying a GB/T 4754-2017 code into the Plan's clusters and sub-industries (Plan III; zimao's mapping in
// reference-data/plan/clusters.json), with the reasons shown. A mapped code contains the codes it prefixes (39 ⊃ 397
// ⊃ 3973). The most specific mapping that contains the code wins (class over group over division): 7340 medical R&D
// mapped to biomedicine (C1.5) beats the R&D division 73 (C5.4). Equally specific mappings are all kept, so a code the
// Plan names under two clusters (6813 health insurance) is in both. A code coarser than every mapping that could hold
// it (39 against 3973) is only *possibly* in those sub-industries and is not classified.
import { AppError } from '../app-error.ts';
import { findSubIndustry, mappingsOf, type ClusterCatalogue, type Confidence, type SubIndustryMapping } from './cluster-catalogue.ts';

export type CodeLevel = 'division' | 'group' | 'class';

export interface SubIndustryMatch {
  readonly clusterId: string;
  readonly subIndustryId: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** The code of the mapping (an ancestor of, or equal to, the classified code; or below it for a possible match). */
  readonly mappedCode: string;
  readonly level: CodeLevel;
  readonly confidence: Confidence;
  readonly note: string | null;
}

export interface EmergingHit {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** Through a winning sub-industry the overlay names, or through one of the overlay's own codes. */
  readonly via: 'sub-industry' | 'code';
  readonly ref: string;
}

export interface ClassificationReason {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
}

export interface IndustryClassification {
  readonly industryCode: string;
  /** classified: at least one mapping contains the code; possible: the code is coarser than some mappings; else unclassified. */
  readonly outcome: 'classified' | 'possible' | 'unclassified';
  readonly matches: readonly SubIndustryMatch[];
  /** Mappings that contain the code too but are less specific than the winners. */
  readonly outranked: readonly SubIndustryMatch[];
  readonly possible: readonly SubIndustryMatch[];
  readonly clusterIds: readonly string[];
  readonly subIndustryIds: readonly string[];
  readonly emerging: readonly EmergingHit[];
  readonly reasons: readonly ClassificationReason[];
}

const LEVELS: Record<number, CodeLevel> = { 2: 'division', 3: 'group', 4: 'class' };
const LEVEL_ZH: Record<CodeLevel, string> = { division: '大类', group: '中类', class: '小类' };

// Guarantees: the level of a 2-, 3- or 4-digit code.
export function codeLevel(code: string): CodeLevel {
  return LEVELS[code.length]!;
}

function toMatch(catalogue: ClusterCatalogue, m: SubIndustryMapping): SubIndustryMatch {
  const { sub } = findSubIndustry(catalogue, m.subIndustryId)!;
  return Object.freeze({ clusterId: m.clusterId, subIndustryId: m.subIndustryId, nameZh: sub.nameZh, nameEn: sub.nameEn, mappedCode: m.code, level: codeLevel(m.code), confidence: m.confidence, note: m.note });
}

const unique = (values: readonly string[]) => [...new Set(values)];

function emergingHits(catalogue: ClusterCatalogue, code: string, winners: readonly SubIndustryMatch[]): EmergingHit[] {
  const hits: EmergingHit[] = [];
  for (const item of catalogue.emergingIndustries.items) {
    const sub = winners.find((w) => item.subIndustryIds.includes(w.subIndustryId));
    const own = item.codes.find((c) => code.startsWith(c.code));
    if (sub) hits.push(Object.freeze({ id: item.id, nameZh: item.nameZh, nameEn: item.nameEn, via: 'sub-industry', ref: sub.subIndustryId }));
    else if (own) hits.push(Object.freeze({ id: item.id, nameZh: item.nameZh, nameEn: item.nameEn, via: 'code', ref: own.code }));
  }
  return hits;
}

function reasonsFor(code: string, outcome: IndustryClassification['outcome'], winners: readonly SubIndustryMatch[], outranked: readonly SubIndustryMatch[], possible: readonly SubIndustryMatch[], emerging: readonly EmergingHit[]): ClassificationReason[] {
  const r: ClassificationReason[] = [];
  const label = (m: SubIndustryMatch) => `${m.subIndustryId} ${m.nameZh}`;
  const labelEn = (m: SubIndustryMatch) => `${m.subIndustryId} ${m.nameEn}`;
  for (const w of winners) {
    r.push({
      code: 'CL-MATCH',
      zh: `行业代码 ${code} 属于 ${label(w)}：映射代码 ${w.mappedCode}（${LEVEL_ZH[w.level]}，可信度 ${w.confidence}）包含该代码。`,
      en: `Industry code ${code} is in ${labelEn(w)}: the mapped code ${w.mappedCode} (${w.level}, confidence ${w.confidence}) contains it.`,
    });
  }
  if (winners.length > 1) {
    r.push({ code: 'CL-TIE', zh: `${winners.length} 个映射同样具体，均予保留。`, en: `${winners.length} mappings are equally specific; all are kept.` });
  }
  for (const o of outranked) {
    r.push({
      code: 'CL-OUTRANKED',
      zh: `${label(o)} 的映射代码 ${o.mappedCode} 也包含该代码，但不如 ${winners[0]!.mappedCode} 具体，不采用。`,
      en: `${labelEn(o)} maps ${o.mappedCode}, which contains the code too but is less specific than ${winners[0]!.mappedCode}: not used.`,
    });
  }
  if (outcome === 'possible') {
    r.push({
      code: 'CL-POSSIBLE',
      zh: `行业代码 ${code} 比映射代码更粗（${possible.map((p) => p.mappedCode).join('、')}），只是可能属于 ${unique(possible.map(label)).join('、')}，不作归类；请给出更细的代码。`,
      en: `Industry code ${code} is coarser than the mapped codes (${possible.map((p) => p.mappedCode).join(', ')}): it is only possibly in ${unique(possible.map(labelEn)).join(', ')} and is not classified; give a finer code.`,
    });
  }
  if (outcome === 'unclassified') {
    r.push({ code: 'CL-NONE', zh: `没有任何子产业的映射包含行业代码 ${code}：不属于规划的七大产业集群。`, en: `No sub-industry mapping contains industry code ${code}: it is outside the Plan's seven clusters.` });
  }
  for (const e of emerging) {
    r.push({
      code: 'CL-EMERGING',
      zh: `属于规划新兴产业“${e.nameZh}”（${e.via === 'sub-industry' ? `经子产业 ${e.ref}` : `经代码 ${e.ref}`}，规划 II.(I).5）。`,
      en: `An emerging industry of the Plan, "${e.nameEn}" (${e.via === 'sub-industry' ? `through sub-industry ${e.ref}` : `through code ${e.ref}`}, Plan II.(I).5).`,
    });
  }
  return r;
}

// Guarantees: for a 2–4 digit code, the winning sub-industries (the longest mapped codes that prefix the code; all of
// them when several are equally long), the outranked ones, the possible ones when none contains it, the distinct
// clusters and sub-industries of the winners, the emerging-industry hits and a reason for each; anything else throws
// AppError INVALID_REQUEST naming `field`.
export function classifyIndustry(code: string, catalogue: ClusterCatalogue, field = 'industryCode'): IndustryClassification {
  if (!/^\d{2,4}$/.test(code)) {
    throw new AppError('INVALID_REQUEST', { field, message: `${field}: a GB/T 4754-2017 division, group or class code of 2–4 digits, not "${code}"` });
  }
  const mappings = mappingsOf(catalogue);
  const containing = mappings.filter((m) => code.startsWith(m.code));
  const best = Math.max(0, ...containing.map((m) => m.code.length));
  const winners = containing.filter((m) => m.code.length === best).map((m) => toMatch(catalogue, m));
  const outranked = containing.filter((m) => m.code.length < best).map((m) => toMatch(catalogue, m));
  const possible = winners.length > 0 ? [] : mappings.filter((m) => m.code.length > code.length && m.code.startsWith(code)).map((m) => toMatch(catalogue, m));
  const outcome = winners.length > 0 ? 'classified' : possible.length > 0 ? 'possible' : 'unclassified';
  const emerging = emergingHits(catalogue, code, winners);
  return Object.freeze({
    industryCode: code,
    outcome,
    matches: winners,
    outranked,
    possible,
    clusterIds: unique(winners.map((w) => w.clusterId)),
    subIndustryIds: unique(winners.map((w) => w.subIndustryId)),
    emerging,
    reasons: reasonsFor(code, outcome, winners, outranked, possible, emerging),
  });
}
