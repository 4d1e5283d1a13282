// The investment data and the file engine's time limits say the same: the file types count on TIME-60/61/62 while
// the classifiers report the figures of reference-data/investment, so the two must not drift apart.
import { describe, expect, it } from 'vitest';
import { getTimeLimit } from '../files/time-limits.ts';
import { OUTBOUND_RULES, PROJECT_RULES } from './index.ts';

describe('investment time limits agree with reference-data/procedures/time-limits.json', () => {
  it('project approval: approvalTimeLimit is TIME-62 (条例 Art. 10)', () => {
    const limit = getTimeLimit('TIME-62');
    expect([limit.workingDays, limit.extensionWorkingDays]).toEqual([PROJECT_RULES.approvalTimeLimit.workingDays, PROJECT_RULES.approvalTimeLimit.extensionWorkingDays]);
  });

  it.each(OUTBOUND_RULES.ndrcTiers.map((t) => [t.id, t] as const))('NDRC tier %s carries the figures of its TIME id', (_id, tier) => {
    const id = tier.ruleIds.find((r) => r.startsWith('TIME-'));
    expect(id).toBeDefined();
    const limit = getTimeLimit(id!);
    expect([limit.workingDays, limit.extensionWorkingDays]).toEqual([tier.workingDays, tier.extensionWorkingDays]);
  });
});
