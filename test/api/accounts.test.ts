import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-data.ts';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => t.close());

async function freshLogin(username: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await signIn(username, password);
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'zimao_session');
  const body = res.json() as { csrfToken: string; user: { id: number } };
  return { cookie: `zimao_session=${cookie?.value}`, csrfToken: body.csrfToken, userId: body.user.id };
}

function signIn(username: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
}

function accountRow(id: number) {
  return t.ctx.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

let serial = 0;
/** Creates an account as the administrator and returns its id. */
async function createAccount(fields: Record<string, unknown>): Promise<{ id: number; username: string; password: string }> {
  serial += 1;
  const username = `acct-${serial}`;
  const password = `initial-pass-${serial}`;
  const res = await t.request('POST', '/api/accounts', { as: admin, body: { username, displayName: `Account ${serial}`, password, ...fields } });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id as number, username, password };
}

describe('listing and creating accounts', () => {
  it('lists every account without password hashes', async () => {
    const res = await t.request('GET', '/api/accounts', { as: admin });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { username: string; role: string; areaCode: string | null; departmentCode: string | null }[];
    expect(items.map((i) => i.username)).toEqual(expect.arrayContaining(['admin', 'window', 'reviewer', 'area-lj', 'area-xy', 'analyst', 'inspector', 'applicant']));
    expect(items.length).toBe(await t.count('accounts'));
    expect(items.find((i) => i.username === 'area-lj')).toMatchObject({ role: 'area_officer', areaCode: 'LJ', departmentCode: null });
    expect(items.find((i) => i.username === 'reviewer')).toMatchObject({ role: 'department_reviewer', departmentCode: 'MARKET_REGULATION', areaCode: null });
    expect(res.body).not.toMatch(/password|scrypt\$/i);
  });

  it.each([
    ['applicant', {}],
    ['window_officer', {}],
    ['department_reviewer', { departmentCode: 'CUSTOMS' }],
    ['area_officer', { areaCode: 'GYG' }],
    ['analyst', {}],
    ['inspector', {}],
    ['admin', {}],
  ] as const)('creates a %s account that can sign in', async (role, binding) => {
    const before = await t.count('accounts');
    const username = `new-${role.replace('_', '-')}`;
    const res = await t.request('POST', '/api/accounts', { as: admin, body: { username, displayName: `新 ${role}`, password: 'a-long-password', role, ...binding } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      id: expect.any(Number),
      username,
      displayName: `新 ${role}`,
      role,
      departmentCode: 'departmentCode' in binding ? binding.departmentCode : null,
      areaCode: 'areaCode' in binding ? binding.areaCode : null,
      email: null,
      disabled: false,
    });
    expect(res.body).not.toMatch(/password|scrypt\$/i);
    expect(await t.count('accounts')).toBe(before + 1);
    const row = await accountRow(res.json().id);
    expect(row.password_hash).toMatch(/^scrypt\$/);
    expect(row.password_hash).not.toContain('a-long-password');
    const session = await signIn(username, 'a-long-password');
    expect(session.statusCode).toBe(200);
    expect(session.json().user.role).toBe(role);
  });

  const base = { username: 'refused-user', displayName: 'Refused', password: 'a-long-password' };
  it.each([
    ['a reviewer without a department', { ...base, role: 'department_reviewer' }, 'departmentCode'],
    ['a reviewer with a null department', { ...base, role: 'department_reviewer', departmentCode: null }, 'departmentCode'],
    ['a reviewer with an unknown department', { ...base, role: 'department_reviewer', departmentCode: 'NO_SUCH_DEPT' }, 'departmentCode'],
    ['a reviewer with an area as well', { ...base, role: 'department_reviewer', departmentCode: 'CUSTOMS', areaCode: 'LJ' }, 'areaCode'],
    ['an area officer without an area', { ...base, role: 'area_officer' }, 'areaCode'],
    ['an area officer bound to a functional area', { ...base, role: 'area_officer', areaCode: 'LJ-YZ' }, 'areaCode'],
    ['an area officer bound to the whole zone', { ...base, role: 'area_officer', areaCode: 'CQFTZ' }, 'areaCode'],
    ['an area officer with an unknown area', { ...base, role: 'area_officer', areaCode: 'ZZ' }, 'areaCode'],
    ['an area officer with a department as well', { ...base, role: 'area_officer', areaCode: 'LJ', departmentCode: 'CUSTOMS' }, 'departmentCode'],
    ['a window officer with an area', { ...base, role: 'window_officer', areaCode: 'LJ' }, 'areaCode'],
    ['an analyst with a department', { ...base, role: 'analyst', departmentCode: 'MARKET_REGULATION' }, 'departmentCode'],
    ['an applicant with an area', { ...base, role: 'applicant', areaCode: 'XY' }, 'areaCode'],
    ['an admin with a department', { ...base, role: 'admin', departmentCode: 'CUSTOMS' }, 'departmentCode'],
    ['an unknown role', { ...base, role: 'superuser' }, 'role'],
    ['a two-letter username', { ...base, role: 'analyst', username: 'ab' }, 'username'],
    ['a username with capitals', { ...base, role: 'analyst', username: 'Refused' }, 'username'],
    ['a username with a space', { ...base, role: 'analyst', username: 'refused user' }, 'username'],
    ['a username starting with a dash', { ...base, role: 'analyst', username: '-refused' }, 'username'],
    ['a username in Chinese', { ...base, role: 'analyst', username: '王芳芳' }, 'username'],
    ['a username of 65 characters', { ...base, role: 'analyst', username: 'a'.repeat(65) }, 'username'],
    ['a missing username', { displayName: 'x', password: 'a-long-password', role: 'analyst' }, 'username'],
    ['a nine-character password', { ...base, role: 'analyst', password: '123456789' }, 'password'],
    ['a missing password', { username: 'refused-user', displayName: 'x', role: 'analyst' }, 'password'],
    ['an empty display name', { ...base, role: 'analyst', displayName: '  ' }, 'displayName'],
    ['a display name holding a NUL character', { ...base, role: 'analyst', displayName: 'Wang\u0000Fang' }, 'displayName'],
    ['a department code holding a NUL character', { ...base, role: 'department_reviewer', departmentCode: 'CUSTOMS\u0000' }, 'departmentCode'],
    ['an area code holding a NUL character', { ...base, role: 'area_officer', areaCode: 'LJ\u0000' }, 'areaCode'],
  ])('refuses %s with 400 naming the field, creating nothing', async (_label, body, field) => {
    const before = await t.count('accounts');
    const res = await t.request('POST', '/api/accounts', { as: admin, body });
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field });
    expect(await t.count('accounts')).toBe(before);
    expect(await t.ctx.db.selectFrom('accounts').select('id').where('username', '=', 'refused-user').executeTakeFirst()).toBeUndefined();
  });

  it('refuses a taken username with 409 USERNAME_TAKEN, creating nothing', async () => {
    const before = await t.count('accounts');
    const window = (await accountRowByName('window'))!;
    const res = await t.request('POST', '/api/accounts', { as: admin, body: { username: 'window', displayName: 'Impostor', password: 'a-long-password', role: 'admin' } });
    expect(errorOf(res)).toMatchObject({ status: 409, code: 'USERNAME_TAKEN', field: 'username' });
    expect(await t.count('accounts')).toBe(before);
    // The existing account is untouched: same role, same password.
    expect(await accountRowByName('window')).toEqual(window);
    expect((await signIn('window', DEMO_PASSWORD)).statusCode).toBe(200);
    expect((await signIn('window', 'a-long-password')).statusCode).toBe(401);
  });

  it('refuses a username that differs only by surrounding spaces', async () => {
    const before = await t.count('accounts');
    const res = await t.request('POST', '/api/accounts', { as: admin, body: { username: ' analyst ', displayName: 'x', password: 'a-long-password', role: 'analyst' } });
    expect(errorOf(res)).toMatchObject({ status: 409, code: 'USERNAME_TAKEN', field: 'username' });
    expect(await t.count('accounts')).toBe(before);
  });

  it('refuses a malformed JSON body with 400, never a 500', async () => {
    const before = await t.count('accounts');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/accounts',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': 'application/json' },
      payload: '{"username": "broken",',
    });
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_REQUEST' });
    expect(await t.count('accounts')).toBe(before);
  });
});

