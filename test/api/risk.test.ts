// Risk warnings (Plan V.(V)) over the approved indicator series: a rule fires once per scope and period, the alert
// goes to its owner, is handled and closed, and is escalated by a durable timer while nobody handles it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timerHandlers } from '../../src/server/timer-handlers.ts';
import { sweepOnce } from '../../src/server/timers/sweeper.ts';
import { moveClockTo } from '../helpers/moving-clock.ts';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let analyst: Session;
beforeAll(async () => {
  t = await createTestApp();
  analyst = await t.login('analyst');
});
afterAll(async () => t.close());

/** An area's monthly foreign investment, approved by the FTZ Office: a quarter a year ago and the same quarter now. */
async function approvedFdi(area: 'LJ' | 'XY', before: number, now: number): Promise<void> {
  const officer = await t.login(area === 'LJ' ? 'area-lj' : 'area-xy');
  const months = ['07', '08', '09'];
  const values = [...months.map((m) => ({ indicatorCode: 'FDI_USD', period: `2025-${m}`, value: before })), ...months.map((m) => ({ indicatorCode: 'FDI_USD', period: `2026-${m}`, value: now }))];
  const submitted = await t.request('POST', '/api/indicators/submissions', { as: officer, body: { areaCode: area, values } });
  expect(submitted.statusCode, submitted.body).toBe(201);
  const approved = await t.request('POST', `/api/indicators/submissions/${submitted.json().id}/approve`, { as: analyst, body: {} });
  expect(approved.statusCode, approved.body).toBe(200);
}
const evaluate = () => t.request('POST', '/api/risk/evaluate', { as: analyst, body: {} });
/** Moves the clock to 10:00 in Shanghai of a day and signs the FTZ Office in again (sessions expire with time). */
const at = async (day: string) => {
  analyst = await moveClockTo(t, day, 'analyst');
};

describe('risk warnings', () => {
  it('a sharp fall of an area’s foreign investment opens one alert for that area, once, with its reason', async () => {
    await approvedFdi('LJ', 10, 5); // 2026-Q3 is 15 against 30 a year before: down 50% (rule at 30%)
    const res = await evaluate();
    expect(res.statusCode, res.body).toBe(200);
    const opened = res.json().opened as { ruleCode: string; areaCode: string; period: string; status: string; finding: { observed: number; compared: number; zh: string } }[];
    const lj = opened.filter((a) => a.ruleCode === 'RISK-01');
    expect(lj).toHaveLength(1);
    expect(lj[0]).toMatchObject({ areaCode: 'LJ', period: '2026-Q3', status: 'open', finding: { observed: 15, compared: 30 } });
    expect(lj[0]!.finding.zh).toContain('50%');
    // Run again: nothing new for the same scope and period.
    expect((await evaluate()).json().opened.filter((a: { ruleCode: string }) => a.ruleCode === 'RISK-01')).toEqual([]);
  });

  it('the area’s officers see and handle their area’s alert; other areas do not see it; the FTZ Office closes it', async () => {
    const lj = await t.login('area-lj');
    const xy = await t.login('area-xy');
    const alert = (await t.request('GET', '/api/risk/alerts', { as: lj })).json().items.find((a: { ruleCode: string }) => a.ruleCode === 'RISK-01');
    expect(alert).toBeDefined();
    expect((await t.request('GET', '/api/risk/alerts', { as: xy })).json().items.map((a: { id: number }) => a.id)).not.toContain(alert.id);
    expect(errorOf(await t.request('GET', `/api/risk/alerts/${alert.id}`, { as: xy }))).toMatchObject({ status: 404 });
    expect(JSON.stringify((await t.request('GET', '/api/me/notifications', { as: lj })).json())).toContain('风险预警');

    expect(errorOf(await t.request('POST', `/api/risk/alerts/${alert.id}/handle`, { as: lj, body: { disposal: '短' } }))).toMatchObject({ status: 400, field: 'disposal' });
    const before = await t.count('risk_alert_events');
    expect(errorOf(await t.request('POST', `/api/risk/alerts/${alert.id}/close`, { as: lj, body: {} }))).toMatchObject({ status: 403 });
    expect(errorOf(await t.request('POST', `/api/risk/alerts/${alert.id}/close`, { as: analyst, body: {} }))).toMatchObject({ status: 409 }); // not handled yet
    expect(await t.count('risk_alert_events')).toBe(before);

    const handled = await t.request('POST', `/api/risk/alerts/${alert.id}/handle`, { as: lj, body: { disposal: '已约谈重点外资项目，核实为项目到资时间调整' } });
    expect(handled.statusCode, handled.body).toBe(200);
    expect(handled.json()).toMatchObject({ status: 'handled', disposal: '已约谈重点外资项目，核实为项目到资时间调整' });
    const closed = await t.request('POST', `/api/risk/alerts/${alert.id}/close`, { as: analyst, body: { note: '处置合理' } });
    expect(closed.json().status).toBe('closed');
    expect(closed.json().events.map((e: { kind: string }) => e.kind)).toEqual(['opened', 'handled', 'closed']);
  });

  it('an alert nobody handles is escalated after its working days, again each time, and no more once handled', async () => {
    await approvedFdi('XY', 8, 2);
    const opened = (await evaluate()).json().opened.find((a: { ruleCode: string; areaCode: string }) => a.ruleCode === 'RISK-01' && a.areaCode === 'XY');
    expect(opened).toBeDefined();
    const view = async () => {
      const res = await t.request('GET', `/api/risk/alerts/${opened.id}`, { as: analyst });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    // TEST_NOW is Tuesday 2026-11-24: five working days run to Tuesday 12-01; the escalation is due from 12-02.
    await at('2026-12-01');
    await sweepOnce(t.ctx, timerHandlers);
    expect((await view()).escalations).toBe(0);
    await at('2026-12-02');
    await sweepOnce(t.ctx, timerHandlers);
    expect((await view()).escalations).toBe(1);
    expect(JSON.stringify((await t.request('GET', '/api/me/notifications', { as: await moveClockTo(t, '2026-12-02', 'admin') })).json())).toContain('升级');
    await at('2026-12-10');
    await sweepOnce(t.ctx, timerHandlers);
    expect((await view()).escalations).toBe(2);
    const xy = await moveClockTo(t, '2026-12-10', 'area-xy');
    expect((await t.request('POST', `/api/risk/alerts/${opened.id}/handle`, { as: xy, body: { disposal: '已核查并上报片区管委会' } })).statusCode).toBe(200);
    await at('2026-12-30');
    await sweepOnce(t.ctx, timerHandlers);
    expect((await view()).escalations).toBe(2);
    await at('2026-12-30');
    analyst = await moveClockTo(t, null, 'analyst');
  });
});
