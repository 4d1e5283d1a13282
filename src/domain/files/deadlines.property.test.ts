// Properties of the decision clock over the published years (2025–2026, Spring Festival and National Day included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/index.ts';
import { acceptedFile, calendar, officer } from './files-test-kit.ts';
import { permitParallel } from './file-types/permit-parallel.ts';
import { permitSingle } from './file-types/permit-single.ts';

const acceptanceDay = fc.integer({ min: 0, max: 640 }).map((n) => addDays('2025-01-02', n));

describe('decision clock properties', () => {
  it('a pause of k working days moves the deadline by exactly k working days', () => {
    fc.assert(
      fc.property(acceptanceDay, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 40 }), (accepted, before, length) => {
        const log = acceptedFile(permitSingle, accepted);
        const unpaused = log.current.clock.dueOn ?? '';
        const pausedOn = addDays(accepted, before); // at most 20 calendar days in: never after the 20-working-day due day
        const resumedOn = addDays(pausedOn, length);
        log.act(officer, 'pause', pausedOn, { kind: 'excluded_procedure', reason: 'inspection' }).act(officer, 'resume', resumedOn);
        const k = calendar.workingDaysBetween(pausedOn, resumedOn).workingDays;
        const { clock } = log.current;
        expect(clock.pausedWorkingDays).toBe(k);
        expect(clock.dueOn).toBe(k === 0 ? unpaused : calendar.addWorkingDays(unpaused, k).due);
      }),
      { numRuns: 150 },
    );
  });

  it('an extension of e working days (within the maximum) moves the deadline by exactly e working days', () => {
    fc.assert(
      fc.property(acceptanceDay, fc.integer({ min: 1, max: 15 }), (accepted, e) => {
        const log = acceptedFile(permitParallel, accepted);
        const before = log.current.clock.dueOn ?? '';
        log.act(officer, 'extend', accepted, { workingDays: e, approvedBy: 'head', reason: 'complex' });
        expect(log.current.clock.dueOn).toBe(calendar.addWorkingDays(before, e).due);
        expect(calendar.isWorkday(log.current.clock.dueOn ?? '')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
