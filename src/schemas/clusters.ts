// The Plan's seven industrial clusters over HTTP (issue 7): the catalogue with its GB/T 4754-2017 mapping, the
// classification of an industry code with its fit to an area, and enterprises and projects per cluster and area.
// The rules are src/domain/clusters; the data reference-data/plan/clusters.json.
import { z } from 'zod';
import { IsoDate } from './common.ts';

const Confidence = z.enum(['high', 'medium', 'low', 'unverified']);
export const FitLevel = z.enum(['focus_industry', 'focus_cluster', 'outside', 'unclassified']).describe('Best first: a focus industry of the unit, a cluster of the unit, neither, not classified');
export type FitLevel = z.infer<typeof FitLevel>;
export const IndustryCodeParam = z.string().regex(/^\d{2,4}$/, 'a GB/T 4754-2017 division, group or class code of 2–4 digits').describe('GB/T 4754-2017 code');

const Reason = z.object({ code: z.string(), zh: z.string(), en: z.string() });
export const IndustryRef = z.object({ code: z.string(), nameZh: z.string().nullable(), nameEn: z.string().nullable() });
export type IndustryRef = z.infer<typeof IndustryRef>;

const MappedCodeView = IndustryRef.extend({ level: z.enum(['division', 'group', 'class']), confidence: Confidence, note: z.string().nullable() });

export const ClusterCatalogueResponse = z.object({
  source: z.array(z.object({ id: z.string(), title: z.string(), confidence: z.string() })),
  effectiveFrom: z.string(),
  description: z.string(),
  nameZhSource: z.string().describe('reconstructed: the Chinese names were not read in the Chinese Plan'),
  clusters: z.array(
    z.object({
      id: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      planSection: z.string(),
      subIndustries: z.array(
        z.object({
          id: z.string(),
          number: z.number().int(),
          missing: z.boolean().describe('A number the Plan skips (C5 item 3): kept so the gap is visible'),
          nameZh: z.string().nullable(),
          nameEn: z.string().nullable(),
          keyContentEn: z.string().nullable(),
          note: z.string().nullable(),
          emergingIds: z.array(z.string()),
          codes: z.array(MappedCodeView),
        }),
      ),
    }),
  ),
  emerging: z.object({
    target: z.string(),
    planSection: z.string(),
    note: z.string(),
    items: z.array(z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string(), subIndustryIds: z.array(z.string()), codes: z.array(MappedCodeView), note: z.string().nullable() })),
  }),
  units: z.array(
    z.object({
      unitCode: z.string(),
      level: z.string(),
      parentCode: z.string().nullable(),
      nameZh: z.string(),
      nameEn: z.string(),
      clusters: z.array(z.string()).describe('From reference-data/geography/zone-units.json'),
      focusSubIndustryIds: z.array(z.string()),
      planSection: z.string().nullable(),
      confidence: Confidence.nullable(),
      note: z.string().nullable(),
    }),
  ),
});
export type ClusterCatalogueResponse = z.infer<typeof ClusterCatalogueResponse>;

const MatchView = z.object({
  clusterId: z.string(),
  subIndustryId: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  mappedCode: z.string(),
  level: z.enum(['division', 'group', 'class']),
  confidence: Confidence,
  note: z.string().nullable(),
});
export const ClassificationView = z.object({
  industryCode: z.string(),
  outcome: z.enum(['classified', 'possible', 'unclassified']),
  matches: z.array(MatchView).describe('The winning sub-industries: the most specific mapped code containing the code'),
  outranked: z.array(MatchView),
  possible: z.array(MatchView).describe('When the code is coarser than the mappings: sub-industries it may be in'),
  clusterIds: z.array(z.string()),
  subIndustryIds: z.array(z.string()),
  emerging: z.array(z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string(), via: z.enum(['sub-industry', 'code']), ref: z.string() })),
  reasons: z.array(Reason),
});
export type ClassificationView = z.infer<typeof ClassificationView>;

export const ClusterFitView = z.object({
  level: FitLevel,
  decidedBy: z.string().describe('The most specific unit given: the area, or the functional area / cluster group'),
  units: z.array(
    z.object({
      unitCode: z.string(),
      level: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      clusters: z.array(z.string()),
      focusSubIndustryIds: z.array(z.string()),
      fit: FitLevel,
      matchedClusterIds: z.array(z.string()),
      matchedSubIndustryIds: z.array(z.string()),
    }),
  ),
  reasons: z.array(Reason),
});
export type ClusterFitView = z.infer<typeof ClusterFitView>;

export const ClassifyQuery = z.object({
  industryCode: IndustryCodeParam,
  areaCode: z.string().min(1).max(16).optional().describe('CQFTZ area (LJ, XY, GYG): the fit is shown when given'),
  unitCode: z.string().min(1).max(16).optional().describe('A functional area or cluster group of the area'),
});
export const ClassifyResponse = z.object({ industry: IndustryRef, classification: ClassificationView, fit: ClusterFitView.nullable() });
export type ClassifyResponse = z.infer<typeof ClassifyResponse>;

export const EnterpriseClusterResponse = z.object({
  uscc: z.string(),
  name: z.string(),
  areaCode: z.string(),
  industry: IndustryRef,
  classification: ClassificationView,
  fit: ClusterFitView.describe('Fit with the enterprise’s area (the register keeps no functional area)'),
});
export type EnterpriseClusterResponse = z.infer<typeof EnterpriseClusterResponse>;

export const ClusterStatisticsQuery = z.object({ areaCode: z.string().min(1).max(16).optional().describe('One area; area officers get their own') });
const ClusterKey = z.string().describe('C1 … C7, or none (not classified)');
export const ClusterStatisticsResponse = z.object({
  date: IsoDate,
  note: z.string(),
  enterprises: z.object({
    total: z.number().int().describe('Enterprises on the register (not deregistered) within scope'),
    rows: z.array(
      z.object({
        areaCode: z.string(),
        clusterId: ClusterKey,
        enterprises: z.number().int(),
        registeredCapitalYuan: z.number().describe('Sum over the enterprises whose registered capital zimao holds'),
        capitalKnown: z.number().int().describe('How many of them have a registered capital on the register'),
      }),
    ),
  }),
  projects: z.object({
    total: z.number().int(),
    rows: z.array(z.object({ areaCode: z.string(), clusterId: ClusterKey, projects: z.number().int(), investmentYuan: z.number() })),
  }),
});
export type ClusterStatisticsResponse = z.infer<typeof ClusterStatisticsResponse>;
