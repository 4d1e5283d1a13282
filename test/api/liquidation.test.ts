// Ordinary deregistration after liquidation over HTTP (MER Arts. 31–32; Company Law 2023 Arts. 232–239): the group is
// filed and announced, the enterprise is liquidating, deregistration is refused while creditors may declare claims
// and done after, with the name kept blocked for a year.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validForm } from '../../src/domain/registration/registration-test-kit.ts';
import { moveClockTo } from '../helpers/moving-clock.ts';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let applicant: Session;
beforeAll(async () => {
  t = await createTestApp();
  applicant = await t.login('applicant');
});
afterAll(async () => t.close());

async function setToday(isoDate: string | null): Promise<void> {
  applicant = await moveClockTo(t, isoDate);
}

const filing = { cause: 'shareholders-resolution', members: [{ name: '张三', idNumber: '11010519491231002X' }], leader: '张三', formedOn: '2026-11-20' };
const report = { debtsSettled: true, taxesCleared: true, remainingAssetsDistributed: true, confirmedBy: '2026年12月股东会决议' };

describe('liquidation and ordinary deregistration', () => {
  it('files the group, announces it, refuses deregistration during the claims period, deregisters after', async () => {
    await setToday(null);
    const made = await t.request('POST', '/api/establishments', { as: applicant, body: validForm({ name: '重庆清算科技有限公司' }) });
    const uscc = made.json().uscc as string;
    const filed = await t.request('POST', `/api/enterprises/${uscc}/liquidation`, { as: applicant, body: filing });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ state: 'claims_open', announcedOn: '2026-11-24', claimsUntil: '2027-01-08', members: ['张三'] });
    expect((await t.request('GET', `/api/enterprises/${uscc}`, { as: applicant })).json().status).toBe('liquidating');
    const announced = (await t.request('GET', '/api/public/liquidation-announcements')).json();
    expect(announced.items.map((i: { uscc: string }) => i.uscc)).toContain(uscc);
    expect(JSON.stringify(announced)).not.toContain('11010519491231002X');
    // A liquidating enterprise cannot start a second liquidation or a summary deregistration.
    expect(errorOf(await t.request('POST', `/api/enterprises/${uscc}/liquidation`, { as: applicant, body: filing }))).toMatchObject({ status: 409 });

    const id = filed.json().id;
    await setToday('2027-01-08');
    expect(errorOf(await t.request('POST', `/api/enterprises/${uscc}/liquidation/${id}/deregister`, { as: applicant, body: { report } }))).toMatchObject({ status: 409, message: expect.stringContaining('2027-01-08') });
    await setToday('2027-01-09');
    const done = await t.request('POST', `/api/enterprises/${uscc}/liquidation/${id}/deregister`, { as: applicant, body: { report } });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().state).toBe('deregistered');
    expect((await t.request('GET', `/api/enterprises/${uscc}`, { as: applicant })).json().status).toBe('deregistered');
    // BO-25: held by no one from the day it is deregistered.
    const owners = await t.request('GET', `/api/enterprises/${uscc}/beneficial-owners?asOf=2027-01-09`, { as: await t.login('analyst') });
    expect(owners.json()).toMatchObject({ ultimateHolders: [], holdings: [] });
    expect((await t.request('POST', '/api/names/check', { body: { name: '重庆清算科技有限公司' } })).json().verdict).toBe('conflict');
    await setToday(null);
  });

  it('refuses a leader outside the group (422, nothing kept) and a report that does not show the taxes cleared (400)', async () => {
    await setToday(null);
    const made = await t.request('POST', '/api/establishments', { as: applicant, body: validForm({ name: '重庆未清科技有限公司' }) });
    const uscc = made.json().uscc as string;
    const before = await t.count('liquidations');
    const bad = await t.request('POST', `/api/enterprises/${uscc}/liquidation`, { as: applicant, body: { ...filing, leader: '王五' } });
    expect(errorOf(bad)).toMatchObject({ status: 422, code: 'REGISTRATION_REFUSED', field: 'leader' });
    expect(await t.count('liquidations')).toBe(before);
    expect((await t.request('GET', `/api/enterprises/${uscc}`, { as: applicant })).json().status).toBe('registered');
    const filed = await t.request('POST', `/api/enterprises/${uscc}/liquidation`, { as: applicant, body: filing });
    const res = await t.request('POST', `/api/enterprises/${uscc}/liquidation/${filed.json().id}/deregister`, { as: applicant, body: { report: { ...report, taxesCleared: false } } });
    expect(errorOf(res)).toMatchObject({ status: 400 });
    expect(`${errorOf(res).field} ${errorOf(res).message}`).toContain('taxesCleared');
  });
});
