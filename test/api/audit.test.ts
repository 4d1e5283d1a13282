// The audit trail: one hash-chained row per write in the write's own transaction, append-only in
// the database, tampering detected by verify, and Idempotency-Key replay on writes.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUscc } from '../../src/domain/uscc/index.ts';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';
import { nextSequenceOf } from '../../src/server/features/uscc/service.ts';
import { sealAuditTrail } from '../../src/server/features/audit/service.ts';

let t: TestApp;
let window: Session;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  window = await t.login('window');
  admin = await t.login('admin');
});
afterAll(async () => t.close());

const ISSUE = { authority: '9', entityType: '1', division: '500112' };

async function lastAuditRow() {
  await sealAuditTrail(t.ctx.db);
  return t.ctx.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
}

async function nextSeqOfBlock(prefix = 'MA'): Promise<number> {
  return (await nextSequenceOf(t.ctx.db, prefix))!;
}

async function verify() {
  const res = await t.request('GET', '/api/audit/verify', { as: admin });
  expect(res.statusCode).toBe(200);
  return res.json() as { ok: boolean; checked: number; firstBroken: { seq: number; reason: string } | null };
}

/** Runs `fn` with the append-only trigger off, switching it back on whatever happens. */
async function withTriggerDisabled(fn: () => Promise<void>): Promise<void> {
  await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(t.ctx.db);
  try {
    await fn();
  } finally {
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(t.ctx.db);
  }
}

