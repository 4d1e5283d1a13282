// Moves a test app's clock to another day (routes read ctx.now() on every request) and signs the applicant in
// again, since sessions expire with time: for procedures that run over weeks (notices, claims periods).
import { DEMO_PASSWORD } from '../../src/server/seed/demo-data.ts';
import { TEST_NOW, type Session, type TestApp } from './test-app.ts';

export async function moveClockTo(t: TestApp, isoDate: string | null, username = 'applicant'): Promise<Session> {
  (t.ctx as { now: () => Date }).now = () => (isoDate ? new Date(`${isoDate}T02:00:00Z`) : TEST_NOW);
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode}`);
  return { cookie: `zimao_session=${res.cookies.find((c) => c.name === 'zimao_session')?.value}`, csrfToken: res.json().csrfToken, userId: res.json().user.id };
}
