import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ loginAttemptsPerWindow: 3 });
});
afterAll(async () => t.close());

describe('sign-in rate limit', () => {
  it('refuses a fourth attempt on one username with 429, while another username may still sign in', async () => {
    for (let i = 0; i < 3; i += 1) {
      const res = await t.request('POST', '/api/auth/login', { body: { username: 'analyst', password: 'wrong-password' } });
      expect(res.statusCode).toBe(401);
    }
    const blocked = await t.request('POST', '/api/auth/login', { body: { username: 'analyst', password: 'zimao-demo-2026' } });
    expect(errorOf(blocked)).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(blocked.cookies.find((c) => c.name === 'zimao_session')).toBeUndefined();
    const other = await t.request('POST', '/api/auth/login', { body: { username: 'inspector', password: 'zimao-demo-2026' } });
    expect(other.statusCode).toBe(200);
  });
});