describe('one audit row per write', () => {
  it('records an issued credit code with actor, action, subject, request summary and result', async () => {
    const [issued, audit] = [await t.count('uscc_issued'), await t.count('audit_log')];
    const res = await t.request('POST', '/api/uscc/issue', { as: window, body: ISSUE });
    expect(res.statusCode).toBe(201);
    const code = res.json().code as string;
    expect(await t.count('uscc_issued')).toBe(issued + 1);
    expect(await t.count('audit_log')).toBe(audit + 1);
    const row = await lastAuditRow();
    expect(row).toMatchObject({ actor: 'window', action: 'uscc.issue', subject: `uscc:${code}` });
    expect(row.request).toEqual({ method: 'POST', path: '/api/uscc/issue', params: {}, body: ISSUE });
    expect(row.result).toEqual({ code });
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['deadline.register', 'window', 'POST', '/api/calendar/deadlines', { subject: 'audit: one row', from: '2026-12-07', workingDays: 2 }, 201],
    ['api_token.create', 'analyst', 'POST', '/api/me/tokens', { name: 'audit test token' }, 201],
    ['calendar.override.set', 'admin', 'PUT', '/api/calendar/overrides/2026-12-21', { workday: false, reason: 'audit test' }, 200],
    ['calendar.override.remove', 'admin', 'DELETE', '/api/calendar/overrides/2026-12-21', undefined, 200],
  ] as const)('records %s as exactly one row by %s', async (action, username, method, url, body, status) => {
    const session = await t.login(username);
    const before = await t.count('audit_log');
    const res = await t.request(method, url, { as: session, ...(body ? { body } : {}) });
    expect(res.statusCode, res.body).toBe(status);
    expect(await t.count('audit_log')).toBe(before + 1);
    const row = await lastAuditRow();
    expect(row).toMatchObject({ actor: username, action });
    expect((row.request as { path: string }).path).toBe(url);
    // A response carrying a secret never reaches the trail.
    if (action === 'api_token.create') {
      const secret = res.json().secret as string;
      expect(secret.length).toBeGreaterThan(10);
      expect(JSON.stringify(row)).not.toContain(secret);
      expect(row.result).toEqual({ tokenId: res.json().token.id });
    }
  });

  it('records a sign-in without the password', async () => {
    const before = await t.count('audit_log');
    const res = await t.request('POST', '/api/auth/login', { body: { username: 'inspector', password: 'zimao-demo-2026' } });
    expect(res.statusCode).toBe(200);
    expect(await t.count('audit_log')).toBe(before + 1);
    const row = await lastAuditRow();
    expect(row).toMatchObject({ actor: 'public', action: 'auth.login', subject: 'account:inspector' });
    expect(JSON.stringify(row.request)).not.toContain('zimao-demo-2026');
    expect((row.request as { body: { password: string } }).body.password).toBe('[redacted]');
  });

  it('records a refused write as refused and leaves the domain tables unchanged', async () => {
    const [issued, audit, seq] = [await t.count('uscc_issued'), await t.count('audit_log'), await nextSeqOfBlock()];
    const res = await t.request('POST', '/api/uscc/issue', { as: window, body: { ...ISSUE, authority: 'Q' } });
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'authority' });
    expect(await t.count('uscc_issued')).toBe(issued);
    // The input was refused before a number was taken from the block.
    expect(await nextSeqOfBlock()).toBe(seq);
    expect(await t.count('audit_log')).toBe(audit + 1);
    const row = await lastAuditRow();
    expect(row).toMatchObject({ actor: 'window', action: 'uscc.issue', subject: null });
    expect(row.result).toEqual({ refused: 'INVALID_REQUEST', field: 'authority' });
    expect((row.request as { body: unknown }).body).toEqual({ ...ISSUE, authority: 'Q' });
  });

  it('rolls the change back when its audit row cannot be written (same transaction)', async () => {
    const [issued, audit, seq] = [await t.count('uscc_issued'), await t.count('audit_log'), await nextSeqOfBlock()];
    await sql`CREATE FUNCTION test_refuse_audit_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'test: audit insert refused'; END; $$`.execute(t.ctx.db);
    // A write's audit rows go into audit_unsealed in its transaction (migration 0031).
    await sql`CREATE TRIGGER test_refuse_audit_insert BEFORE INSERT ON audit_unsealed FOR EACH ROW EXECUTE FUNCTION test_refuse_audit_insert()`.execute(t.ctx.db);
    try {
      const res = await t.request('POST', '/api/uscc/issue', { as: window, body: ISSUE });
      expect(errorOf(res)).toMatchObject({ status: 500, code: 'INTERNAL' });
      expect(res.body).not.toContain('test: audit insert refused');
    } finally {
      await sql`DROP TRIGGER test_refuse_audit_insert ON audit_unsealed`.execute(t.ctx.db);
      await sql`DROP FUNCTION test_refuse_audit_insert()`.execute(t.ctx.db);
    }
    expect(await t.count('uscc_issued')).toBe(issued);
    expect(await t.count('audit_log')).toBe(audit);
    // The number taken from the block's sequence is skipped, never reused (no code was issued with it).
    expect(await nextSeqOfBlock()).toBe(seq + 1);
    expect((await verify()).ok).toBe(true);
  });

  it('keeps a committed write and its audit row when the seal fails, and chains the row at the next seal', async () => {
    await sealAuditTrail(t.ctx.db);
    const [issued, audit] = [await t.count('uscc_issued'), await t.count('audit_log')];
    await sql`CREATE FUNCTION test_refuse_seal() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'test: seal refused'; END; $$`.execute(t.ctx.db);
    await sql`CREATE TRIGGER test_refuse_seal BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_refuse_seal()`.execute(t.ctx.db);
    let code: string;
    try {
      // The write does not wait for its seal: it succeeds, and its row waits, committed.
      const res = await t.request('POST', '/api/uscc/issue', { as: window, body: ISSUE });
      expect(res.statusCode, res.body).toBe(201);
      code = res.json().code as string;
      await expect(sealAuditTrail(t.ctx.db)).rejects.toThrow('test: seal refused');
      const waiting = await t.ctx.db.selectFrom('audit_unsealed').select(['action', 'subject']).execute();
      expect(waiting).toEqual([{ action: 'uscc.issue', subject: `uscc:${code}` }]);
    } finally {
      await sql`DROP TRIGGER test_refuse_seal ON audit_log`.execute(t.ctx.db);
      await sql`DROP FUNCTION test_refuse_seal()`.execute(t.ctx.db);
    }
    expect(await t.count('uscc_issued')).toBe(issued + 1);
    expect(await t.count('audit_log')).toBe(audit + 1);
    expect(await lastAuditRow()).toMatchObject({ action: 'uscc.issue', subject: `uscc:${code}` });
    expect(await verify()).toMatchObject({ ok: true, awaitingSeal: 0 });
  });

  it('writes nothing when the request fails validation before reaching the service', async () => {
    const [issued, audit] = [await t.count('uscc_issued'), await t.count('audit_log')];
    const res = await t.request('POST', '/api/uscc/issue', { as: window, body: { ...ISSUE, division: '5001' } });
    expect(errorOf(res)).toMatchObject({ status: 400, field: 'division' });
    expect(await t.count('uscc_issued')).toBe(issued);
    expect(await t.count('audit_log')).toBe(audit);
  });
});

