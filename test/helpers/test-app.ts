import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type ZimaoApp } from '../../src/server/app.ts';
import { bootstrap } from '../../src/server/bootstrap.ts';
import type { AppContext } from '../../src/server/context.ts';
import { sealAuditTrail } from '../../src/server/features/audit/service.ts';
import type { Tables } from '../../src/server/db/tables.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-data.ts';
import { seedDemo } from '../../src/server/seed/seed-demo.ts';
import { createTestDatabase } from './test-database.ts';

/** The fixed instant every API test runs at (deadlines must be deterministic). */
export const TEST_NOW = new Date('2026-11-24T02:00:00Z');

export interface Session {
  cookie: string;
  csrfToken: string;
  userId: number;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface TestApp {
  app: ZimaoApp;
  ctx: AppContext;
  /** Signs in a demo account (all share the demo password) and returns its cookie and CSRF token. */
  login(username: string, password?: string): Promise<Session>;
  /** A request as the public (no session) or as a signed-in session, with the CSRF header on writes. */
  request(method: Method, url: string, options?: { as?: Session; body?: unknown; headers?: Record<string, string> }): Promise<LightMyRequestResponse>;
  /** Rows in a table: tests of failure paths assert that nothing was written. */
  count(table: keyof Tables): Promise<number>;
  close(): Promise<void>;
}

/** The real app over a fresh database with migrations, reference data and the demo dataset. */
export async function createTestApp(options: { demo?: boolean; loginAttemptsPerWindow?: number } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const started = await bootstrap(database.options, () => TEST_NOW);
  if (options.demo !== false) await seedDemo(started.ctx);
  // Suites sign in many times from one address; the sign-in limit has its own test.
  const app = await buildApp(started.ctx, { loginAttemptsPerWindow: options.loginAttemptsPerWindow ?? 10_000 });
  const sessions = new Map<string, Session>();

  const request: TestApp['request'] = (method, url, opts = {}) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.as) {
      headers.cookie = opts.as.cookie;
      if (method !== 'GET') headers['x-csrf-token'] ??= opts.as.csrfToken;
    }
    return app.inject({ method, url, headers, ...(opts.body !== undefined ? { payload: opts.body as object } : {}) });
  };

  return {
    app,
    ctx: started.ctx,
    request,
    async login(username, password = DEMO_PASSWORD) {
      const cached = sessions.get(username);
      if (cached && password === DEMO_PASSWORD) return cached;
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'zimao_session');
      const body = res.json() as { csrfToken: string; user: { id: number } };
      const session = { cookie: `zimao_session=${cookie?.value}`, csrfToken: body.csrfToken, userId: body.user.id };
      if (password === DEMO_PASSWORD) sessions.set(username, session);
      return session;
    },
    async count(table) {
      // The trail as its readers see it: what has committed is sealed first (migration 0031), as the server does
      // within a second of the commit.
      if (table === 'audit_log') await sealAuditTrail(started.ctx.db);
      const row = await started.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async close() {
      await app.close();
      await started.close();
      await database.drop();
    },
  };
}

/** The error body's code and field, for concise assertions on failure paths. */
export function errorOf(res: LightMyRequestResponse): { status: number; code: string; field?: string; message: string } {
  const body = res.json() as { error: { code: string; field?: string; message: string } };
  return { status: res.statusCode, code: body.error.code, message: body.error.message, ...(body.error.field ? { field: body.error.field } : {}) };
}
