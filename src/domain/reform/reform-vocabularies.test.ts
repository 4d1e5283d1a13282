import { describe, expect, it } from 'vitest';
import departments from '../../../reference-data/organisation/departments.json' with { type: 'json' };
import { REFORM_VOCABULARIES, checkSourceKind } from './reform-vocabularies.ts';

describe('reform vocabularies (reference-data/plan/reform-tasks.json)', () => {
  it('every deciding body is a department of organisation/departments.json', () => {
    const codes = new Set(departments.departments.map((d) => d.code));
    for (const b of REFORM_VOCABULARIES.decidingBodies) expect(codes.has(b.departmentCode), b.departmentCode).toBe(true);
  });

  it('knows the source kinds of the zone’s instruments and refuses others naming the field', () => {
    for (const key of ['general-plan', 'trial-measures', 'regulation-2019', 'area-initiative']) expect(checkSourceKind(key)).toBe(key);
    expect(() => checkSourceKind('rumour')).toThrow(/not a source kind/);
  });
});
