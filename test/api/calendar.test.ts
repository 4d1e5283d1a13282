import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('calendar API', () => {
  it('counts working days across National Day 2025, start day not counted', async () => {
    const res = await t.request('GET', '/api/calendar/due?from=2025-09-30&workingDays=1');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ from: '2025-09-30', workingDays: 1, due: '2025-10-09' });
  });

  it('uses the Sunday make-up working day before Spring Festival 2025', async () => {
    const res = await t.request('GET', '/api/calendar/due?from=2025-01-24&workingDays=1');
    expect(res.json().due).toBe('2025-01-26');
  });

  it('marks a deadline reaching 2027 provisional and one inside 2026 not', async () => {
    const into2027 = (await t.request('GET', '/api/calendar/due?from=2026-12-30&workingDays=3')).json();
    expect(into2027).toEqual({ from: '2026-12-30', workingDays: 3, due: '2027-01-05', provisional: true });
    const in2026 = (await t.request('GET', '/api/calendar/due?from=2026-12-01&workingDays=3')).json();
    expect(in2026).toEqual({ from: '2026-12-01', workingDays: 3, due: '2026-12-04' });
  });

  it('answers is-workday with provisional for a year without a notice', async () => {
    expect((await t.request('GET', '/api/calendar/is-workday?date=2027-01-01')).json()).toEqual({ date: '2027-01-01', workday: false, provisional: true });
    expect((await t.request('GET', '/api/calendar/is-workday?date=2026-10-10')).json()).toEqual({ date: '2026-10-10', workday: true });
  });

  it('lists days with kinds and names', async () => {
    const res = await t.request('GET', '/api/calendar/days?from=2025-09-28&to=2025-10-11');
    const days = res.json().days as { date: string; kind: string; workday: boolean }[];
    expect(days).toHaveLength(14);
    expect(days[0]).toMatchObject({ date: '2025-09-28', kind: 'adjusted_workday', workday: true });
    expect(days.find((d) => d.date === '2025-10-01')).toMatchObject({ kind: 'holiday', workday: false });
    expect(days.at(-1)).toMatchObject({ date: '2025-10-11', kind: 'adjusted_workday', workday: true });
  });

  it.each([
    ['/api/calendar/due?from=2025-09-30&workingDays=0', 'workingDays'],
    ['/api/calendar/due?from=2025-09-30&workingDays=1.5', 'workingDays'],
    ['/api/calendar/due?from=2025-09-30&workingDays=abc', 'workingDays'],
    ['/api/calendar/due?from=2025-02-30&workingDays=2', 'from'],
    ['/api/calendar/due?from=30/09/2025&workingDays=2', 'from'],
    ['/api/calendar/is-workday?date=2025-13-01', 'date'],
    ['/api/calendar/days?from=2025-01-01&to=2026-12-31', 'to'],
  ])('refuses %s with 400 naming %s', async (url, field) => {
    const err = errorOf(await t.request('GET', url));
    expect(err).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field });
  });

  it('lists years: bundled ones published, 2027 provisional', async () => {
    const years = (await t.request('GET', '/api/calendar/years')).json().years as { year: number; status: string }[];
    expect(years.find((y) => y.year === 2026)?.status).toBe('published');
    expect(years.find((y) => y.year === 2027)?.status).toBe('provisional');
  });
});

