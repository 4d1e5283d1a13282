import { describe, expect, it } from 'vitest';
import { applyChanges, changedFields, ChangeRequest, classifyChanges, licenceChanges, reviewChange, type ChangeRequestInput } from './change-request.ts';
import { EstablishmentForm } from './establishment-form.ts';
import type { ReviewFacts } from './formal-review.ts';
import { passingFacts, residentId, scope, validForm } from './registration-test-kit.ts';

const current = EstablishmentForm.parse(validForm());
const facts = (overrides: Partial<ReviewFacts> = {}) => ({ ...passingFacts(validForm(), overrides), establishedOn: '2026-11-24' });
const review = (changes: ChangeRequestInput, overrides: Partial<ReviewFacts> = {}, form = current) => reviewChange(form, ChangeRequest.parse(changes), facts(overrides));
const codes = (r: ReturnType<typeof review>) => r.findings.map((f) => `${f.code}:${f.severity}`);
const person = (name: string, seq: number) => ({ name, nationality: 'CN', idType: 'resident-id' as const, idNumber: residentId('19880808', seq) });

describe('the change request', () => {
  it('names at least one particular (400 otherwise), and a reservation only with a new name', () => {
    expect(ChangeRequest.safeParse({}).success).toBe(false);
    expect(ChangeRequest.safeParse({ applicantId: 3 }).success).toBe(false);
    expect(ChangeRequest.safeParse({ nameReservationId: 4, managers: [] }).error?.issues[0]?.path).toEqual(['nameReservationId']);
    expect(ChangeRequest.safeParse({ managers: [] }).success).toBe(true);
  });

  it('a field left out is not changed: the form’s defaults do not fill it in', () => {
    expect(ChangeRequest.parse({ name: '重庆青松科技有限公司' })).toEqual({ name: '重庆青松科技有限公司' });
  });
});

describe('applyChanges and the changed fields', () => {
  it('replaces only the named fields and gives the new name its own reservation', () => {
    const withReservation = { ...current, nameReservationId: 7, applicantId: 9 };
    const after = applyChanges(withReservation, ChangeRequest.parse({ name: '重庆青松科技有限公司', nameReservationId: 12 }));
    expect(after).toEqual({ ...current, name: '重庆青松科技有限公司', nameReservationId: 12 });
    expect(applyChanges(withReservation, ChangeRequest.parse({ name: '重庆青松科技有限公司' }))).not.toHaveProperty('nameReservationId');
    expect(applyChanges(current, ChangeRequest.parse({ managers: [person('赵六', 404)] })).managers).toHaveLength(1);
  });

  it('a field given with its registered value changes nothing; key order does not matter', () => {
    const reordered = JSON.parse(JSON.stringify({ businessScope: { mainItemCode: 'S0101', itemCodes: ['S0101', 'S0103'] } }));
    expect(changedFields(current, ChangeRequest.parse({ ...reordered, name: current.name, domicile: current.domicile }))).toEqual([]);
    expect(changedFields(current, ChangeRequest.parse({ managers: [], supervisors: [person('孙七', 505)] }))).toEqual(['supervisors']);
  });
});

describe('classification (MER Arts. 8, 9)', () => {
  it('registration items change the register; officers are filings', () => {
    expect(classifyChanges(['name', 'directors'], 'limited-liability-company')).toEqual({ registrationItems: ['name'], filings: ['directors'], kind: 'change' });
    expect(classifyChanges(['directors', 'supervisors', 'managers'], 'limited-liability-company')).toMatchObject({ registrationItems: [], kind: 'filing' });
    expect(classifyChanges(['investors'], 'limited-liability-company').kind).toBe('change');
    expect(classifyChanges(['investors'], 'joint-stock-company').kind).toBe('filing');
    expect(classifyChanges(['foreignControl', 'preApprovals'], 'limited-liability-company').kind).toBeNull();
  });

  it('a new licence only when a licence field changes', () => {
    const scopeItems = scope.items;
    expect(licenceChanges(current, applyChanges(current, ChangeRequest.parse({ name: '重庆青松科技有限公司' })), scopeItems)).toBe(true);
    expect(licenceChanges(current, applyChanges(current, ChangeRequest.parse({ managers: [person('赵六', 404)] })), scopeItems)).toBe(false);
    // The legal representative's identity number is not on the licence, the name is.
    const lr = { ...current.legalRepresentative, idNumber: residentId('19850312', 909) };
    expect(licenceChanges(current, { ...current, legalRepresentative: lr, directors: [{ ...lr, position: 'executive-director' }] }, scopeItems)).toBe(false);
  });
});

