import { describe, expect, it } from 'vitest';
import { attractionProgress } from './attraction.ts';
import { pipelineSummary, type PipelineProject } from './pipeline-summary.ts';
import { pipelineRules } from './projects-test-kit.ts';

const p = (areaCode: string, stage: PipelineProject['stage'], since: string, reached: PipelineProject['reached'], totalInvestmentYuan = 100): PipelineProject => ({ areaCode, stage, since, reached, totalInvestmentYuan });

describe('pipelineSummary', () => {
  it('counts, converts and ages per area', () => {
    const projects = [
      p('LJ', 'negotiating', '2026-01-01', ['negotiating']),
      p('LJ', 'negotiating', '2026-11-01', ['negotiating']),
      p('LJ', 'contracted', '2026-10-01', ['negotiating', 'contracted'], 300),
      p('LJ', 'dropped', '2026-02-01', ['negotiating', 'contracted', 'dropped']),
      p('XY', 'in_production', '2025-01-01', ['negotiating', 'contracted', 'under_construction', 'in_production']),
    ];
    const [lj, xy, gyg] = pipelineSummary(['LJ', 'XY', 'GYG'], projects, '2026-11-24', pipelineRules);
    expect(lj).toMatchObject({ areaCode: 'LJ', total: 4, dropped: 1 });
    expect(lj!.stages[0]).toMatchObject({ stage: 'negotiating', current: 2, reached: 4, conversionToNext: 0.5, averageDaysInStage: 175, maxDaysInStage: 327, stalled: 1 });
    expect(lj!.stages[1]).toMatchObject({ stage: 'contracted', current: 1, investmentYuan: 300, reached: 2, conversionToNext: 0, stalled: 0 });
    expect(lj!.stages[2]).toMatchObject({ reached: 0, conversionToNext: null, averageDaysInStage: null });
    expect(xy!.stages.map((s) => s.reached)).toEqual([1, 1, 1, 1, 0]);
    expect(xy!.stages[4]!.conversionToNext).toBeNull();
    expect(gyg).toMatchObject({ total: 0, dropped: 0 });
  });
});

describe('attractionProgress (Plan V.(II) annual tasks)', () => {
  const project = (id: number, areaCode: string, contracted: string | undefined, direction: 'bringing_in' | 'going_out' = 'bringing_in', totalInvestmentYuan = 100_000_000) => ({
    id, areaCode, direction, totalInvestmentYuan, stageDates: { negotiating: '2025-06-01', ...(contracted ? { contracted } : {}) },
  });
  it('counts projects brought in and contracted in the year, against the target', () => {
    const projects = [project(1, 'LJ', '2026-01-01'), project(2, 'LJ', '2026-12-31'), project(3, 'LJ', '2025-12-31'), project(4, 'LJ', '2026-05-05', 'going_out'), project(5, 'LJ', undefined), project(6, 'XY', '2026-03-03')];
    const targets = new Map([['LJ', { targetCount: 4, targetInvestmentYuan: 500_000_000 }], ['XY', { targetCount: 0, targetInvestmentYuan: 0 }]]);
    const [lj, xy, gyg] = attractionProgress(2026, ['LJ', 'XY', 'GYG'], targets, projects, pipelineRules);
    expect(lj).toMatchObject({ actualCount: 2, actualInvestmentYuan: 200_000_000, projectIds: [1, 2], countRatio: 0.5, investmentRatio: 0.4 });
    expect(xy).toMatchObject({ actualCount: 1, countRatio: null, investmentRatio: null });
    expect(gyg).toMatchObject({ target: null, actualCount: 0, countRatio: null });
  });
});
