import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-data.ts';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

/** A new session of its own (t.login caches demo sessions; tests that end a session need a fresh one). */
async function freshLogin(username: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'zimao_session');
  const body = res.json() as { csrfToken: string; user: { id: number } };
  return { cookie: `zimao_session=${cookie?.value}`, csrfToken: body.csrfToken, userId: body.user.id };
}

function login(username: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
}

async function countSessions(): Promise<number> {
  const row = await t.ctx.db.selectFrom('sessions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every audit entry, read through the API as the administrator, oldest pages last. */
async function allAuditEntries(): Promise<unknown[]> {
  const admin = await t.login('admin');
  const all: unknown[] = [];
  let beforeSeq: number | undefined;
  for (;;) {
    const res = await t.request('GET', `/api/audit?limit=200${beforeSeq ? `&beforeSeq=${beforeSeq}` : ''}`, { as: admin });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { seq: number }[];
    all.push(...items);
    if (items.length < 200) return all;
    beforeSeq = items.at(-1)!.seq;
  }
}

const DISABLED_PASSWORD = 'disabled-Pass-4711';
const WRONG_PASSWORD = 'not-the-password-0042';

describe('sign in', () => {
  it('opens a session: httpOnly SameSite=Lax cookie, user and CSRF token, no password hash', async () => {
    const before = await countSessions();
    const res = await login('analyst', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'zimao_session');
    expect(cookie).toBeDefined();
    expect(cookie!.value.length).toBeGreaterThanOrEqual(32);
    expect(cookie!.httpOnly).toBe(true);
    expect(String(cookie!.sameSite).toLowerCase()).toBe('lax');
    expect(cookie!.path).toBe('/');
    const raw = String(res.headers['set-cookie']);
    expect(raw).toMatch(/HttpOnly/i);
    expect(raw).toMatch(/SameSite=Lax/i);

    const body = res.json();
    expect(body.user).toMatchObject({ username: 'analyst', role: 'analyst', disabled: false });
    expect(typeof body.csrfToken).toBe('string');
    expect(body.csrfToken.length).toBeGreaterThanOrEqual(32);
    expect(body.csrfToken).not.toBe(cookie!.value);
    expect(res.body).not.toMatch(/password|scrypt\$/i);
    expect(Object.keys(body.user).sort()).toEqual(['areaCode', 'departmentCode', 'disabled', 'displayName', 'email', 'id', 'role', 'username']);
    expect(body.user.email).toBe('analyst@example.cn');
    expect(await countSessions()).toBe(before + 1);
  });

  it('gives the same 401 INVALID_CREDENTIALS for a wrong password and an unknown user, opening no session', async () => {
    const before = await countSessions();
    const wrong = await login('analyst', WRONG_PASSWORD);
    const unknown = await login('nobody-here', WRONG_PASSWORD);
    expect(errorOf(wrong)).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    expect(errorOf(unknown)).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    // Nothing in the answer tells the two apart.
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.cookies.find((c) => c.name === 'zimao_session')).toBeUndefined();
    expect(unknown.cookies.find((c) => c.name === 'zimao_session')).toBeUndefined();
    expect(await countSessions()).toBe(before);
  });

  it('refuses a malformed sign-in with 400 naming the field, never a 500', async () => {
    expect(errorOf(await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'analyst' } }))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'password' });
    expect(errorOf(await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: '', password: 'x' } }))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'username' });
  });

  it('refuses a username holding a NUL character with 400 naming it, never a 500, writing nothing', async () => {
    const before = { sessions: await countSessions(), audit: await t.count('audit_log') };
    const res = await login('ad\u0000min', DEMO_PASSWORD);
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'username' });
    expect(await countSessions()).toBe(before.sessions);
    expect(await t.count('audit_log')).toBe(before.audit);
  });

  it('refuses a disabled account with 403 ACCOUNT_DISABLED, and only with the right password', async () => {
    const admin = await t.login('admin');
    const created = await t.request('POST', '/api/accounts', { as: admin, body: { username: 'gone-officer', displayName: 'Gone', role: 'window_officer', password: DISABLED_PASSWORD } });
    expect(created.statusCode).toBe(201);
    const disabled = await t.request('PATCH', `/api/accounts/${created.json().id}`, { as: admin, body: { disabled: true } });
    expect(disabled.statusCode).toBe(200);

    const before = await countSessions();
    const res = await login('gone-officer', DISABLED_PASSWORD);
    expect(errorOf(res)).toMatchObject({ status: 403, code: 'ACCOUNT_DISABLED' });
    expect(res.cookies.find((c) => c.name === 'zimao_session')).toBeUndefined();
    // A wrong password does not reveal that the account exists and is disabled.
    expect(errorOf(await login('gone-officer', WRONG_PASSWORD))).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    expect(await countSessions()).toBe(before);
  });
});

