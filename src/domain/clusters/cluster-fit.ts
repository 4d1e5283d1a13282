// The fit of a classified enterprise or project with the focus of where it is (Plan IV: each area, functional area and
// cluster group has its clusters and focus industries). The units and their clusters are those of
// reference-data/geography/zone-units.json (passed in, as the reference feature reads them); the focus sub-industries
// are the catalogue's unitFocus, linked by unit code.
import { AppError } from '../app-error.ts';
import type { ClusterCatalogue } from './cluster-catalogue.ts';
import type { ClassificationReason, IndustryClassification } from './classify-industry.ts';

/** Best first: a focus sub-industry of the unit, a cluster of the unit, neither, or not classified. */
export type FitLevel = 'focus_industry' | 'focus_cluster' | 'outside' | 'unclassified';
export const FIT_LEVELS: readonly FitLevel[] = ['focus_industry', 'focus_cluster', 'outside', 'unclassified'];

/** What the fit needs of a zone unit. */
export interface ZoneUnitFacts {
  readonly code: string;
  readonly level: string;
  readonly parentCode: string | null;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly clusters: readonly string[];
}

export interface Placement {
  readonly areaCode: string;
  /** A functional area or cluster group inside the area, with clusters of its own. */
  readonly unitCode?: string | null | undefined;
}

export interface UnitFit {
  readonly unitCode: string;
  readonly level: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly clusters: readonly string[];
  readonly focusSubIndustryIds: readonly string[];
  readonly fit: FitLevel;
  readonly matchedClusterIds: readonly string[];
  readonly matchedSubIndustryIds: readonly string[];
}

export interface ClusterFit {
  readonly level: FitLevel;
  /** The most specific unit given: its fit is the answer, since the Plan places industries down to cluster groups. */
  readonly decidedBy: string;
  readonly units: readonly UnitFit[];
  readonly reasons: readonly ClassificationReason[];
}

function ancestors(units: ReadonlyMap<string, ZoneUnitFacts>, code: string): string[] {
  const chain: string[] = [];
  let current = units.get(code)?.parentCode ?? null;
  while (current !== null && !chain.includes(current)) {
    chain.push(current);
    current = units.get(current)?.parentCode ?? null;
  }
  return chain;
}

// Guarantees: returns the area and the unit when the area is a unit of level 'area' and the unit (when given) lies
// inside it, is a functional area or cluster group and has clusters of its own; otherwise throws AppError
// INVALID_REQUEST naming 'areaCode' or 'unitCode'.
export function checkPlacement(units: readonly ZoneUnitFacts[], placement: Placement): { area: ZoneUnitFacts; unit: ZoneUnitFacts | null } {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const area = byCode.get(placement.areaCode);
  if (!area || area.level !== 'area') throw new AppError('INVALID_REQUEST', { field: 'areaCode', message: `${placement.areaCode} is not a CQFTZ area` });
  if (!placement.unitCode) return { area, unit: null };
  const unit = byCode.get(placement.unitCode);
  if (!unit || !ancestors(byCode, unit.code).includes(area.code)) {
    throw new AppError('INVALID_REQUEST', { field: 'unitCode', message: `${placement.unitCode} is not a functional area or cluster group of ${area.code}` });
  }
  if (unit.clusters.length === 0) {
    // LJ-D is divided into cluster groups that carry the clusters (Plan IV.(I).2.(1)); it has none of its own.
    throw new AppError('INVALID_REQUEST', { field: 'unitCode', message: `${unit.code} has no clusters of its own: name one of its cluster groups` });
  }
  return { area, unit };
}

function fitOf(unit: ZoneUnitFacts, focus: readonly string[], c: IndustryClassification): UnitFit {
  const matchedSubIndustryIds = c.subIndustryIds.filter((id) => focus.includes(id));
  const matchedClusterIds = c.clusterIds.filter((id) => unit.clusters.includes(id));
  const fit: FitLevel = c.outcome !== 'classified' ? 'unclassified' : matchedSubIndustryIds.length > 0 ? 'focus_industry' : matchedClusterIds.length > 0 ? 'focus_cluster' : 'outside';
  return Object.freeze({ unitCode: unit.code, level: unit.level, nameZh: unit.nameZh, nameEn: unit.nameEn, clusters: unit.clusters, focusSubIndustryIds: focus, fit, matchedClusterIds, matchedSubIndustryIds });
}

function reasonOf(u: UnitFit, decides: boolean): ClassificationReason {
  const tail = decides ? '' : '（仅供参考）';
  const tailEn = decides ? '' : ' (for reference)';
  switch (u.fit) {
    case 'focus_industry':
      return { code: 'FIT-FOCUS-INDUSTRY', zh: `${u.nameZh}的重点产业包括 ${u.matchedSubIndustryIds.join('、')}${tail}。`, en: `${u.nameEn} has ${u.matchedSubIndustryIds.join(', ')} among its focus industries${tailEn}.` };
    case 'focus_cluster':
      return { code: 'FIT-FOCUS-CLUSTER', zh: `${u.nameZh}的主导产业集群包括 ${u.matchedClusterIds.join('、')}，但该子产业不是其重点产业${tail}。`, en: `${u.nameEn} has cluster ${u.matchedClusterIds.join(', ')}, though not this sub-industry among its focus industries${tailEn}.` };
    case 'outside':
      return { code: 'FIT-OUTSIDE', zh: `${u.nameZh}的主导产业集群（${u.clusters.join('、')}）不包括该产业${tail}。`, en: `${u.nameEn}'s clusters (${u.clusters.join(', ')}) do not include this industry${tailEn}.` };
    case 'unclassified':
      return { code: 'FIT-UNCLASSIFIED', zh: `行业未能归入产业集群，无法判断与${u.nameZh}的契合度${tail}。`, en: `The industry is not classified into a cluster, so its fit with ${u.nameEn} cannot be judged${tailEn}.` };
  }
}

// Guarantees: the fit with the area and, when given, the unit (each: focus_industry when a winning sub-industry is a
// focus of the unit, focus_cluster when a winning cluster is one of the unit's, outside otherwise, unclassified when
// the code was not classified); `level` is the fit of the most specific unit given. Placement is checked as
// checkPlacement does.
export function clusterFit(classification: IndustryClassification, units: readonly ZoneUnitFacts[], catalogue: ClusterCatalogue, placement: Placement): ClusterFit {
  const { area, unit } = checkPlacement(units, placement);
  const focusOf = (code: string) => catalogue.unitFocus.find((f) => f.unitCode === code)?.subIndustryIds ?? [];
  const fits = [area, ...(unit ? [unit] : [])].map((u) => fitOf(u, focusOf(u.code), classification));
  const deciding = fits[fits.length - 1]!;
  return Object.freeze({ level: deciding.fit, decidedBy: deciding.unitCode, units: fits, reasons: fits.map((f) => reasonOf(f, f === deciding)) });
}
