export {
  ClusterCatalogue,
  CodeMapping,
  Confidence,
  MappedCode,
  findSubIndustry,
  mappingsOf,
  type Cluster,
  type EmergingItem,
  type PresentSubIndustry,
  type SubIndustry,
  type SubIndustryMapping,
  type UnitFocus,
} from './cluster-catalogue.ts';
export {
  classifyIndustry,
  codeLevel,
  type ClassificationReason,
  type CodeLevel,
  type EmergingHit,
  type IndustryClassification,
  type SubIndustryMatch,
} from './classify-industry.ts';
export { FIT_LEVELS, checkPlacement, clusterFit, type ClusterFit, type FitLevel, type Placement, type UnitFit, type ZoneUnitFacts } from './cluster-fit.ts';
