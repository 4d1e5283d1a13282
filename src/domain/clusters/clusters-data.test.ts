// The shipped clusters.json against the Plan's structure (plan-targets §2–§3), the industry table and zone-units.json.
import { describe, expect, it } from 'vitest';
import { ClusterCatalogue, mappingsOf } from './cluster-catalogue.ts';
import { catalogue, industryRows, referenceJson, zoneUnits } from './clusters-test-kit.ts';

describe('reference-data/plan/clusters.json', () => {
  it('has the seven clusters with the sub-industries numbered as in the Plan, the gap of C5 item 3 visible', () => {
    expect(catalogue.clusters.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7']);
    expect(catalogue.clusters.map((c) => c.subIndustries.length)).toEqual([7, 4, 4, 4, 4, 3, 2]);
    const c5 = catalogue.clusters[4]!.subIndustries;
    expect(c5.map((s) => [s.id, 'missing' in s])).toEqual([['C5.1', false], ['C5.2', false], ['C5.3', true], ['C5.4', false]]);
  });

  it('maps only codes of GB/T 4754-2017, each with a confidence', () => {
    const known = new Set(industryRows().map((r) => r.code));
    const codes = [...mappingsOf(catalogue).map((m) => m.code), ...catalogue.emergingIndustries.items.flatMap((i) => i.codes.map((c) => c.code))];
    expect(codes.length).toBeGreaterThan(100);
    expect(codes.filter((c) => !known.has(c))).toEqual([]);
  });

  it('links each focus to a zone unit of zone-units.json, within the clusters that file gives the unit', () => {
    const units = new Map(zoneUnits.map((u) => [u.code, u]));
    for (const focus of catalogue.unitFocus) {
      const unit = units.get(focus.unitCode);
      expect(unit, focus.unitCode).toBeDefined();
      const outside = focus.subIndustryIds.filter((id) => !unit!.clusters.includes(id.split('.')[0]!));
      expect(outside, focus.unitCode).toEqual([]);
    }
    // Every unit with clusters of its own below the zone has a focus.
    const withClusters = zoneUnits.filter((u) => u.level !== 'zone' && u.clusters.length > 0).map((u) => u.code);
    expect(catalogue.unitFocus.map((f) => f.unitCode).sort()).toEqual(withClusters.sort());
  });

  it('has the eight emerging industries of II.(I).5, new materials and energy saving by code only', () => {
    const items = catalogue.emergingIndustries.items;
    expect(items).toHaveLength(8);
    expect(items.filter((i) => i.subIndustryIds.length === 0).map((i) => i.id)).toEqual(['EM-MATERIALS', 'EM-GREEN']);
  });

  it('refuses a file whose numbering skips a number instead of marking the gap', () => {
    const raw = structuredClone(referenceJson('plan/clusters.json')) as { clusters: { subIndustries: unknown[] }[] };
    raw.clusters[4]!.subIndustries.splice(2, 1);
    const parsed = ClusterCatalogue.safeParse(raw);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('clusters.4.subIndustries.2.number');
  });

  it('refuses a focus naming the missing item or an unknown sub-industry', () => {
    const raw = structuredClone(referenceJson('plan/clusters.json')) as { unitFocus: { subIndustryIds: string[] }[] };
    raw.unitFocus[0]!.subIndustryIds.push('C5.3');
    expect(ClusterCatalogue.safeParse(raw).error?.issues[0]?.message).toBe('unknown sub-industry C5.3');
  });
});
