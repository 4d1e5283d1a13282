import { describe, expect, it } from 'vitest';
import { stageAgeing } from './stage-ageing.ts';
import { pipelineRules } from './projects-test-kit.ts';

describe('stageAgeing (stalled after the threshold, not on it)', () => {
  // negotiating: 180 days.
  it.each([
    ['2026-05-28', 180, false, null],
    ['2026-05-27', 181, true, 1],
    ['2026-11-24', 0, false, null],
  ])('negotiating since %s on 2026-11-24: %i days, stalled %s', (since, days, stalled, over) => {
    expect(stageAgeing({ stage: 'negotiating', since }, '2026-11-24', pipelineRules)).toEqual({ daysInStage: days, stalledAfterDays: 180, stalled, daysOver: over });
  });

  it('uses each stage’s own threshold and never stalls the last stage or a dropped project', () => {
    expect(stageAgeing({ stage: 'under_construction', since: '2024-11-24' }, '2026-11-24', pipelineRules)).toMatchObject({ daysInStage: 730, stalled: false });
    expect(stageAgeing({ stage: 'under_construction', since: '2024-11-23' }, '2026-11-24', pipelineRules)).toMatchObject({ daysInStage: 731, stalled: true, daysOver: 1 });
    expect(stageAgeing({ stage: 'achieving_results', since: '2010-01-01' }, '2026-11-24', pipelineRules)).toMatchObject({ stalledAfterDays: null, stalled: false });
    expect(stageAgeing({ stage: 'dropped', since: '2010-01-01' }, '2026-11-24', pipelineRules).stalled).toBe(false);
  });
});
