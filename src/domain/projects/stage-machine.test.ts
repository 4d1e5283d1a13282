import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PIPELINE_STAGES, ProjectStage } from './pipeline-rules.ts';
import { allowedMoves, checkStageChange, nextStage } from './stage-machine.ts';
import { EVIDENCE, errorOf, pipelineRules } from './projects-test-kit.ts';

const TODAY = '2026-11-24';
const change = (stage: ProjectStage, since: string, to: ProjectStage, on: string, evidence: { facts?: Record<string, unknown>; documentKinds?: readonly string[] } = EVIDENCE[to]) =>
  checkStageChange({ stage, since }, { to, on, ...evidence }, pipelineRules, TODAY);

describe('the stage machine (Plan V.(II))', () => {
  it('moves one step at a time with the evidence of the stage', () => {
    expect(change('negotiating', '2026-01-05', 'contracted', '2026-03-10')).toEqual({ from: 'negotiating', to: 'contracted', on: '2026-03-10', facts: {} });
    expect(change('contracted', '2026-03-10', 'under_construction', '2026-03-10').facts).toEqual({ permitNo: '500112202601010101' });
    expect(change('in_production', '2026-05-01', 'achieving_results', TODAY).facts).toEqual({ outputYuan: 900_000_000, taxYuan: 45_000_000, figuresYear: 2026 });
  });

  it('refuses a skipped stage, going back, staying and moving after the end, naming `to`', () => {
    expect(errorOf(() => change('negotiating', '2026-01-05', 'under_construction', '2026-03-10'))).toMatchObject({ code: 'CONFLICT', field: 'to', message: expect.stringContaining('skips contracted') });
    expect(errorOf(() => change('in_production', '2026-01-05', 'contracted', '2026-03-10')).message).toContain('never goes back');
    expect(errorOf(() => change('contracted', '2026-01-05', 'contracted', '2026-03-10')).message).toContain('already contracted');
    expect(errorOf(() => change('achieving_results', '2026-01-05', 'dropped', '2026-03-10'))).toMatchObject({ code: 'CONFLICT', field: 'to' });
    expect(errorOf(() => change('dropped', '2026-01-05', 'negotiating', '2026-03-10')).message).toContain('dropped');
  });

  it('takes a date on or after the current stage began and not after today, naming `on`', () => {
    expect(change('negotiating', '2026-03-10', 'contracted', '2026-03-10').on).toBe('2026-03-10');
    expect(errorOf(() => change('negotiating', '2026-03-10', 'contracted', '2026-03-09'))).toMatchObject({ code: 'INVALID_REQUEST', field: 'on' });
    expect(change('negotiating', '2026-03-10', 'contracted', TODAY).on).toBe(TODAY);
    expect(errorOf(() => change('negotiating', '2026-03-10', 'contracted', '2026-11-25'))).toMatchObject({ field: 'on', message: expect.stringContaining('after today') });
    expect(errorOf(() => change('negotiating', '2026-03-10', 'contracted', '2026-02-30'))).toMatchObject({ field: 'on' });
  });

  it('names the missing document or fact, and an unknown one', () => {
    expect(errorOf(() => change('negotiating', '2026-01-05', 'contracted', '2026-03-10', { documentKinds: [] }))).toMatchObject({ code: 'INVALID_REQUEST', field: 'documents.signed_agreement' });
    expect(errorOf(() => change('negotiating', '2026-01-05', 'contracted', '2026-03-10', { documentKinds: ['other'] }))).toMatchObject({ field: 'documents.signed_agreement' });
    expect(errorOf(() => change('contracted', '2026-01-05', 'under_construction', '2026-03-10', { documentKinds: ['construction_permit'] }))).toMatchObject({ field: 'facts.permitNo' });
    expect(errorOf(() => change('contracted', '2026-01-05', 'under_construction', '2026-03-10', { documentKinds: ['construction_permit'], facts: { permitNo: '  ' } }))).toMatchObject({ field: 'facts.permitNo' });
    expect(errorOf(() => change('negotiating', '2026-01-05', 'contracted', '2026-03-10', { documentKinds: ['signed_agreement', 'photo'] }))).toMatchObject({ field: 'documents.1.kind' });
    expect(errorOf(() => change('negotiating', '2026-01-05', 'contracted', '2026-03-10', { documentKinds: ['signed_agreement'], facts: { colour: 'red' } }))).toMatchObject({ field: 'facts.colour' });
    expect(errorOf(() => change('negotiating', '2026-01-05', 'dropped', '2026-03-10', { facts: {} }))).toMatchObject({ field: 'facts.reason' });
  });

  it('types the facts: amounts of 0 or more, a year no later than the change', () => {
    const results = (facts: Record<string, unknown>) => () => change('in_production', '2026-01-05', 'achieving_results', '2026-03-10', { facts });
    expect(errorOf(results({ outputYuan: -1, taxYuan: 0, figuresYear: 2025 }))).toMatchObject({ field: 'facts.outputYuan' });
    expect(errorOf(results({ outputYuan: '9', taxYuan: 0, figuresYear: 2025 }))).toMatchObject({ field: 'facts.outputYuan' });
    expect(errorOf(results({ outputYuan: 0, taxYuan: 0, figuresYear: 2027 }))).toMatchObject({ field: 'facts.figuresYear' });
    expect(errorOf(results({ outputYuan: 0, taxYuan: 0, figuresYear: 2025.5 }))).toMatchObject({ field: 'facts.figuresYear' });
    expect(results({ outputYuan: 0, taxYuan: 0, figuresYear: 2026 })().facts).toEqual({ outputYuan: 0, taxYuan: 0, figuresYear: 2026 });
  });
});

describe('stage machine properties', () => {
  const stage = fc.constantFrom(...ProjectStage.options);
  it('accepts exactly the next stage and dropped, from every stage but the last two', () => {
    fc.assert(
      fc.property(stage, stage, (from, to) => {
        const allowed = allowedMoves(from);
        let accepted = true;
        try {
          change(from, '2026-01-05', to, '2026-06-01');
        } catch {
          accepted = false;
        }
        expect(accepted).toBe(allowed.includes(to));
        expect(accepted).toBe((to === nextStage(from) || to === 'dropped') && from !== 'dropped' && from !== 'achieving_results');
      }),
    );
  });

  it('any run of accepted changes visits the pipeline in order with dates that never go back', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(stage, fc.integer({ min: -30, max: 60 })), { maxLength: 12 }), (steps) => {
        let state = { stage: 'negotiating' as ProjectStage, since: '2025-01-01' };
        const visited: ProjectStage[] = ['negotiating'];
        for (const [to, offset] of steps) {
          const on = new Date(Date.parse(`${state.since}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
          try {
            const done = change(state.stage, state.since, to, on);
            expect(done.on >= state.since).toBe(true);
            state = { stage: done.to, since: done.on };
            visited.push(done.to);
          } catch {
            // refused: the state is unchanged
          }
        }
        const pipeline = visited.filter((s) => s !== 'dropped');
        expect(pipeline).toEqual(PIPELINE_STAGES.slice(0, pipeline.length));
        expect(visited.indexOf('dropped')).toBeGreaterThanOrEqual(visited.length === pipeline.length ? -1 : visited.length - 1);
      }),
    );
  });
});