describe('session', () => {
  it('GET /api/auth/me answers the signed-in account and its CSRF token', async () => {
    const s = await freshLogin('reviewer');
    const res = await t.request('GET', '/api/auth/me', { as: s });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      user: expect.objectContaining({ id: s.userId, username: 'reviewer', role: 'department_reviewer', departmentCode: 'MARKET_REGULATION', areaCode: null }),
      csrfToken: s.csrfToken,
    });
    expect(res.body).not.toMatch(/password|scrypt\$/i);
  });

  it('keeps only a hash of the session token in the database', async () => {
    const s = await freshLogin('reviewer');
    const token = s.cookie.split('=')[1]!;
    const rows = JSON.stringify(await t.ctx.db.selectFrom('sessions').selectAll().execute());
    expect(rows).not.toContain(token);
    expect(rows).toContain(s.csrfToken);
  });

  it('an expired session is no session: 401', async () => {
    const s = await freshLogin('reviewer');
    expect((await t.request('GET', '/api/auth/me', { as: s })).statusCode).toBe(200);
    const { sha256 } = await import('../../src/server/features/auth/secrets.ts');
    await t.ctx.db.updateTable('sessions').set({ expires_at: new Date(t.ctx.now().getTime() - 1000) }).where('token_hash', '=', sha256(s.cookie.split('=')[1]!)).execute();
    expect(errorOf(await t.request('GET', '/api/auth/me', { as: s }))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    const before = await t.count('api_tokens');
    expect(errorOf(await t.request('POST', '/api/me/tokens', { as: s, body: { name: 'late' } }))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await t.count('api_tokens')).toBe(before);
  });

  it('GET /api/auth/me without a session is 401 UNAUTHENTICATED', async () => {
    expect(errorOf(await t.request('GET', '/api/auth/me'))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    const bogus = await t.request('GET', '/api/auth/me', { headers: { cookie: 'zimao_session=not-a-session' } });
    expect(errorOf(bogus)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('sign out ends the session: the old cookie no longer works, for reads or writes', async () => {
    const s = await freshLogin('window');
    const other = await freshLogin('window');
    const before = await countSessions();
    const res = await t.request('POST', '/api/auth/logout', { as: s });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    const cleared = res.cookies.find((c) => c.name === 'zimao_session');
    expect(cleared?.value ?? '').toBe('');
    expect(await countSessions()).toBe(before - 1);

    expect(errorOf(await t.request('GET', '/api/auth/me', { as: s }))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    const deadlines = await t.count('deadlines');
    const write = await t.request('POST', '/api/calendar/deadlines', { as: s, body: { subject: 'after logout', from: '2026-12-01', workingDays: 1 } });
    expect(errorOf(write)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await t.count('deadlines')).toBe(deadlines);
    // Only that session ended: another session of the same account still works.
    expect((await t.request('GET', '/api/auth/me', { as: other })).statusCode).toBe(200);
  });
});

describe('CSRF', () => {
  it.each([
    ['without X-CSRF-Token', undefined],
    ['with a wrong X-CSRF-Token', 'wrong-token'],
    ['with an empty X-CSRF-Token', ''],
  ])('refuses a cookie write %s with 403 CSRF_TOKEN_INVALID and writes nothing', async (_label, csrf) => {
    const s = await t.login('window');
    const counts = { deadlines: await t.count('deadlines'), tokens: await t.count('api_tokens'), audit: await t.count('audit_log') };
    const headers: Record<string, string> = { cookie: s.cookie };
    if (csrf !== undefined) headers['x-csrf-token'] = csrf;

    const deadline = await t.app.inject({ method: 'POST', url: '/api/calendar/deadlines', headers, payload: { subject: 'csrf', from: '2026-12-01', workingDays: 1 } });
    expect(errorOf(deadline)).toMatchObject({ status: 403, code: 'CSRF_TOKEN_INVALID', field: 'X-CSRF-Token' });
    const token = await t.app.inject({ method: 'POST', url: '/api/me/tokens', headers, payload: { name: 'csrf' } });
    expect(errorOf(token)).toMatchObject({ status: 403, code: 'CSRF_TOKEN_INVALID' });
    const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers });
    expect(errorOf(logout)).toMatchObject({ status: 403, code: 'CSRF_TOKEN_INVALID' });

    expect(await t.count('deadlines')).toBe(counts.deadlines);
    expect(await t.count('api_tokens')).toBe(counts.tokens);
    expect(await t.count('audit_log')).toBe(counts.audit);
    // The session itself survived the refused logout.
    expect((await t.request('GET', '/api/auth/me', { as: s })).statusCode).toBe(200);
  });

  it("refuses another session's CSRF token", async () => {
    const a = await freshLogin('window');
    const b = await freshLogin('window');
    const before = await t.count('deadlines');
    const res = await t.request('POST', '/api/calendar/deadlines', { as: a, headers: { 'x-csrf-token': b.csrfToken }, body: { subject: 'x', from: '2026-12-01', workingDays: 1 } });
    expect(errorOf(res)).toMatchObject({ status: 403, code: 'CSRF_TOKEN_INVALID' });
    expect(await t.count('deadlines')).toBe(before);
  });

  it('needs no CSRF token for a read', async () => {
    const s = await t.login('window');
    const res = await t.app.inject({ method: 'GET', url: '/api/calendar/deadlines', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(200);
  });
});

describe('API tokens', () => {
  let secret = '';
  let tokenId = 0;

  it('creates a token whose secret is shown once; the list and the database hold only the prefix and a hash', async () => {
    const window = await t.login('window');
    const before = { tokens: await t.count('api_tokens'), keys: await t.count('idempotency_keys') };
    const res = await t.request('POST', '/api/me/tokens', { as: window, body: { name: 'filing robot' }, headers: { 'idempotency-key': 'token-create-1' } });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    secret = body.secret;
    tokenId = body.token.id;
    expect(secret).toMatch(/^zt_[A-Za-z0-9_-]{40,}$/);
    expect(body.token).toMatchObject({ name: 'filing robot', prefix: secret.slice(0, 8), revokedAt: null, lastUsedAt: null });
    expect(await t.count('api_tokens')).toBe(before.tokens + 1);
    // A response carrying a secret is never stored for replay.
    expect(await t.count('idempotency_keys')).toBe(before.keys);

    const list = await t.request('GET', '/api/me/tokens', { as: window });
    expect(list.statusCode).toBe(200);
    const item = (list.json().items as { id: number; prefix: string }[]).find((i) => i.id === tokenId);
    expect(item).toMatchObject({ id: tokenId, name: 'filing robot', prefix: secret.slice(0, 8) });
    expect(list.body).not.toContain(secret);
    expect(list.body).not.toContain(secret.slice(8));

    const row = await t.ctx.db.selectFrom('api_tokens').selectAll().where('id', '=', tokenId).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(JSON.stringify(row)).not.toContain(secret.slice(8));
  });

  it("lists only the caller's own tokens", async () => {
    const analyst = await t.login('analyst');
    const items = (await t.request('GET', '/api/me/tokens', { as: analyst })).json().items as { id: number }[];
    expect(items.map((i) => i.id)).not.toContain(tokenId);
  });

  it('authenticates Authorization: Bearer <secret> for a write with no cookie and no CSRF header', async () => {
    const before = await t.count('deadlines');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/calendar/deadlines',
      headers: { authorization: `Bearer ${secret}` },
      payload: { subject: 'token: filing', from: '2026-12-07', workingDays: 2 },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().due).toBe('2026-12-09');
    expect(await t.count('deadlines')).toBe(before + 1);

    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${secret}` } });
    expect(me.json().user.username).toBe('window');
    const admin = await t.login('admin');
    const audit = (await t.request('GET', '/api/audit?action=deadline.register&limit=5', { as: admin })).json().items as { actor: string }[];
    expect(audit[0]?.actor).toBe(`window/token:${tokenId}`);
    const window = await t.login('window');
    const listed = (await t.request('GET', '/api/me/tokens', { as: window })).json().items as { id: number; lastUsedAt: string | null }[];
    expect(listed.find((i) => i.id === tokenId)?.lastUsedAt).not.toBeNull();
  });

  it("a token acts with its account's role: no more", async () => {
    const analyst = await t.login('analyst');
    const created = (await t.request('POST', '/api/me/tokens', { as: analyst, body: { name: 'reports' } })).json();
    const before = await t.count('uscc_issued');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/uscc/issue',
      headers: { authorization: `Bearer ${created.secret}` },
      payload: { authority: '9', entityType: '1', division: '500112' },
    });
    expect(errorOf(res)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await t.count('uscc_issued')).toBe(before);
  });

  it.each([
    ['an unknown token', 'Bearer zt_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['a malformed header', 'Bearer'],
    ['another scheme', 'Basic YWRtaW46emltYW8tZGVtby0yMDI2'],
  ])('refuses %s with 401, for reads and writes, writing nothing', async (_label, authorization) => {
    expect(errorOf(await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization } }))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    const before = await t.count('deadlines');
    const res = await t.app.inject({ method: 'POST', url: '/api/calendar/deadlines', headers: { authorization }, payload: { subject: 'x', from: '2026-12-01', workingDays: 1 } });
    expect(errorOf(res)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await t.count('deadlines')).toBe(before);
  });

  it("answers 404 for revoking someone else's token, which keeps working", async () => {
    const analyst = await t.login('analyst');
    const res = await t.request('DELETE', `/api/me/tokens/${tokenId}`, { as: analyst });
    expect(errorOf(res)).toMatchObject({ status: 404, code: 'NOT_FOUND', field: 'id' });
    const row = await t.ctx.db.selectFrom('api_tokens').select('revoked_at').where('id', '=', tokenId).executeTakeFirstOrThrow();
    expect(row.revoked_at).toBeNull();
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${secret}` } })).statusCode).toBe(200);
    // Nor can an administrator revoke it through /api/me/tokens.
    const admin = await t.login('admin');
    expect(errorOf(await t.request('DELETE', `/api/me/tokens/${tokenId}`, { as: admin }))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('answers 404 for an unknown token id and 400 for a malformed one', async () => {
    const window = await t.login('window');
    expect(errorOf(await t.request('DELETE', '/api/me/tokens/999999', { as: window }))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(errorOf(await t.request('DELETE', '/api/me/tokens/abc', { as: window }))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'id' });
  });

  it('refuses a token id beyond the integer range and a NUL in the name with 400, never a 500', async () => {
    const window = await t.login('window');
    expect(errorOf(await t.request('DELETE', '/api/me/tokens/99999999999', { as: window }))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'id' });
    expect(errorOf(await t.request('DELETE', '/api/me/tokens/2147483648', { as: window }))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'id' });
    const before = await t.count('api_tokens');
    expect(errorOf(await t.request('POST', '/api/me/tokens', { as: window, body: { name: 'robot\u0000' } }))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'name' });
    expect(await t.count('api_tokens')).toBe(before);
  });

  it('refuses a token with an empty name, naming the field', async () => {
    const window = await t.login('window');
    const before = await t.count('api_tokens');
    expect(errorOf(await t.request('POST', '/api/me/tokens', { as: window, body: { name: '   ' } }))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'name' });
    expect(await t.count('api_tokens')).toBe(before);
  });

  it('a revoked token gets 401, and revoking it twice is 404', async () => {
    const window = await t.login('window');
    const res = await t.request('DELETE', `/api/me/tokens/${tokenId}`, { as: window });
    expect(res.statusCode).toBe(200);
    const listed = (await t.request('GET', '/api/me/tokens', { as: window })).json().items as { id: number; revokedAt: string | null }[];
    expect(listed.find((i) => i.id === tokenId)?.revokedAt).not.toBeNull();

    expect(errorOf(await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${secret}` } }))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    const before = await t.count('deadlines');
    const write = await t.app.inject({ method: 'POST', url: '/api/calendar/deadlines', headers: { authorization: `Bearer ${secret}` }, payload: { subject: 'revoked', from: '2026-12-01', workingDays: 1 } });
    expect(errorOf(write)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await t.count('deadlines')).toBe(before);
    expect(errorOf(await t.request('DELETE', `/api/me/tokens/${tokenId}`, { as: window }))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('a token of a disabled account gets 401', async () => {
    const admin = await t.login('admin');
    const created = await t.request('POST', '/api/accounts', { as: admin, body: { username: 'robot-owner', displayName: 'Robot owner', role: 'analyst', password: 'robot-owner-pass' } });
    expect(created.statusCode).toBe(201);
    const owner = await freshLogin('robot-owner', 'robot-owner-pass');
    const token = (await t.request('POST', '/api/me/tokens', { as: owner, body: { name: 'r' } })).json().secret as string;
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);
    expect((await t.request('PATCH', `/api/accounts/${created.json().id}`, { as: admin, body: { disabled: true } })).statusCode).toBe(200);
    expect(errorOf(await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } }))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });
});

describe('audit of authentication', () => {
  it('records a failed sign-in as auth.login with result.refused', async () => {
    const res = await login('inspector', WRONG_PASSWORD);
    expect(res.statusCode).toBe(401);
    const admin = await t.login('admin');
    const audit = await t.request('GET', '/api/audit?action=auth.login&limit=200', { as: admin });
    expect(audit.statusCode).toBe(200);
    const items = audit.json().items as { action: string; subject: string | null; actor: string; result: Record<string, unknown> }[];
    const refused = items.find((i) => i.subject === 'account:inspector' && i.result.refused !== undefined);
    expect(refused).toMatchObject({ action: 'auth.login', actor: 'public', result: { refused: 'INVALID_CREDENTIALS' } });
    // An unknown user's attempt is recorded too.
    await login('ghost-user', WRONG_PASSWORD);
    const again = (await t.request('GET', '/api/audit?action=auth.login&limit=5', { as: admin })).json().items as { subject: string | null; result: Record<string, unknown> }[];
    expect(again[0]).toMatchObject({ subject: 'account:ghost-user', result: { refused: 'INVALID_CREDENTIALS' } });
    // A disabled account's refusal says so.
    await login('gone-officer', DISABLED_PASSWORD);
    const disabled = (await t.request('GET', '/api/audit?action=auth.login&limit=5', { as: admin })).json().items as { subject: string | null; result: Record<string, unknown> }[];
    expect(disabled[0]).toMatchObject({ subject: 'account:gone-officer', result: { refused: 'ACCOUNT_DISABLED' } });
  });

  it('records a successful sign-in with the account', async () => {
    const s = await freshLogin('inspector');
    const admin = await t.login('admin');
    const items = (await t.request('GET', '/api/audit?action=auth.login&limit=5', { as: admin })).json().items as { subject: string; result: Record<string, unknown> }[];
    expect(items[0]).toMatchObject({ subject: 'account:inspector', result: { accountId: s.userId } });
  });

  it('never stores a password, a session, a CSRF token or a token secret in the audit trail', async () => {
    // Make sure every kind of secret has passed through a write first.
    const admin = await t.login('admin');
    const analyst = await freshLogin('analyst');
    const secret = (await t.request('POST', '/api/me/tokens', { as: analyst, body: { name: 'audit check' } })).json().secret as string;
    const reset = await t.request('POST', '/api/accounts', { as: admin, body: { username: 'pw-check', displayName: 'pw', role: 'analyst', password: 'first-Secret-9911' } });
    expect(reset.statusCode).toBe(201);
    expect((await t.request('PATCH', `/api/accounts/${reset.json().id}`, { as: admin, body: { password: 'second-Secret-9922' } })).statusCode).toBe(200);
    expect((await t.request('PATCH', `/api/accounts/${reset.json().id}`, { as: admin, body: { password: 'short' } })).statusCode).toBe(400);

    const entries = await allAuditEntries();
    expect(entries.length).toBeGreaterThan(10);
    const json = JSON.stringify(entries);
    expect(json).toContain('auth.login');
    for (const s of [DEMO_PASSWORD, WRONG_PASSWORD, DISABLED_PASSWORD, 'first-Secret-9911', 'second-Secret-9922', 'robot-owner-pass', secret, analyst.csrfToken, analyst.cookie.split('=')[1]!]) {
      expect(json).not.toContain(s);
    }
    expect(json).not.toMatch(/scrypt\$/);
    // And straight from the tables, not only through the API: the sealed trail and what waits for its seal.
    const rows = JSON.stringify([await t.ctx.db.selectFrom('audit_log').selectAll().execute(), await t.ctx.db.selectFrom('audit_unsealed').selectAll().execute()]);
    expect(rows).not.toContain(DEMO_PASSWORD);
    expect(rows).not.toContain(WRONG_PASSWORD);
    expect(rows).not.toContain('second-Secret-9922');
  });
});
