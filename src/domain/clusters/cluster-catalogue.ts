// The shape of reference-data/plan/clusters.json: the seven clusters of the Industrial Development Plan (section III)
// with their sub-industries as numbered by the Plan (a missing number is kept as a gap), zimao's mapping of each
// sub-industry to GB/T 4754-2017 codes, the emerging-industry overlay (II.(I).5, T17) and the focus sub-industries of
// each zone unit (section IV). The file is read by the feature and passed in; nothing here does I/O.
import { z } from 'zod';

export const Confidence = z.enum(['high', 'medium', 'low', 'unverified']);
export type Confidence = z.infer<typeof Confidence>;

/** A GB/T 4754-2017 division, group or class: the data never maps a whole section. */
export const MappedCode = z.string().regex(/^\d{2,4}$/, 'a GB/T 4754-2017 code of 2, 3 or 4 digits');

const ReducedDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const Text = z.string().min(1);

export const CodeMapping = z.strictObject({ code: MappedCode, confidence: Confidence, note: Text.optional() });
export type CodeMapping = z.infer<typeof CodeMapping>;

const SubIndustryId = z.string().regex(/^C\d\.\d$/);

export const PresentSubIndustry = z.strictObject({
  id: SubIndustryId,
  number: z.number().int().min(1),
  nameZh: Text,
  nameEn: Text,
  keyContentEn: Text,
  codes: z.array(CodeMapping).min(1),
  mappingNote: Text.optional(),
});
/** A number the Plan skips (III.(V) has 1, 2 and 4): kept so that the gap stays visible. */
export const MissingSubIndustry = z.strictObject({ id: SubIndustryId, number: z.number().int().min(1), missing: z.literal(true), note: Text });
export const SubIndustry = z.union([PresentSubIndustry, MissingSubIndustry]);
export type PresentSubIndustry = z.infer<typeof PresentSubIndustry>;
export type SubIndustry = z.infer<typeof SubIndustry>;

export const Cluster = z.strictObject({
  id: z.string().regex(/^C\d$/),
  nameZh: Text,
  nameEn: Text,
  planSection: Text,
  subIndustries: z.array(SubIndustry).min(1),
});
export type Cluster = z.infer<typeof Cluster>;

export const EmergingItem = z.strictObject({
  id: z.string().regex(/^EM-[A-Z]+$/),
  nameZh: Text,
  nameEn: Text,
  subIndustryIds: z.array(SubIndustryId),
  codes: z.array(CodeMapping),
  note: Text.optional(),
});
export type EmergingItem = z.infer<typeof EmergingItem>;

export const UnitFocus = z.strictObject({
  unitCode: z.string().min(1),
  planSection: Text,
  subIndustryIds: z.array(SubIndustryId).min(1),
  confidence: Confidence,
  note: Text,
});
export type UnitFocus = z.infer<typeof UnitFocus>;

export const ClusterCatalogue = z
  .strictObject({
    dataset: z.literal('cqftz-industrial-clusters'),
    description: Text,
    source: z.array(z.object({ id: Text, title: Text, confidence: Confidence }).loose()).min(1),
    effectiveFrom: ReducedDate,
    effectiveTo: ReducedDate.nullable(),
    nameZhSource: Text,
    vocabulary: z.object({ confidence: z.record(z.string(), z.string()) }).loose(),
    clusters: z.array(Cluster).min(1),
    emergingIndustries: z.strictObject({ target: Text, planSection: Text, note: Text, items: z.array(EmergingItem).min(1) }),
    unitFocus: z.array(UnitFocus),
  })
  .superRefine((file, ctx) => {
    const present = new Set<string>();
    for (const [ci, cluster] of file.clusters.entries()) {
      for (const [si, sub] of cluster.subIndustries.entries()) {
        const path = ['clusters', ci, 'subIndustries', si];
        if (sub.id !== `${cluster.id}.${sub.number}`) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `expected ${cluster.id}.${sub.number}` });
        // Numbers run 1, 2, 3 … in order: a gap in the Plan is a `missing` entry, never a skipped number.
        if (sub.number !== si + 1) ctx.addIssue({ code: 'custom', path: [...path, 'number'], message: `expected number ${si + 1}` });
        if (!('missing' in sub)) present.add(sub.id);
      }
    }
    const known = (id: string) => present.has(id);
    for (const [i, item] of file.emergingIndustries.items.entries()) {
      if (item.subIndustryIds.length === 0 && item.codes.length === 0) ctx.addIssue({ code: 'custom', path: ['emergingIndustries', 'items', i], message: 'names no sub-industry and no code' });
      for (const id of item.subIndustryIds) if (!known(id)) ctx.addIssue({ code: 'custom', path: ['emergingIndustries', 'items', i, 'subIndustryIds'], message: `unknown sub-industry ${id}` });
    }
    const units = new Set<string>();
    for (const [i, focus] of file.unitFocus.entries()) {
      if (units.has(focus.unitCode)) ctx.addIssue({ code: 'custom', path: ['unitFocus', i, 'unitCode'], message: `${focus.unitCode} twice` });
      units.add(focus.unitCode);
      for (const id of focus.subIndustryIds) if (!known(id)) ctx.addIssue({ code: 'custom', path: ['unitFocus', i, 'subIndustryIds'], message: `unknown sub-industry ${id}` });
    }
  });
export type ClusterCatalogue = z.infer<typeof ClusterCatalogue>;

/** One code of one sub-industry, with where it comes from: the unit the classifier compares codes with. */
export interface SubIndustryMapping {
  readonly clusterId: string;
  readonly subIndustryId: string;
  readonly code: string;
  readonly confidence: Confidence;
  readonly note: string | null;
}

const mappingCache = new WeakMap<ClusterCatalogue, readonly SubIndustryMapping[]>();

// Guarantees: every (sub-industry, code) pair of the catalogue in file order, computed once per catalogue object.
export function mappingsOf(catalogue: ClusterCatalogue): readonly SubIndustryMapping[] {
  const cached = mappingCache.get(catalogue);
  if (cached) return cached;
  const list: SubIndustryMapping[] = [];
  for (const cluster of catalogue.clusters) {
    for (const sub of cluster.subIndustries) {
      if ('missing' in sub) continue;
      for (const c of sub.codes) list.push(Object.freeze({ clusterId: cluster.id, subIndustryId: sub.id, code: c.code, confidence: c.confidence, note: c.note ?? null }));
    }
  }
  mappingCache.set(catalogue, list);
  return list;
}

// Guarantees: the present sub-industry with that id and its cluster, or undefined (a missing number is undefined).
export function findSubIndustry(catalogue: ClusterCatalogue, id: string): { cluster: Cluster; sub: PresentSubIndustry } | undefined {
  for (const cluster of catalogue.clusters) {
    const sub = cluster.subIndustries.find((s) => s.id === id);
    if (sub && !('missing' in sub)) return { cluster, sub };
  }
  return undefined;
}