describe('calendar administration', () => {
  it('lets an administrator declare an emergency rest day, which moves deadlines and notifies holders', async () => {
    const admin = await t.login('admin');
    const window = await t.login('window');
    const created = await t.request('POST', '/api/calendar/deadlines', { as: window, body: { subject: 'test: acceptance', from: '2026-12-07', workingDays: 2 } });
    expect(created.statusCode).toBe(201);
    expect(created.json().due).toBe('2026-12-09');

    const res = await t.request('PUT', '/api/calendar/overrides/2026-12-08', { as: admin, body: { workday: false, reason: 'emergency: snowstorm', name: '临时停工' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().deadlinesChanged).toBeGreaterThanOrEqual(1);

    expect((await t.request('GET', '/api/calendar/is-workday?date=2026-12-08')).json()).toEqual({ date: '2026-12-08', workday: false });
    const mine = (await t.request('GET', '/api/calendar/deadlines', { as: window })).json().items as { subject: string; due: string }[];
    expect(mine.find((d) => d.subject === 'test: acceptance')?.due).toBe('2026-12-10');
    const notes = (await t.request('GET', '/api/me/notifications', { as: window })).json().items as { kind: string; data: { subject: string } }[];
    expect(notes.some((n) => n.kind === 'deadline.moved' && n.data.subject === 'test: acceptance')).toBe(true);

    const removed = await t.request('DELETE', '/api/calendar/overrides/2026-12-08', { as: admin });
    expect(removed.statusCode).toBe(200);
    expect((await t.request('GET', '/api/calendar/is-workday?date=2026-12-08')).json().workday).toBe(true);
  });

  it('publishing 2027 makes its days final, recomputes provisional deadlines and notifies their holders', async () => {
    const admin = await t.login('admin');
    const window = await t.login('window');
    const before = (await t.request('GET', '/api/calendar/deadlines', { as: window })).json().items as { id: number; provisional: boolean; due: string }[];
    const provisional = before.filter((d) => d.provisional);
    expect(provisional.length).toBeGreaterThan(0);
    const notesBefore = (await t.request('GET', '/api/me/notifications', { as: window })).json().items.length as number;

    // An illustrative 2027 notice: New Year's Day off, and Monday 4 January as well.
    const res = await t.request('POST', '/api/calendar/years/2027/publish', {
      as: admin,
      body: { noticeUrl: 'https://www.gov.cn/zhengce/example-2027', days: [{ date: '2027-01-01', workday: false, name: '元旦' }, { date: '2027-01-04', workday: false, name: '元旦' }] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ year: 2027, overridesLoaded: 2 });
    expect(res.json().holdersNotified).toBeGreaterThanOrEqual(provisional.length);

    const after = (await t.request('GET', '/api/calendar/deadlines', { as: window })).json().items as { id: number; provisional: boolean; due: string; from: string }[];
    expect(after.filter((d) => d.provisional)).toEqual([]);
    // 2026-12-24 + 3 working days: 25, 28, 29 December — unchanged, now final.
    expect(after.find((d) => d.from === '2026-12-24')?.due).toBe('2026-12-29');
    const notesAfter = (await t.request('GET', '/api/me/notifications', { as: window })).json().items.length as number;
    expect(notesAfter).toBeGreaterThan(notesBefore);
    expect((await t.request('GET', '/api/calendar/is-workday?date=2027-01-04')).json()).toEqual({ date: '2027-01-04', workday: false });
    expect((await t.request('GET', '/api/calendar/is-workday?date=2027-01-05')).json()).toEqual({ date: '2027-01-05', workday: true });
  });

  it('refuses a publish whose days lie outside the year, writing nothing', async () => {
    const admin = await t.login('admin');
    const overrides = await t.count('calendar_overrides');
    const res = await t.request('POST', '/api/calendar/years/2028/publish', {
      as: admin,
      body: { noticeUrl: 'https://www.gov.cn/x', days: [{ date: '2028-01-01', workday: false }, { date: '2029-01-01', workday: false }] },
    });
    expect(errorOf(res)).toMatchObject({ status: 400, field: 'days.1.date' });
    expect(await t.count('calendar_overrides')).toBe(overrides);
    expect((await t.request('GET', '/api/calendar/years')).json().years.find((y: { year: number }) => y.year === 2028)?.status).toBe('provisional');
  });

  it('keeps calendar administration to administrators', async () => {
    const window = await t.login('window');
    const res = await t.request('PUT', '/api/calendar/overrides/2026-12-15', { as: window, body: { workday: false, reason: 'x' } });
    expect(errorOf(res)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const anon = await t.request('PUT', '/api/calendar/overrides/2026-12-15', { body: { workday: false, reason: 'x' } });
    expect(errorOf(anon)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });
});
