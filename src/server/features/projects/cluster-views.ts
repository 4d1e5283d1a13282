// The domain's frozen answers as the plain objects the API returns (readonly arrays copied).
import type { ClusterFit, IndustryClassification } from '../../../domain/clusters/index.ts';
import type { LandScore } from '../../../domain/projects/index.ts';
import type { ClassificationView, ClusterFitView } from '../../../schemas/clusters.ts';
import type { LandScoreView } from '../../../schemas/projects.ts';

export function classificationView(c: IndustryClassification): ClassificationView {
  return {
    industryCode: c.industryCode, outcome: c.outcome, matches: [...c.matches], outranked: [...c.outranked], possible: [...c.possible],
    clusterIds: [...c.clusterIds], subIndustryIds: [...c.subIndustryIds], emerging: [...c.emerging], reasons: [...c.reasons],
  };
}

export function fitView(f: ClusterFit): ClusterFitView {
  return {
    level: f.level,
    decidedBy: f.decidedBy,
    units: f.units.map((u) => ({ ...u, clusters: [...u.clusters], focusSubIndustryIds: [...u.focusSubIndustryIds], matchedClusterIds: [...u.matchedClusterIds], matchedSubIndustryIds: [...u.matchedSubIndustryIds] })),
    reasons: [...f.reasons],
  };
}

export function landView(l: LandScore): LandScoreView {
  return { total: l.total, maxPoints: l.maxPoints, rulesVersion: l.rulesVersion, category: { ...l.category, candidates: [...l.category.candidates] }, clusterFit: { ...l.clusterFit }, investmentIntensity: { ...l.investmentIntensity } };
}
