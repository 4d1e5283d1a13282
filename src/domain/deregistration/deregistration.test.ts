import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECLARATION_KEYS, DeregistrationPeriods, noticeSchedule, noticeState, summaryIneligibility, type Declarations } from './index.ts';

const periods = DeregistrationPeriods.parse(JSON.parse(readFileSync(new URL('../../../reference-data/registration/deregistration-periods.json', import.meta.url), 'utf8')));
const allTrue = Object.fromEntries(DECLARATION_KEYS.map((k) => [k, true])) as Declarations;
const investors = [
  { name: '张三', idNumber: '11010519491231002X' },
  { name: '重庆悦来投资有限公司', idNumber: '91500000202897821P' },
];

describe('the notice period by its start day (EXIT-02, EXIT-04, EXIT-07)', () => {
  it('20 days from 2021-07-30: the publication day is the first, the application window 20 days after', () => {
    expect(noticeSchedule(periods, '2026-11-24')).toEqual({ noticeFrom: '2026-11-24', noticeTo: '2026-12-13', applyBy: '2027-01-02', noticeDays: 20 });
    expect(noticeSchedule(periods, '2021-07-30')?.noticeDays).toBe(20);
  });

  it('45 days before the 2021 reform, and no rule before 2017-03-01', () => {
    expect(noticeSchedule(periods, '2021-07-29')).toEqual({ noticeFrom: '2021-07-29', noticeTo: '2021-09-11', applyBy: '2021-10-01', noticeDays: 45 });
    expect(noticeSchedule(periods, '2017-02-28')).toBeNull();
  });
});

describe('where a notice stands (EXIT-03, EXIT-04)', () => {
  const running = { status: 'in_notice' as const, noticeTo: '2026-12-13', applyBy: '2027-01-02' };
  it.each([
    ['2026-12-13', 'in_notice'],
    ['2026-12-14', 'awaiting_application'],
    ['2027-01-02', 'awaiting_application'],
    ['2027-01-03', 'lapsed'],
  ])('on %s: %s', (today, state) => {
    expect(noticeState(running, today)).toBe(state);
  });
  it('an objection or the deregistration is final whatever the day', () => {
    expect(noticeState({ ...running, status: 'objected' }, '2026-12-20')).toBe('objected');
    expect(noticeState({ ...running, status: 'deregistered' }, '2027-05-01')).toBe('deregistered');
  });
});

describe('eligibility (EXIT-01, EXIT-05)', () => {
  const facts = { status: 'registered', investsIn: [], investors };
  it('every declaration made, every investor committed: eligible', () => {
    expect(summaryIneligibility(facts, allTrue, investors)).toEqual([]);
  });
  it.each(DECLARATION_KEYS.map((k) => [k]))('a declaration not made refuses it: %s', (key) => {
    const reasons = summaryIneligibility(facts, { ...allTrue, [key]: false }, investors);
    expect(reasons.map((r) => r.field)).toEqual([`declarations.${key}`]);
    expect(reasons[0]!.legalBasis).toMatch(/市场主体登记管理条例/);
  });
  it('a missing investor’s commitment, the register’s own knowledge of investments, and a status other than registered', () => {
    expect(summaryIneligibility(facts, allTrue, [investors[0]!]).map((r) => r.code)).toEqual(['EXIT-01']);
    expect(summaryIneligibility({ ...facts, investsIn: ['重庆子公司有限公司'] }, allTrue, investors).map((r) => r.field)).toEqual(['declarations.no-investments-in-other-entities']);
    expect(summaryIneligibility({ ...facts, status: 'deregistered' }, allTrue, investors).map((r) => r.field)).toEqual(['uscc']);
  });
  it('matches commitments by identity number, whatever its case', () => {
    expect(summaryIneligibility(facts, allTrue, [{ name: '张三', idNumber: '11010519491231002x' }, investors[1]!])).toEqual([]);
  });
});
