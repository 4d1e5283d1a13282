import { describe, expect, it } from 'vitest';
import { EstablishmentForm, type EstablishmentFormInput } from './establishment-form.ts';
import { reviewEstablishment, type ReviewFacts } from './formal-review.ts';
import { businessScopeText, entityTypeText } from './licence-fields.ts';
import { passingFacts, residentId, scope, validForm } from './registration-test-kit.ts';

function review(form: EstablishmentFormInput, facts: Partial<ReviewFacts> = {}) {
  return reviewEstablishment(EstablishmentForm.parse(form), passingFacts(form, facts));
}
const codes = (form: EstablishmentFormInput, facts: Partial<ReviewFacts> = {}) => review(form, facts).findings.map((x) => `${x.code}:${x.severity}:${x.field}`);

describe('formal review of the one form (REG-04)', () => {
  it('a complete, consistent standard company is registered on the spot', () => {
    const result = review(validForm());
    expect(result.route).toBe('on_the_spot');
    expect(result.findings).toEqual([]);
    expect(result.industryCode).toBe('6511');
    expect(result.domicile).toMatchObject({ areaCode: 'LJ', districtCode: '500112' });
  });

  it('the name check’s refusal blocks, with its reasons', () => {
    const reasons = [{ code: 'NAME-10', zh: '冲突', en: 'conflict', legalBasis: '第十七条' }];
    expect(codes(validForm(), { name: { verdict: 'conflict', reasons } })).toEqual(['NAME-10:block:name']);
    expect(codes(validForm(), { reservation: { usable: false, why: 'expired' } })).toEqual(['NAME-09:block:nameReservationId']);
  });

  it('CAP-01: the subscriptions must add up to the registered capital', () => {
    expect(codes(validForm({ registeredCapitalYuan: 1_200_000 }))).toEqual(['CAP-01:block:registeredCapitalYuan']);
  });

  it('CAP-02: an LLC contribution is due within five years of establishment (Company Law 2023 Art. 47); on the fifth anniversary is in time', () => {
    const form = validForm();
    const late = { ...form, investors: [{ ...form.investors![0]!, contributionDueOn: '2031-11-25' }, form.investors![1]!] };
    expect(codes(late)).toEqual(['CAP-02:block:investors.0.contributionDueOn']);
    const onTime = { ...form, investors: [{ ...form.investors![0]!, contributionDueOn: '2031-11-24' }, form.investors![1]!] };
    expect(review(onTime).route).toBe('on_the_spot');
  });

  it('CAP-02: joint-stock promoters pay in full before establishment (Art. 98)', () => {
    expect(codes(validForm({ legalForm: 'joint-stock-company' }))).toEqual(['CAP-02:block:investors.0.contributionDueOn', 'CAP-02:block:investors.1.contributionDueOn']);
  });

  it('ID-01 and INV-02: a wrong identity number, or one investor listed twice', () => {
    const form = validForm();
    const bad = { ...form, investors: [{ ...form.investors![0]!, idNumber: '110105194912310021' }, form.investors![1]!] };
    expect(codes(bad)).toContain('ID-01:block:investors.0.idNumber');
    const twice = { ...form, investors: [form.investors![0]!, { ...form.investors![0]!, subscribedYuan: 400_000 }] };
    expect(codes(twice)).toEqual(['INV-02:block:investors.1']);
  });

  it('ID-02 and ID-03: an entity investor needs a valid credit code; a person needs an identity document', () => {
    const form = validForm();
    const entity = { name: '重庆悦来投资有限公司', nationality: 'CN', kind: 'entity' as const, idType: 'uscc' as const, idNumber: '91500000202897821X', subscribedYuan: 400_000, contributionDueOn: '2030-12-31' };
    expect(codes({ ...form, investors: [form.investors![0]!, entity] })).toEqual(['ID-02:block:investors.1.idNumber']);
    expect(review({ ...form, investors: [form.investors![0]!, { ...entity, idNumber: '91500000202897821P' }] }).route).toBe('on_the_spot');
    expect(codes({ ...form, investors: [form.investors![0]!, { ...entity, idNumber: '91500000202897821P', kind: 'person' }] })).toEqual(['ID-03:block:investors.1.idType']);
  });

  it('OFF-01: the legal representative must be a listed director or manager (Art. 10)', () => {
    const form = validForm();
    const outsider = { name: '赵六', nationality: 'CN', idType: 'resident-id' as const, idNumber: residentId('19800808', 404), position: 'manager' as const };
    expect(codes({ ...form, legalRepresentative: outsider })).toEqual(['OFF-01:block:legalRepresentative']);
    expect(review({ ...form, legalRepresentative: outsider, managers: [{ ...outsider }] }).route).toBe('on_the_spot');
  });

  it('OFF-02: a director may not be a supervisor (Arts. 76, 130)', () => {
    const form = validForm();
    expect(codes({ ...form, supervisors: [{ ...form.directors![0]!, position: 'supervisor' }] })).toEqual(['OFF-02:block:supervisors.0']);
  });

  it('SCOPE: unknown items block, the main item must be chosen, licensed items are noted, pre-approval items go to an officer', () => {
    expect(codes(validForm({ businessScope: { itemCodes: ['S0101', 'X9999'], mainItemCode: 'S0101' } }))).toEqual(['SCOPE-01:block:businessScope.itemCodes.1']);
    expect(codes(validForm({ businessScope: { itemCodes: ['S0101'], mainItemCode: 'S0103' } }))).toEqual(['SCOPE-02:block:businessScope.mainItemCode']);
    const licensed = review(validForm({ businessScope: { itemCodes: ['S0101', 'S0107'], mainItemCode: 'S0101' } }));
    expect([licensed.route, licensed.findings.map((x) => x.code)]).toEqual(['on_the_spot', ['SCOPE-04']]);
    expect(codes(validForm({ businessScope: { itemCodes: ['S0601'], mainItemCode: 'S0601' } }))).toEqual(['SCOPE-03:block:preApprovals']);
    const approved = review(validForm({ businessScope: { itemCodes: ['S0601'], mainItemCode: 'S0601' }, preApprovals: [{ itemCode: 'S0601', approvalNo: '渝金管〔2026〕1号', authority: '重庆市地方金融管理局' }] }));
    expect(approved.route).toBe('officer_review');
  });

  it('DOM-01: an address outside the zone is refused for zone registration', () => {
    expect(codes(validForm({ domicile: { address: '重庆市万州区高笋塘1号', commitment: true } }))).toEqual(['DOM-01:block:domicile.address']);
  });

  it('foreign investors: refusal blocks, pre-2020 approval and a security-review flag go to an officer, the information report is noted', () => {
    const reasons = [{ code: 'NL-10', zh: '禁止', en: 'prohibited', legalBasis: '负面清单' }];
    expect(codes(validForm(), { admission: { procedure: 'refuse', edition: 'FTZ-2021', reasons } })).toEqual(['NL-10:block:investors']);
    expect(review(validForm(), { admission: { procedure: 'approval', edition: 'FTZ-2019', reasons } }).route).toBe('officer_review');
    expect(codes(validForm(), { admission: { procedure: 'information-report', edition: 'FTZ-2021', reasons } })).toEqual(['FI-02:info:investors']);
    expect(review(validForm(), { admission: { procedure: 'information-report', edition: 'FTZ-2021', reasons }, securityReviewFlagged: true }).route).toBe('officer_review');
  });

  it('derives the foreign facts and the licence’s type and scope wording from the form', () => {
    const form = validForm();
    const withForeign = { ...form, investors: [form.investors![0]!, { ...form.investors![1]!, nationality: 'DE', idType: 'passport' as const, idNumber: 'C01X00T47' }] };
    const parsed = EstablishmentForm.parse(withForeign);
    expect(review(withForeign).foreign).toEqual({ foreignShare: 40, largestForeignInvestorShare: 40, legalRepresentativeForeign: false });
    expect(entityTypeText(parsed)).toBe('有限责任公司(中外合资)');
    expect(entityTypeText(EstablishmentForm.parse(form))).toBe('有限责任公司(自然人投资或控股)');
    const text = businessScopeText(scope.items.filter((i) => ['S0101', 'S0107'].includes(i.code)));
    expect(text).toMatch(/^许可项目：第二类增值电信业务.*一般项目：软件开发/);
  });
});
