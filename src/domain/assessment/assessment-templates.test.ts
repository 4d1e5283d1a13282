import { describe, expect, it } from 'vitest';
import raw from '../../../reference-data/plan/assessment-templates.json' with { type: 'json' };
import { ASSESSMENT_TEMPLATES, parseTemplatesFile, templateFor, templateProblems } from './assessment-templates.ts';
import { copyOf, errorOf } from './assessment-test-kit.ts';

describe('the shipped templates (Plan V.(IV))', () => {
  it('have one of each kind, weights summing to 100 and no problems', () => {
    expect(ASSESSMENT_TEMPLATES.map((t) => t.kind).sort()).toEqual(['annual', 'mid_term', 'third_party_annual', 'third_party_semiannual']);
    for (const t of ASSESSMENT_TEMPLATES) {
      expect(t.criteria.reduce((s, c) => s + c.weight, 0), t.code).toBe(100);
      expect(templateProblems(t), t.code).toEqual([]);
      // The weights are ours: the data says so.
      expect([t.weightsOrigin, t.weightsConfidence], t.code).toEqual(['zimao', 'unverified']);
    }
  });

  it('the annual template weighs the seven aspects of Plan V.(IV), in the Plan’s order', () => {
    const annual = ASSESSMENT_TEMPLATES.find((t) => t.kind === 'annual')!;
    expect(annual.criteria.map((c) => c.key)).toEqual([
      'leading-projects', 'advantageous-industries', 'economic-scale', 'industrial-structure', 'land-intensity', 'ecological-environment', 'policy-innovation',
    ]);
  });

  it('the third-party templates cover status, innovation cases, problems, suggestions and replicable experience', () => {
    for (const kind of ['third_party_semiannual', 'third_party_annual']) {
      const t = ASSESSMENT_TEMPLATES.find((x) => x.kind === kind)!;
      expect(t.criteria.map((c) => c.key)).toEqual(['development-status', 'innovation-cases', 'problems', 'suggestions', 'replicable-experience']);
    }
  });

  it('are frozen', () => {
    expect(Object.isFrozen(ASSESSMENT_TEMPLATES[0]!.criteria[0])).toBe(true);
  });
});

describe('templateProblems', () => {
  it('finds weights summing to 99 or 101', () => {
    for (const delta of [-1, 1]) {
      const t = copyOf('annual-area');
      t.criteria[0]!.weight += delta;
      expect(templateProblems(t)).toEqual([`annual-area v1: weights sum to ${100 + delta}, not 100`]);
    }
  });

  it('accepts weights with decimals that sum to 100', () => {
    const t = copyOf('annual-area');
    t.criteria[0]!.weight = 19.5;
    t.criteria[1]!.weight = 15.5;
    expect(templateProblems(t)).toEqual([]);
  });

  it('finds a repeated key, a bad scale, bands out of order or not reaching 0', () => {
    const t = copyOf('third-party-annual');
    t.criteria[1]!.key = t.criteria[0]!.key;
    t.criteria[2]!.scale = { min: 10, max: 10, step: 1 };
    t.criteria[3]!.scale = { min: 0, max: 10, step: 3 };
    t.gradeBands = [{ ...t.gradeBands[1]! }, { ...t.gradeBands[0]! }, { ...t.gradeBands[2]! }];
    const problems = templateProblems(t);
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/development-status repeated/);
    expect(problems.join('\n')).toMatch(/problems scale max 10 is not above min 10/);
    expect(problems.join('\n')).toMatch(/suggestions step 3 does not divide 0–10/);
    expect(problems.join('\n')).toMatch(/strictly descending/);
    expect(problems.join('\n')).toMatch(/must start at 0/);
  });

  it('a file with a broken template or a version listed twice does not load', () => {
    const broken = structuredClone(raw);
    broken.templates[0]!.criteria[0]!.weight = 21;
    expect(() => parseTemplatesFile(broken)).toThrow(/weights sum to 101/);
    const twice = structuredClone(raw);
    twice.templates.push(structuredClone(twice.templates[0]!));
    expect(() => parseTemplatesFile(twice)).toThrow(/annual-area@1 appears twice/);
  });
});

describe('templateFor', () => {
  const v2 = { ...copyOf('annual-area'), version: 2, effectiveFrom: '2026' };
  const all = [...ASSESSMENT_TEMPLATES, v2];

  it('takes the latest version in force on the last day of the period', () => {
    expect(templateFor('annual', '2025-12-31', {}, all).version).toBe(1);
    expect(templateFor('annual', '2026-12-31', {}, all).version).toBe(2);
    expect(templateFor('annual', '2026-12-31', { code: 'annual-area', version: 1 }, all).version).toBe(1);
  });

  it('refuses a period ending before the first template (2018-03-23) naming period', () => {
    expect(errorOf(() => templateFor('annual', '2017-12-31', {}))).toMatchObject({ code: 'INVALID_REQUEST', field: 'period' });
    expect(errorOf(() => templateFor('third_party_semiannual', '2018-03-22', {}))).toMatchObject({ field: 'period' });
    // The Plan's own day: in force, so 2018 and its first half are assessed under it.
    expect(templateFor('third_party_semiannual', '2018-03-23', {}).code).toBe('third-party-semiannual');
    expect(templateFor('annual', '2018-12-31', {}).code).toBe('annual-area');
  });

  it('refuses an unknown code, an unknown version, a template of another kind, a version without its code', () => {
    expect(errorOf(() => templateFor('annual', '2025-12-31', { code: 'nope' }))).toMatchObject({ field: 'templateCode' });
    expect(errorOf(() => templateFor('annual', '2025-12-31', { code: 'annual-area', version: 9 }))).toMatchObject({ field: 'templateVersion' });
    expect(errorOf(() => templateFor('mid_term', '2025-12-31', { code: 'annual-area' }))).toMatchObject({ field: 'templateCode' });
    expect(errorOf(() => templateFor('annual', '2025-12-31', { version: 1 }))).toMatchObject({ field: 'templateCode' });
  });

  it('refuses a version asked for outside its dates, naming period', () => {
    expect(errorOf(() => templateFor('annual', '2025-12-31', { code: 'annual-area', version: 2 }, all))).toMatchObject({ field: 'period' });
  });
});
