// A foreign-invested establishment is checked against the negative list when it is filed (Trial Measures
// Art. 12): refused with its reasons and nothing written, or kept with the file for the officer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let applicant: Session;
beforeAll(async () => {
  t = await createTestApp();
  applicant = await t.login('applicant');
});
afterAll(async () => t.close());

const registration = { entityName: '重庆渝新演艺有限公司', entityType: 'limited_company', areaCode: 'LJ', address: '重庆市两江新区金渝大道1号', legalRepresentative: '李明', industryCode: '8810' };
const file = (form: Record<string, unknown>) => t.request('POST', '/api/files', { as: applicant, body: { type: 'market-registration', form: { ...registration, ...form } } });
const files = async () => Number((await t.ctx.db.selectFrom('application_files').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('establishment of a foreign-invested enterprise', () => {
  it('a compliant restricted sector is filed with its admission check (FTZ 2021 No. 27, information report)', async () => {
    const res = await file({ foreignInvestment: { foreignShare: 49 } });
    expect(res.statusCode).toBe(201);
    expect(res.json().admission).toMatchObject({ edition: { code: 'FTZ-2021' }, outcome: 'restricted', compliant: true, procedure: 'information-report', measures: [{ no: 27 }] });
    const read = (await t.request('GET', `/api/files/${res.json().id}`, { as: applicant })).json();
    expect(read.admission.procedure).toBe('information-report');
  });

  it.each([
    ['a Chinese share not above half (CN_CONTROL)', { foreignInvestment: { foreignShare: 50 } }, 'No. 27'],
    ['a prohibited sector (humanities research)', { industryCode: '7350', foreignInvestment: { foreignShare: 10 } }, 'No. 16'],
    ['a foreign-invested individual business (NL-11)', { industryCode: '5261', entityType: 'individual_business', foreignInvestment: { foreignShare: 100 } }, 'NL-11'],
  ])('refuses %s: 422 naming form.foreignInvestment, nothing written', async (_what, form, named) => {
    const before = await files();
    const res = await file(form);
    const error = errorOf(res);
    expect(error).toMatchObject({ status: 422, code: 'ADMISSION_REFUSED', field: 'form.foreignInvestment' });
    if (named.startsWith('No.')) expect(error.message).toContain(named);
    else expect(JSON.stringify(res.json())).toContain(named);
    expect(await files()).toBe(before);
  });

  it('a domestic establishment has no admission check', async () => {
    const res = await file({});
    expect(res.statusCode).toBe(201);
    expect(res.json().admission).toBeNull();
  });

  it('a bad share is a 400 naming the field', async () => {
    expect(errorOf(await file({ foreignInvestment: { foreignShare: 0 } }))).toMatchObject({ status: 400, field: 'form.foreignInvestment.foreignShare' });
  });
});
