// 告知承诺制 through the API: decided on the written commitment, verified after the certificate by an inspector,
// a false commitment ordered rectified, revoked when not cured, and the applicant barred from commitment (TC-05).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileTimerHandlers } from '../../src/server/features/files/check-file-timer.ts';
import { sweepOnce } from '../../src/server/timers/sweeper.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-data.ts';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let applicant: Session;
let window: Session;
let inspector: Session;
const form = {
  permitName: '食品经营许可',
  areaCode: 'LJ',
  enterpriseUscc: '91500000202897821P',
  description: '预包装食品销售',
  commitment: { noticeRead: true, statement: '本企业承诺已符合食品经营许可的全部条件，承诺不实愿承担法律责任。', signedBy: '张伟（法定代表人）' },
};

beforeAll(async () => {
  t = await createTestApp();
  applicant = await t.login('applicant');
  window = await t.login('window');
  inspector = await t.login('inspector');
});
afterAll(async () => t.close());

async function act(as: Session, id: number, version: number, type: string, payload: Record<string, unknown> = {}) {
  return t.request('POST', `/api/files/${id}/actions`, { as, body: { type, expectedVersion: version, payload } });
}

async function at<T>(instant: string, fn: () => Promise<T>): Promise<T> {
  const realNow = t.ctx.now;
  t.ctx.now = () => new Date(instant);
  try {
    return await fn();
  } finally {
    t.ctx.now = realNow;
  }
}

/** A new session for the instant `at` sets (sessions expire, so one from 2026-11-24 is no longer valid). */
async function signInAgain(username: string): Promise<Session> {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'zimao_session');
  const body = res.json() as { csrfToken: string; user: { id: number } };
  return { cookie: `zimao_session=${cookie?.value}`, csrfToken: body.csrfToken, userId: body.user.id };
}

/** Submitted, accepted, approved and issued on the spot on 2026-11-24 (TC-02). */
async function issuedOnTheSpot(by: Session = applicant): Promise<{ id: number }> {
  const submitted = await t.request('POST', '/api/files', { as: by, body: { type: 'permit-commitment', form } });
  expect(submitted.statusCode).toBe(201);
  const { id } = submitted.json();
  for (const [version, type] of [[1, 'accept'], [2, 'approve'], [3, 'issue_certificate']] as const) {
    expect((await act(window, id, version, type)).statusCode).toBe(200);
  }
  return { id };
}

