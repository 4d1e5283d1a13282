import { describe, expect, it } from 'vitest';
import { AdmissionCheckInput } from './admission-check-input.ts';

const valid = { date: '2024-06-01', industryCodes: ['7243', 'R'], foreignShare: 30, form: 'company' };

describe('AdmissionCheckInput', () => {
  it('accepts a well-formed request', () => {
    expect(AdmissionCheckInput.parse({ ...valid, largestForeignInvestorShare: 30, legalRepresentativeForeign: false })).toMatchObject(valid);
  });

  it.each([
    [{ date: '2024-6-1' }, 'date'],
    [{ date: '2024-02-30' }, 'date'],
    [{ industryCodes: [] }, 'industryCodes'],
    [{ industryCodes: ['72431'] }, 'industryCodes'],
    [{ industryCodes: ['U'] }, 'industryCodes'],
    [{ foreignShare: 100.01 }, 'foreignShare'],
    [{ foreignShare: -1 }, 'foreignShare'],
    [{ form: 'trust' }, 'form'],
    [{ largestForeignInvestorShare: 30.01 }, 'largestForeignInvestorShare'],
    [{ extra: true }, ''],
  ])('refuses %j at %s', (change, path) => {
    const r = AdmissionCheckInput.safeParse({ ...valid, ...change });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => String(i.path[0] ?? ''))).toContain(path);
  });
});