function accountRowByName(username: string) {
  return t.ctx.db.selectFrom('accounts').selectAll().where('username', '=', username).executeTakeFirst();
}

describe('changing accounts', () => {
  it('changes the role together with its binding, clearing the old binding', async () => {
    const a = await createAccount({ role: 'window_officer' });
    const toArea = await t.request('PATCH', `/api/accounts/${a.id}`, { as: admin, body: { role: 'area_officer', areaCode: 'XY' } });
    expect(toArea.statusCode, toArea.body).toBe(200);
    expect(toArea.json()).toMatchObject({ id: a.id, role: 'area_officer', areaCode: 'XY', departmentCode: null });

    const moveArea = await t.request('PATCH', `/api/accounts/${a.id}`, { as: admin, body: { areaCode: 'GYG' } });
    expect(moveArea.json()).toMatchObject({ role: 'area_officer', areaCode: 'GYG' });

    const toReviewer = await t.request('PATCH', `/api/accounts/${a.id}`, { as: admin, body: { role: 'department_reviewer', departmentCode: 'TAX' } });
    expect(toReviewer.statusCode, toReviewer.body).toBe(200);
    expect(toReviewer.json()).toMatchObject({ role: 'department_reviewer', departmentCode: 'TAX', areaCode: null });

    const toAnalyst = await t.request('PATCH', `/api/accounts/${a.id}`, { as: admin, body: { role: 'analyst' } });
    expect(toAnalyst.json()).toMatchObject({ role: 'analyst', departmentCode: null, areaCode: null });
    expect(await accountRow(a.id)).toMatchObject({ role: 'analyst', department_code: null, area_code: null });

    const renamed = await t.request('PATCH', `/api/accounts/${a.id}`, { as: admin, body: { displayName: '新名字' } });
    expect(renamed.json()).toMatchObject({ displayName: '新名字', role: 'analyst' });
  });

  it('applies a role change to the live session at once', async () => {
    const a = await createAccount({ role: 'analyst' });
    const s = await freshLogin(a.username, a.password);
    expect((await t.request('GET', '/api/audit', { as: s })).statusCode).toBe(403);
    expect((await t.request('PATCH', `/api/accounts/${a.id}`, { as: admin, body: { role: 'inspector' } })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/audit', { as: s })).statusCode).toBe(200);
  });

  it.each([
    ['area officer without an area', { role: 'area_officer' }, 'areaCode'],
    ['area officer in a functional area', { role: 'area_officer', areaCode: 'XY-CBA' }, 'areaCode'],
    ['area officer in an unknown area', { role: 'area_officer', areaCode: 'NOPE' }, 'areaCode'],
    ['reviewer without a department', { role: 'department_reviewer' }, 'departmentCode'],
    ['reviewer in an unknown department', { role: 'department_reviewer', departmentCode: 'NOPE' }, 'departmentCode'],
    ['an area on the current role', { areaCode: 'LJ' }, 'areaCode'],
    ['a department on the current role', { departmentCode: 'TAX' }, 'departmentCode'],
    ['an unknown role', { role: 'root' }, 'role'],
    ['a short password', { password: 'short' }, 'password'],
    ['an empty display name', { displayName: '' }, 'displayName'],
    ['disabled as a string', { disabled: 'yes' }, 'disabled'],
    ['a display name holding a NUL character', { displayName: 'a\u0000b' }, 'displayName'],
    ['an area holding a NUL character', { role: 'area_officer', areaCode: 'XY\u0000' }, 'areaCode'],
  ])('refuses a change to %s with 400 naming the field, changing nothing', async (_label, body, field) => {
    const target = (await accountRowByName('window'))!;
    const before = await t.count('accounts');
    const res = await t.request('PATCH', `/api/accounts/${target.id}`, { as: admin, body });
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field });
    expect(await accountRow(target.id)).toEqual(target);
    expect(await t.count('accounts')).toBe(before);
  });

  it('refuses an empty change with 400, changing nothing', async () => {
    const target = (await accountRowByName('window'))!;
    for (const body of [{}, { unknownField: 1 }]) {
      const res = await t.request('PATCH', `/api/accounts/${target.id}`, { as: admin, body });
      expect(errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_REQUEST' });
    }
    expect(await accountRow(target.id)).toEqual(target);
  });

  it('answers 404 for an unknown account and 400 for a malformed id, changing nothing', async () => {
    const before = await t.count('accounts');
    expect(errorOf(await t.request('PATCH', '/api/accounts/999999', { as: admin, body: { displayName: 'x' } }))).toMatchObject({ status: 404, code: 'NOT_FOUND', field: 'id' });
    expect(errorOf(await t.request('PATCH', '/api/accounts/abc', { as: admin, body: { displayName: 'x' } }))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'id' });
    expect(errorOf(await t.request('PATCH', '/api/accounts/0', { as: admin, body: { displayName: 'x' } }))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'id' });
    // Beyond the integer range of the id column: still the client's error, not a 500.
    expect(errorOf(await t.request('PATCH', '/api/accounts/2147483648', { as: admin, body: { displayName: 'x' } }))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'id' });
    expect(errorOf(await t.request('PATCH', '/api/accounts/99999999999', { as: admin, body: { displayName: 'x' } }))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'id' });
    expect(await t.count('accounts')).toBe(before);
  });

  it('disabling an account ends its sessions and tokens and refuses its sign-in; enabling it again lets it back in', async () => {
    const a = await createAccount({ role: 'window_officer' });
    const s1 = await freshLogin(a.username, a.password);
    const s2 = await freshLogin(a.username, a.password);
    const token = (await t.request('POST', '/api/me/tokens', { as: s1, body: { name: 'bot' } })).json().secret as string;
    expect((await t.request('GET', '/api/auth/me', { as: s1 })).statusCode).toBe(200);

    const res = await t.request('PATCH', `/api/accounts/${a.id}`, { as: admin, body: { disabled: true } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: a.id, disabled: true });

    for (const s of [s1, s2]) {
      expect(errorOf(await t.request('GET', '/api/auth/me', { as: s }))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    }
    const deadlines = await t.count('deadlines');
    expect(errorOf(await t.request('POST', '/api/calendar/deadlines', { as: s1, body: { subject: 'x', from: '2026-12-01', workingDays: 1 } }))).toMatchObject({ status: 401 });
    expect(errorOf(await t.app.inject({ method: 'POST', url: '/api/calendar/deadlines', headers: { authorization: `Bearer ${token}` }, payload: { subject: 'x', from: '2026-12-01', workingDays: 1 } }))).toMatchObject({ status: 401 });
    expect(await t.count('deadlines')).toBe(deadlines);
    expect(errorOf(await signIn(a.username, a.password))).toMatchObject({ status: 403, code: 'ACCOUNT_DISABLED' });
    const sessions = await t.ctx.db.selectFrom('sessions').select('token_hash').where('account_id', '=', a.id).execute();
    expect(sessions).toEqual([]);

    const enabled = await t.request('PATCH', `/api/accounts/${a.id}`, { as: admin, body: { disabled: false } });
    expect(enabled.json()).toMatchObject({ disabled: false });
    expect((await signIn(a.username, a.password)).statusCode).toBe(200);
    // The old sessions stay ended.
    expect((await t.request('GET', '/api/auth/me', { as: s1 })).statusCode).toBe(401);
  });

  it('resetting a password: the old one fails, the new one works, old sessions end', async () => {
    const a = await createAccount({ role: 'analyst' });
    const s = await freshLogin(a.username, a.password);
    const res = await t.request('PATCH', `/api/accounts/${a.id}`, { as: admin, body: { password: 'brand-new-password' } });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(/password|scrypt\$/i);
    expect(errorOf(await signIn(a.username, a.password))).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    expect((await signIn(a.username, 'brand-new-password')).statusCode).toBe(200);
    expect((await t.request('GET', '/api/auth/me', { as: s })).statusCode).toBe(401);
  });

  it('a rename does not end sessions', async () => {
    const a = await createAccount({ role: 'analyst' });
    const s = await freshLogin(a.username, a.password);
    expect((await t.request('PATCH', `/api/accounts/${a.id}`, { as: admin, body: { displayName: 'Renamed' } })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/auth/me', { as: s })).json().user.displayName).toBe('Renamed');
  });

  it.each([
    ['disable', { disabled: true }, 'disabled'],
    ['demote to analyst', { role: 'analyst' }, 'role'],
    ['demote to area officer', { role: 'area_officer', areaCode: 'LJ' }, 'role'],
    ['disable while renaming', { displayName: 'Still me', disabled: true }, 'disabled'],
  ])('an administrator cannot %s themselves (409 CONFLICT), and nothing changes', async (_label, body, field) => {
    const self = await accountRow(admin.userId);
    const res = await t.request('PATCH', `/api/accounts/${admin.userId}`, { as: admin, body });
    expect(errorOf(res)).toMatchObject({ status: 409, code: 'CONFLICT', field });
    expect(await accountRow(admin.userId)).toEqual(self);
    expect((await t.request('GET', '/api/accounts', { as: admin })).statusCode).toBe(200);
  });

  it('an administrator may rename themselves and disable another administrator', async () => {
    const renamed = await t.request('PATCH', `/api/accounts/${admin.userId}`, { as: admin, body: { displayName: '管理员 Admin', role: 'admin', disabled: false } });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ displayName: '管理员 Admin', role: 'admin', disabled: false });
    const other = await createAccount({ role: 'admin' });
    const otherSession = await freshLogin(other.username, other.password);
    // The other administrator cannot disable the first, either: only themselves is refused.
    const byOther = await t.request('PATCH', `/api/accounts/${admin.userId}`, { as: otherSession, body: { role: 'analyst' } });
    expect(byOther.statusCode).toBe(200);
    expect((await t.request('GET', '/api/accounts', { as: admin })).statusCode).toBe(403);
    const restored = await t.request('PATCH', `/api/accounts/${admin.userId}`, { as: otherSession, body: { role: 'admin' } });
    expect(restored.statusCode).toBe(200);
    expect((await t.request('GET', '/api/accounts', { as: admin })).statusCode).toBe(200);
    expect((await t.request('PATCH', `/api/accounts/${other.id}`, { as: admin, body: { disabled: true } })).statusCode).toBe(200);
  });

  it('records account changes in the audit trail, without the password', async () => {
    const a = await createAccount({ role: 'analyst' });
    await t.request('PATCH', `/api/accounts/${a.id}`, { as: admin, body: { password: 'audited-new-password' } });
    const items = (await t.request('GET', '/api/audit?action=account.update&limit=5', { as: admin })).json().items as { subject: string; actor: string }[];
    expect(items[0]).toMatchObject({ subject: `account:${a.id}`, actor: 'admin' });
    const created = (await t.request('GET', '/api/audit?action=account.create&limit=5', { as: admin })).json().items as { subject: string }[];
    expect(created[0]).toMatchObject({ subject: `account:${a.id}` });
    const json = JSON.stringify(await t.ctx.db.selectFrom('audit_log').selectAll().execute());
    expect(json).not.toContain('audited-new-password');
    expect(json).not.toContain(a.password);
  });
});
