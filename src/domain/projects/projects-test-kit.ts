// Test kit: the shipped pipeline and land-priority rules, parsed as the feature parses them (used by *.test.ts only).
import { referenceJson } from '../clusters/clusters-test-kit.ts';
import { LandPriorityRules } from './land-priority.ts';
import { PipelineRules } from './pipeline-rules.ts';

export { catalogue, errorOf, referenceJson, zoneUnits } from '../clusters/clusters-test-kit.ts';
export const pipelineRules: PipelineRules = PipelineRules.parse(referenceJson('plan/pipeline-rules.json'));
export const landRules: LandPriorityRules = LandPriorityRules.parse(referenceJson('plan/land-priority.json'));

/** The evidence each stage needs in the shipped rules, ready to send. */
export const EVIDENCE = {
  negotiating: { facts: {}, documentKinds: [] },
  contracted: { facts: {}, documentKinds: ['signed_agreement'] },
  under_construction: { facts: { permitNo: '500112202601010101' }, documentKinds: ['construction_permit'] },
  in_production: { facts: {}, documentKinds: ['production_start'] },
  achieving_results: { facts: { outputYuan: 900_000_000, taxYuan: 45_000_000, figuresYear: 2026 }, documentKinds: [] },
  dropped: { facts: { reason: '投资方战略调整' }, documentKinds: [] },
} as const;