describe('GET /api/audit and /api/audit/verify', () => {
  it('verifies a clean chain: every row checked', async () => {
    const result = await verify();
    expect(result).toEqual({ ok: true, checked: await t.count('audit_log'), firstBroken: null, awaitingSeal: 0 });
  });

  it('lists entries newest first, filtered by action', async () => {
    const res = await t.request('GET', '/api/audit?action=uscc.issue&limit=2', { as: admin });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { seq: number; action: string }[];
    expect(items).toHaveLength(2);
    expect(items.every((i) => i.action === 'uscc.issue')).toBe(true);
    expect(items[0]!.seq).toBeGreaterThan(items[1]!.seq);
  });

  it('keeps the trail to administrators and inspectors', async () => {
    expect(errorOf(await t.request('GET', '/api/audit/verify', { as: window }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(errorOf(await t.request('GET', '/api/audit/verify'))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect((await t.request('GET', '/api/audit/verify', { as: await t.login('inspector') })).statusCode).toBe(200);
  });
});

describe('append-only in the database', () => {
  it('refuses UPDATE, DELETE and TRUNCATE on audit_log', async () => {
    const before = await lastAuditRow();
    await expect(sql`UPDATE audit_log SET actor = 'mallory' WHERE seq = ${before.seq}`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log WHERE seq = ${before.seq}`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
    expect(await lastAuditRow()).toEqual(before);
    expect((await verify()).ok).toBe(true);
  });
});

describe('tampering is detected', () => {
  it.each(['result', 'actor'] as const)('names the row whose %s was altered as firstBroken', async (column) => {
    const victim = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'uscc.issue').orderBy('seq').limit(1).executeTakeFirstOrThrow();
    const total = await t.count('audit_log');
    expect(Number(victim.seq)).toBeLessThan(total); // not the last row: later rows stay intact
    await withTriggerDisabled(async () => {
      if (column === 'result') {
        await sql`UPDATE audit_log SET result = ${JSON.stringify({ code: '91500112MA00000000' })}::jsonb WHERE seq = ${victim.seq}`.execute(t.ctx.db);
      } else {
        await sql`UPDATE audit_log SET actor = 'admin' WHERE seq = ${victim.seq}`.execute(t.ctx.db);
      }
    });
    const broken = await verify();
    expect(broken.ok).toBe(false);
    expect(broken.firstBroken?.seq).toBe(Number(victim.seq));
    expect(broken.firstBroken?.reason).toMatch(/altered/);
    expect(broken.checked).toBe(Number(victim.seq) - 1);

    // Putting the original value back restores the chain (the hash covers content, not storage).
    await withTriggerDisabled(async () => {
      if (column === 'result') {
        await sql`UPDATE audit_log SET result = ${JSON.stringify(victim.result)}::jsonb WHERE seq = ${victim.seq}`.execute(t.ctx.db);
      } else {
        await sql`UPDATE audit_log SET actor = ${victim.actor} WHERE seq = ${victim.seq}`.execute(t.ctx.db);
      }
    });
    expect((await verify()).ok).toBe(true);
  });

  it('detects a removed last row: the chain head still remembers it', async () => {
    const last = await lastAuditRow();
    await withTriggerDisabled(async () => {
      await sql`DELETE FROM audit_log WHERE seq = ${last.seq}`.execute(t.ctx.db);
    });
    try {
      const broken = await verify();
      expect(broken.ok).toBe(false);
      expect(broken.firstBroken?.seq).toBe(Number(last.seq));
      expect(broken.firstBroken?.reason).toMatch(/head/);
    } finally {
      await t.ctx.db.insertInto('audit_log').values({ ...last, request: JSON.stringify(last.request), result: JSON.stringify(last.result) }).execute();
    }
    expect((await verify()).ok).toBe(true);
  });

  it('detects a row removed from the middle of the chain', async () => {
    const victim = await t.ctx.db.selectFrom('audit_log').selectAll().where('seq', '=', 2).executeTakeFirstOrThrow();
    await withTriggerDisabled(async () => {
      await sql`DELETE FROM audit_log WHERE seq = 2`.execute(t.ctx.db);
    });
    try {
      const broken = await verify();
      expect(broken).toMatchObject({ ok: false, checked: 1, firstBroken: { seq: 3 } });
    } finally {
      await t.ctx.db.insertInto('audit_log').values({ ...victim, request: JSON.stringify(victim.request), result: JSON.stringify(victim.result) }).execute();
    }
    expect((await verify()).ok).toBe(true);
  });
});

describe('Idempotency-Key', () => {
  it('replays the first response for the same key and body, issuing one code', async () => {
    const [issued, audit] = [await t.count('uscc_issued'), await t.count('audit_log')];
    const headers = { 'idempotency-key': 'issue-replay-1' };
    const first = await t.request('POST', '/api/uscc/issue', { as: window, body: ISSUE, headers });
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    // Same body with its keys in another order is the same request.
    const second = await t.request('POST', '/api/uscc/issue', { as: window, body: { division: '500112', entityType: '1', authority: '9' }, headers });
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    expect(checkUscc(first.json().code).valid).toBe(true);
    expect(await t.count('uscc_issued')).toBe(issued + 1);
    expect(await t.count('audit_log')).toBe(audit + 1);
  });

  it('refuses the same key with a different body (422) and writes nothing', async () => {
    const headers = { 'idempotency-key': 'issue-reuse-1' };
    expect((await t.request('POST', '/api/uscc/issue', { as: window, body: ISSUE, headers })).statusCode).toBe(201);
    const counts = [await t.count('uscc_issued'), await t.count('audit_log'), await t.count('idempotency_keys')];
    const res = await t.request('POST', '/api/uscc/issue', { as: window, body: { ...ISSUE, division: '500105' }, headers });
    expect(errorOf(res)).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
    expect([await t.count('uscc_issued'), await t.count('audit_log'), await t.count('idempotency_keys')]).toEqual(counts);
  });

  it('refuses a key reused on another endpoint (422) and registers nothing there', async () => {
    const headers = { 'idempotency-key': 'issue-then-deadline' };
    expect((await t.request('POST', '/api/uscc/issue', { as: window, body: ISSUE, headers })).statusCode).toBe(201);
    const counts = [await t.count('deadlines'), await t.count('audit_log')];
    const res = await t.request('POST', '/api/calendar/deadlines', { as: window, body: { subject: 'idempotency: other endpoint', from: '2026-12-07', workingDays: 2 }, headers });
    expect(errorOf(res)).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
    expect([await t.count('deadlines'), await t.count('audit_log')]).toEqual(counts);
  });

  it('keeps keys per actor: another account may use the same key for its own request', async () => {
    const headers = { 'idempotency-key': 'issue-per-actor' };
    const a = await t.request('POST', '/api/uscc/issue', { as: window, body: ISSUE, headers });
    const b = await t.request('POST', '/api/uscc/issue', { as: admin, body: ISSUE, headers });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    expect(b.json().code).not.toBe(a.json().code);
  });

  it('issues exactly one code for two concurrent requests with one key, and both answers agree', async () => {
    const [issued, audit] = [await t.count('uscc_issued'), await t.count('audit_log')];
    const headers = { 'idempotency-key': 'issue-concurrent-1' };
    const send = () => t.request('POST', '/api/uscc/issue', { as: window, body: ISSUE, headers });
    let a, b;
    if (t.ctx.database.kind === 'postgres') {
      // Force the race: hold the code block's row lock until both requests have found no stored
      // response and wait inside their transactions; the loser then hits the key on insert.
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const holder = t.ctx.db.transaction().execute(async (tx) => {
        await tx.selectFrom('uscc_blocks').select('prefix').where('prefix', '=', 'MA').forUpdate().execute();
        locked();
        await released;
      });
      await isLocked;
      const both = Promise.all([send(), send()]);
      try {
        for (let i = 0; i < 200; i += 1) {
          const waiting = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%uscc_blocks%'`.execute(t.ctx.db);
          if (Number(waiting.rows[0]?.n) >= 2) break;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      } finally {
        release();
        await holder;
      }
      [a, b] = await both;
    } else {
      // PGlite has one connection, so the two requests' transactions cannot overlap.
      [a, b] = await Promise.all([send(), send()]);
    }
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json()).toEqual(b.json());
    expect([a.headers['idempotent-replayed'], b.headers['idempotent-replayed']].filter((h) => h === 'true')).toHaveLength(1);
    expect(await t.count('uscc_issued')).toBe(issued + 1);
    expect(await t.count('audit_log')).toBe(audit + 1);
    expect(await t.ctx.db.selectFrom('uscc_issued').select('code').where('code', '=', a.json().code).execute()).toHaveLength(1);
    expect((await verify()).ok).toBe(true);
  });

  it.each([
    ['300 characters', 'k'.repeat(300)],
    ['a space', 'two words'],
    ['non-ASCII', '幂等键'],
  ])('refuses a malformed key (%s) with 400 naming Idempotency-Key, writing nothing', async (_what, key) => {
    const counts = [await t.count('uscc_issued'), await t.count('audit_log'), await t.count('idempotency_keys')];
    const res = await t.request('POST', '/api/uscc/issue', { as: window, body: ISSUE, headers: { 'idempotency-key': key } });
    expect(errorOf(res)).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'Idempotency-Key' });
    expect([await t.count('uscc_issued'), await t.count('audit_log'), await t.count('idempotency_keys')]).toEqual(counts);
  });

  it('leaves the chain intact after all of the above', async () => {
    expect(await verify()).toEqual({ ok: true, checked: await t.count('audit_log'), firstBroken: null, awaitingSeal: 0 });
  });
});