describe('reviewChange: the establishment’s rules on the whole form after the change', () => {
  it('a change of directors only is a filing registered on the spot', () => {
    const r = review({ directors: [...current.directors, person('周八', 606)] });
    expect(r).toMatchObject({ route: 'on_the_spot', kind: 'filing', filings: ['directors'], registrationItems: [], findings: [] });
  });

  it('the name counts as available when it does not change, and is checked when it does', () => {
    const reasons = [{ code: 'NAME-10', zh: '冲突', en: 'conflict', legalBasis: '第十七条' }];
    expect(review({ managers: [person('赵六', 404)] }, { name: { verdict: 'conflict', reasons } }).route).toBe('on_the_spot');
    expect(codes(review({ name: '重庆青松科技有限公司' }, { name: { verdict: 'conflict', reasons } }))).toEqual(['NAME-10:block']);
  });

  it('CAP-01 blocks a capital change whose subscriptions do not add up', () => {
    expect(codes(review({ registeredCapitalYuan: 2_000_000 }))).toEqual(['CAP-01:block']);
  });

  it('CAP-02 counts five years from establishment, not from the day of the change', () => {
    const later = { ...facts(), today: '2029-06-01' };
    const investors = current.investors.map((i) => ({ ...i, contributionDueOn: '2032-01-31' }));
    // Within five years of 2029-06-01 but later than 2031-11-24, five years after establishment.
    expect(codes(reviewChange(current, ChangeRequest.parse({ investors }), later))).toEqual(['CAP-02:block', 'CAP-02:block']);
    const inTime = current.investors.map((i) => ({ ...i, contributionDueOn: '2031-11-24' }));
    expect(reviewChange(current, ChangeRequest.parse({ investors: inTime }), later).route).toBe('on_the_spot');
  });

  it('a pre-approval item goes to an officer when it is added, not when an unrelated particular changes', () => {
    const financing = { businessScope: { itemCodes: ['S0101', 'S0601'], mainItemCode: 'S0101' }, preApprovals: [{ itemCode: 'S0601', approvalNo: '渝金管〔2026〕9号', authority: '重庆市地方金融管理局' }] };
    expect(review(financing)).toMatchObject({ route: 'officer_review', kind: 'change' });
    const withFinancing = EstablishmentForm.parse({ ...validForm(), ...financing });
    expect(review({ managers: [person('赵六', 404)] }, {}, withFinancing).route).toBe('on_the_spot');
    expect(codes(review({ businessScope: financing.businessScope }))).toEqual(['SCOPE-03:block']);
  });

  it('a foreign-invested enterprise is told of the change report due within 30 days; the establishment’s note is not repeated', () => {
    const foreign = EstablishmentForm.parse({
      ...validForm(),
      investors: [{ ...validForm().investors![0]!, subscribedYuan: 600_000 }, { name: 'Anna Müller', nationality: 'DE', idType: 'passport', idNumber: 'C01X00T47', kind: 'person', subscribedYuan: 400_000, contributionDueOn: '2030-12-31' }],
    });
    const admission = { procedure: 'information-report' as const, edition: 'FTZ-2021', reasons: [] };
    const r = review({ managers: [person('赵六', 404)] }, { admission }, foreign);
    expect(codes(r)).toEqual(['FI-04:info']);
    expect(r.findings[0]).toMatchObject({ legalBasis: '《外商投资信息报告办法》' });
    expect(codes(review({ managers: [person('赵六', 404)] }))).toEqual([]);
  });

  it('a domicile outside the zone blocks (DOM-01), as at establishment', () => {
    const r = review({ domicile: { address: '重庆市万州区高笋塘1号', commitment: true } }, { domicile: { ok: false, problem: 'district-outside-zone', detail: '万州区' } });
    expect(codes(r)).toEqual(['DOM-01:block']);
  });
});
