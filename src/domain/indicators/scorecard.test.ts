import { describe, expect, it } from 'vitest';
import { allocationFor, assessTarget } from './assess.ts';
import { context, flat } from './indicators-test-kit.ts';
import { parsePeriod } from './periods.ts';
import { buildScorecard, scorecardScopes } from './scorecard.ts';
import { ZONE } from './value-store.ts';

const target = (id: string, ctx: ReturnType<typeof context>) => ctx.catalogue.targets.find((t) => t.id === id)!;

describe('areas against the zone target', () => {
  // Containers (T06: 70 in 2020): XY 10 and GYG 30 in 2017, so XY carries a quarter of the target.
  const ctx = context([
    ...flat('CONTAINER_TEU', 'XY', 2017, 2017, 10 / 12), ...flat('CONTAINER_TEU', 'GYG', 2017, 2017, 30 / 12),
    ...flat('CONTAINER_TEU', 'XY', 2018, 2020, 17.5 / 12), ...flat('CONTAINER_TEU', 'GYG', 2018, 2020, 40 / 12),
    ...flat('NEW_BANKING_INST', 'LJ', 2018, 2018, 1),
    ...flat('TRADE_CNY', 'LJ', 2017, 2018, 10), ...flat('TRADE_CNY', 'XY', 2017, 2017, 10), ...flat('TRADE_CNY', 'XY', 2018, 2018, 10.5),
  ]);

  it('shares a level target by the area’s part in the baseline year, and says so', () => {
    const xy = allocationFor(ctx, target('T06', ctx), 'XY')!;
    expect(xy.share).toBeCloseTo(0.25, 9);
    expect(xy.basisEn).toContain("area's 25% of the zone in 2017");
    const p = assessTarget(ctx, target('T06', ctx), 'XY');
    expect(p).toMatchObject({ goal: 17.5, status: 'final', achieved: true, light: 'on_track' });
    expect(assessTarget(ctx, target('T06', ctx), 'GYG')).toMatchObject({ goal: 52.5, achieved: false, light: 'off_track' });
    expect(assessTarget(ctx, target('T06', ctx), ZONE)).toMatchObject({ goal: 70, achieved: false });
  });

  it('applies a rate target to each area as it stands; an addition is not allocated', () => {
    expect(allocationFor(ctx, target('T04', ctx), 'LJ')).toMatchObject({ share: 1 });
    expect(assessTarget(ctx, target('T10', ctx), 'LJ')).toMatchObject({ light: 'no_target' });
    expect(assessTarget(ctx, target('T02', ctx), 'LJ')).toMatchObject({ light: 'no_target', reasonEn: expect.stringContaining('whole zone only') });
  });

  it('builds areas × indicators with values and lights for a period', () => {
    const rows = buildScorecard(ctx, parsePeriod('2018')!, scorecardScopes(ctx.catalogue, ZONE));
    expect(rows).toHaveLength(ctx.catalogue.indicators.length);
    const containers = rows.find((r) => r.indicatorCode === 'CONTAINER_TEU')!;
    expect(containers.targetId).toBe('T06');
    expect(containers.cells.map((c) => c.scope)).toEqual(['LJ', 'XY', 'GYG', ZONE]);
    expect(containers.cells.map((c) => c.value)).toEqual([null, 17.5, 40, 57.5]);
    const growth = rows.find((r) => r.indicatorCode === 'TRADE_GROWTH')!.cells;
    expect(growth.find((c) => c.scope === 'XY')).toMatchObject({ value: 5, light: 'off_track' });
    expect(growth.find((c) => c.scope === 'LJ')).toMatchObject({ value: 0, light: 'off_track' });
    const noTarget = rows.find((r) => r.indicatorCode === 'NEW_ENTERPRISES')!;
    expect(noTarget.cells.every((c) => c.light === 'no_target')).toBe(true);
  });
});
