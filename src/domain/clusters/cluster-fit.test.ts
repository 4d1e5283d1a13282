import { describe, expect, it } from 'vitest';
import { classifyIndustry } from './classify-industry.ts';
import { checkPlacement, clusterFit } from './cluster-fit.ts';
import { catalogue, errorOf, zoneUnits } from './clusters-test-kit.ts';

const fit = (code: string, areaCode: string, unitCode?: string) => clusterFit(classifyIndustry(code, catalogue), zoneUnits, catalogue, { areaCode, unitCode });

describe('clusterFit', () => {
  it('is focus_industry when a winning sub-industry is a focus of the unit', () => {
    const f = fit('3973', 'XY', 'XY-CBA');
    expect(f).toMatchObject({ level: 'focus_industry', decidedBy: 'XY-CBA' });
    expect(f.units.map((u) => [u.unitCode, u.fit])).toEqual([['XY', 'focus_industry'], ['XY-CBA', 'focus_industry']]);
    expect(f.reasons.map((r) => r.code)).toEqual(['FIT-FOCUS-INDUSTRY', 'FIT-FOCUS-INDUSTRY']);
  });

  it('is focus_cluster when only the cluster is the unit’s, outside when not even that', () => {
    // Auto parts (C1.6) in Liangjiang: C1 is a cluster of LJ, new energy vehicles are not among its focus industries.
    expect(fit('3670', 'LJ').level).toBe('focus_cluster');
    // The same in the Jiangbeizui finance cluster group: outside, decided by the group, not the area.
    const jbz = fit('3670', 'LJ', 'LJ-D-JBZ');
    expect(jbz).toMatchObject({ level: 'outside', decidedBy: 'LJ-D-JBZ' });
    expect(jbz.units.map((u) => u.fit)).toEqual(['focus_cluster', 'outside']);
  });

  it('is unclassified for a code outside the clusters or too coarse', () => {
    expect(fit('0111', 'GYG').level).toBe('unclassified');
    expect(fit('39', 'XY').level).toBe('unclassified');
  });

  it('checks the placement: an area, and a unit inside it with clusters of its own', () => {
    expect(checkPlacement(zoneUnits, { areaCode: 'LJ', unitCode: 'LJ-D-YXS' }).unit?.code).toBe('LJ-D-YXS');
    expect(errorOf(() => checkPlacement(zoneUnits, { areaCode: 'LJ-YZ' }))).toMatchObject({ field: 'areaCode' });
    expect(errorOf(() => checkPlacement(zoneUnits, { areaCode: 'XY', unitCode: 'LJ-YZ' }))).toMatchObject({ field: 'unitCode' });
    expect(errorOf(() => checkPlacement(zoneUnits, { areaCode: 'LJ', unitCode: 'LJ-D' })).message).toContain('cluster groups');
    expect(errorOf(() => checkPlacement(zoneUnits, { areaCode: 'LJ', unitCode: 'NOPE' }))).toMatchObject({ field: 'unitCode' });
  });
});
