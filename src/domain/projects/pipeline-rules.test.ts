import { describe, expect, it } from 'vitest';
import { PipelineRules } from './pipeline-rules.ts';
import { pipelineRules, referenceJson } from './projects-test-kit.ts';

describe('reference-data/plan/pipeline-rules.json', () => {
  it('has the five stages of Plan V.(II) in order with the evidence plan-targets §4 names', () => {
    expect(pipelineRules.stages.map((s) => [s.key, s.requiredDocuments, s.requiredFacts])).toEqual([
      ['negotiating', [], []],
      ['contracted', ['signed_agreement'], []],
      ['under_construction', ['construction_permit'], ['permitNo']],
      ['in_production', ['production_start'], []],
      ['achieving_results', [], ['outputYuan', 'taxYuan', 'figuresYear']],
    ]);
    expect(pipelineRules.dropped.requiredFacts).toEqual(['reason']);
  });

  it('refuses stages out of order and evidence that names no known kind', () => {
    const swapped = structuredClone(referenceJson('plan/pipeline-rules.json')) as { stages: unknown[] };
    [swapped.stages[1], swapped.stages[2]] = [swapped.stages[2], swapped.stages[1]];
    expect(PipelineRules.safeParse(swapped).error?.issues[0]?.path).toEqual(['stages']);
    const unknownKind = structuredClone(referenceJson('plan/pipeline-rules.json')) as { stages: { requiredDocuments: string[] }[] };
    unknownKind.stages[1]!.requiredDocuments.push('photo');
    expect(PipelineRules.safeParse(unknownKind).error?.issues[0]?.message).toBe('unknown document kind photo');
  });
});
