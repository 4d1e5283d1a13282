import { describe, expect, it } from 'vitest';
import { errorOf } from './assessment-test-kit.ts';
import { ACTION_STATUSES, allClosed, isOverdue, nextActionStatus, type ActionMove, type ActionParty, type ActionStatus } from './follow-up-actions.ts';

describe('follow-up action state machine: open → in_progress → done → verified → closed', () => {
  it('walks to closure by the owner area and the FTZ Office', () => {
    let s: ActionStatus = 'open';
    s = nextActionStatus(s, 'progress', 'area');
    expect(s).toBe('in_progress');
    s = nextActionStatus(s, 'progress', 'area');
    expect(s).toBe('in_progress');
    s = nextActionStatus(s, 'done', 'area');
    expect(s).toBe('done');
    s = nextActionStatus(s, 'return', 'office', 'the report is missing');
    expect(s).toBe('in_progress');
    s = nextActionStatus(nextActionStatus(s, 'done', 'area'), 'verify', 'office');
    expect(s).toBe('verified');
    expect(nextActionStatus(s, 'close', 'office')).toBe('closed');
    // Done straight from open.
    expect(nextActionStatus('open', 'done', 'area')).toBe('done');
  });

  const table: [ActionMove, ActionParty, readonly ActionStatus[]][] = [
    ['progress', 'area', ['open', 'in_progress']],
    ['done', 'area', ['open', 'in_progress']],
    ['verify', 'office', ['done']],
    ['return', 'office', ['done']],
    ['close', 'office', ['verified']],
  ];
  it.each(table)('%s by %s is allowed only from %j; from every other status it is a CONFLICT naming move', (move, party, from) => {
    for (const status of ACTION_STATUSES) {
      if (from.includes(status)) expect(() => nextActionStatus(status, move, party, 'note')).not.toThrow();
      else expect(errorOf(() => nextActionStatus(status, move, party, 'note'))).toMatchObject({ code: 'CONFLICT', field: 'move' });
    }
  });

  it('the wrong party is FORBIDDEN whatever the status: the area cannot verify or close, the Office cannot report done', () => {
    expect(errorOf(() => nextActionStatus('done', 'verify', 'area'))).toMatchObject({ code: 'FORBIDDEN', field: 'move' });
    expect(errorOf(() => nextActionStatus('verified', 'close', 'area'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(() => nextActionStatus('open', 'done', 'office'))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a return needs its reason, naming note', () => {
    expect(errorOf(() => nextActionStatus('done', 'return', 'office', '  '))).toMatchObject({ code: 'INVALID_REQUEST', field: 'note' });
  });
});

describe('overdue by the due date', () => {
  it('is not overdue on the due day, overdue the day after, never once done', () => {
    expect(isOverdue({ status: 'open', dueOn: '2026-06-30' }, '2026-06-30')).toBe(false);
    expect(isOverdue({ status: 'open', dueOn: '2026-06-30' }, '2026-07-01')).toBe(true);
    expect(isOverdue({ status: 'in_progress', dueOn: '2026-06-30' }, '2027-01-01')).toBe(true);
    for (const status of ['done', 'verified', 'closed'] as const) expect(isOverdue({ status, dueOn: '2026-06-30' }, '2027-01-01')).toBe(false);
  });

  it('an assessment’s actions are all closed only when each is', () => {
    expect(allClosed([])).toBe(true);
    expect(allClosed([{ status: 'closed' }, { status: 'verified' }])).toBe(false);
    expect(allClosed([{ status: 'closed' }, { status: 'closed' }])).toBe(true);
  });
});
