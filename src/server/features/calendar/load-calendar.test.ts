// loadCalendar reuses the calendar it built while the overrides and published years are unchanged, and builds a new
// one as soon as they change (an administrator's override in this or another process must count at once).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loadCalendar } from './load-calendar.ts';
import { removeOverride, setOverride } from './service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(async () => t.close());

describe('loadCalendar', () => {
  it('reuses the calendar while nothing changed and follows an override at once', async () => {
    const first = await loadCalendar(t.ctx.db);
    expect(await loadCalendar(t.ctx.db)).toBe(first);
    expect(first.isWorkday('2026-12-01')).toBe(true);

    await t.ctx.db.transaction().execute((tx) => setOverride(t.ctx, tx, 'test', { date: '2026-12-01', workday: false, reason: 'emergency closure (test)' }));
    const changed = await loadCalendar(t.ctx.db);
    expect(changed).not.toBe(first);
    expect(changed.isWorkday('2026-12-01')).toBe(false);
    expect(changed.addWorkingDays('2026-11-30', 1).due).toBe('2026-12-02');

    await t.ctx.db.transaction().execute((tx) => removeOverride(t.ctx, tx, '2026-12-01'));
    expect((await loadCalendar(t.ctx.db)).isWorkday('2026-12-01')).toBe(true);
  });
});
