// 一窗受理: the applicant directory a window officer picks from when filing at the counter (GET /api/applicants).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let window: Session;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  window = await t.login('window');
  admin = await t.login('admin');
});
afterAll(async () => t.close());

type Entry = { id: number; username: string; displayName: string };

async function directory(q?: string, as: Session = window): Promise<Entry[]> {
  const res = await t.request('GET', q === undefined ? '/api/applicants' : `/api/applicants?q=${encodeURIComponent(q)}`, { as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Entry[];
}

async function createApplicant(username: string, displayName: string): Promise<number> {
  const res = await t.request('POST', '/api/accounts', { as: admin, body: { username, displayName, password: 'applicant-pass-2026', role: 'applicant', email: `${username}@example.cn` } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

describe('GET /api/applicants', () => {
  it('gives a window officer the active applicant accounts: id, username and name only', async () => {
    const items = await directory();
    const demo = items.find((i) => i.username === 'applicant');
    expect(demo).toEqual({ id: (await t.login('applicant')).userId, username: 'applicant', displayName: '申请人 孙浩 Applicant' });
    for (const item of items) expect(Object.keys(item).sort()).toEqual(['displayName', 'id', 'username']);
    // Officers are not in it, and nothing private is.
    expect(items.map((i) => i.username)).not.toContain('window');
    const raw = (await t.request('GET', '/api/applicants', { as: window })).body;
    expect(raw).not.toMatch(/@example\.cn|password|scrypt/i);
  });

  it('filters by part of the username or of the name, case-insensitively', async () => {
    await createApplicant('chongqing-trade', '重庆贸易有限公司 Chongqing Trade');
    expect((await directory('APPLIC')).map((i) => i.username)).toEqual(['applicant']);
    expect((await directory('孙浩')).map((i) => i.username)).toEqual(['applicant']);
    expect((await directory('trade')).map((i) => i.username)).toEqual(['chongqing-trade']);
    expect((await directory('贸易')).map((i) => i.username)).toEqual(['chongqing-trade']);
    expect(await directory('nobody-like-this')).toEqual([]);
    // LIKE's wildcards in q are matched as text; a blank q is no filter.
    expect(await directory('%')).toEqual([]);
    expect(await directory('_')).toEqual([]);
    expect((await directory('   ')).length).toBeGreaterThanOrEqual(2);
    // An officer's name matches nothing: only applicants are listed.
    expect(await directory('王芳')).toEqual([]);
  });

  it('leaves out disabled accounts', async () => {
    const id = await createApplicant('closed-shop', '已注销商户 Closed shop');
    expect((await directory('closed-shop')).map((i) => i.id)).toEqual([id]);
    const disabled = await t.request('PATCH', `/api/accounts/${id}`, { as: admin, body: { disabled: true } });
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect(await directory('closed-shop')).toEqual([]);
    expect((await directory()).map((i) => i.id)).not.toContain(id);
  });

  it('answers at most 50, narrowed by q', async () => {
    // Direct rows keep the test fast (no password hashing); these accounts never sign in.
    await t.ctx.db
      .insertInto('accounts')
      .values(Array.from({ length: 55 }, (_, i) => ({ username: `bulk-${String(i).padStart(2, '0')}`, display_name: `批量申请人 ${i}`, role: 'applicant', password_hash: 'x' })))
      .execute();
    expect(await directory()).toHaveLength(50);
    expect(await directory('bulk-')).toHaveLength(50);
    expect((await directory('bulk-07')).map((i) => i.username)).toEqual(['bulk-07']);
  });

  it('lets the window officer file at the counter for an applicant picked from it', async () => {
    const [picked] = await directory('chongqing-trade');
    const form = { permitName: '食品经营许可', areaCode: 'LJ', enterpriseUscc: '91500000202897821P', description: '窗口代办' };
    const res = await t.request('POST', '/api/files', { as: window, body: { type: 'permit-single', form, applicantId: picked!.id } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().applicant).toEqual({ id: picked!.id, displayName: picked!.displayName });
  });

  it('refuses the public, applicants and other officers', async () => {
    expect(errorOf(await t.request('GET', '/api/applicants'))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    for (const username of ['applicant', 'reviewer', 'area-lj', 'analyst', 'inspector']) {
      const res = await t.request('GET', '/api/applicants?q=applicant', { as: await t.login(username) });
      expect(errorOf(res), username).toMatchObject({ status: 403, code: 'FORBIDDEN' });
      expect(res.body).not.toContain('孙浩');
    }
    expect((await directory('applicant', admin)).map((i) => i.username)).toEqual(['applicant']);
  });

  it('refuses a q longer than 80 characters, naming it', async () => {
    expect(errorOf(await t.request('GET', `/api/applicants?q=${'a'.repeat(81)}`, { as: window }))).toMatchObject({ status: 400, field: 'q' });
  });
});