describe('notification-commitment (告知承诺制)', () => {
  it('publishes the written notice and periods with the procedure (TC-01)', async () => {
    const types = (await t.request('GET', '/api/file-types')).json().items as { code: string; commitment: { noticeZh: string; verificationWorkingDays: number } | null }[];
    expect(types.find((x) => x.code === 'permit-commitment')?.commitment).toMatchObject({ verificationWorkingDays: 40 });
    expect(types.find((x) => x.code === 'permit-single')?.commitment).toBeNull();
  });

  it('refuses a form without the confirmation that the notice was read, naming the field', async () => {
    const res = await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-commitment', form: { ...form, commitment: { ...form.commitment, noticeRead: false } } } });
    expect(errorOf(res)).toMatchObject({ status: 400, field: 'form.commitment.noticeRead' });
  });

  it('decided on the spot, verified by an inspector, closed when the commitment is true', async () => {
    const { id } = await issuedOnTheSpot();
    const file = (await t.request('GET', `/api/files/${id}`, { as: applicant })).json();
    // 40 working days after 2026-11-24; New Year's Day 2027 is a holiday by law, unpublished, so provisional.
    expect(file).toMatchObject({ status: 'under_verification', commitment: { verificationDueOn: '2027-01-20', verification: null } });
    const queue = (await t.request('GET', '/api/workqueue?queue=mine', { as: inspector })).json();
    expect(queue.items.find((f: { id: number }) => f.id === id)).toMatchObject({ status: 'under_verification', dueOn: '2027-01-20' });
    expect(errorOf(await act(window, id, 4, 'verify_commitment', { result: 'confirmed', findings: '现场核查属实' })).status).toBe(403);
    const verified = await act(inspector, id, 4, 'verify_commitment', { result: 'confirmed', findings: '现场核查属实' });
    expect(verified.json()).toMatchObject({ status: 'certificate_issued', commitment: { verification: { result: 'confirmed' } } });
  });

  it('a false commitment: rectification ordered, revocation refused early, revoked after the period, and commitment barred (TC-05, TC-06)', async () => {
    const { id } = await issuedOnTheSpot();
    const found = await act(inspector, id, 4, 'verify_commitment', { result: 'false_commitment', findings: '经营场所与承诺不符' });
    // 20 working days after 2026-11-24 (TIME-81).
    expect(found.json()).toMatchObject({ status: 'rectification_ordered', commitment: { rectificationDueOn: '2026-12-22' } });
    const waiting = (await t.request('GET', '/api/workqueue?queue=awaiting_applicant', { as: applicant })).json();
    expect(waiting.items.map((f: { id: number }) => f.id)).toContain(id);
    const notes = (await t.request('GET', '/api/me/notifications', { as: applicant })).json().items as { kind: string; data: { fileId: number } }[];
    expect(notes.filter((n) => n.data.fileId === id).map((n) => n.kind)).toContain('file.verify_commitment');

    const early = await act(window, id, 5, 'revoke', { reasons: ['逾期未整改'], legalBasis: '《行政许可法》第六十九条' });
    expect(errorOf(early)).toMatchObject({ status: 409 });
    expect((await t.request('GET', `/api/files/${id}`, { as: window })).json()).toMatchObject({ status: 'rectification_ordered', version: 5 });

    const revoked = await at('2026-12-23T02:00:00Z', async () => act(await signInAgain('window'), id, 5, 'revoke', { reasons: ['逾期未整改'], legalBasis: '《行政许可法》第六十九条；国办发〔2020〕42号' }));
    expect(revoked.json()).toMatchObject({ status: 'revoked', commitment: { revocation: { on: '2026-12-23', reasons: ['逾期未整改'] } } });

    const files = async () => Number((await t.ctx.db.selectFrom('application_files').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await files();
    const barred = await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-commitment', form } });
    expect(errorOf(barred)).toMatchObject({ status: 409, code: 'COMMITMENT_NOT_AVAILABLE', field: 'type' });
    expect(errorOf(barred).message).toContain(`#${id}`);
    expect(await files()).toBe(before);
    // TC-03: the ordinary procedure stays open.
    const ordinary = await t.request('POST', '/api/files', { as: applicant, body: { type: 'permit-single', form: { permitName: '食品经营许可', areaCode: 'LJ', enterpriseUscc: '91500000202897821P', description: '预包装食品销售' } } });
    expect(ordinary.statusCode).toBe(201);
  });

  it('the sweeper escalates an unverified commitment once its period has run out', async () => {
    // The demo applicant is barred by now (previous test); another applicant files.
    const admin = await t.login('admin');
    const created = await t.request('POST', '/api/accounts', { as: admin, body: { username: 'applicant-2', displayName: '重庆二号企业', password: 'applicant-pass-2026', role: 'applicant' } });
    expect(created.statusCode).toBe(201);
    const { id } = await issuedOnTheSpot(await t.login('applicant-2', 'applicant-pass-2026'));
    await at('2027-01-21T02:00:00Z', () => sweepOnce(t.ctx, fileTimerHandlers));
    const file = (await t.request('GET', `/api/files/${id}`, { as: inspector })).json();
    const escalations = file.timeline.filter((a: { type: string }) => a.type === 'escalate').map((a: { payload: { level: string } }) => a.payload.level);
    expect(escalations).toContain('overdue');
    expect(file.status).toBe('under_verification');
  });
});
