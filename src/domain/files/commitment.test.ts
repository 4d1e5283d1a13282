import { describe, expect, it } from 'vitest';
import { allowedActions } from './allowed-actions.ts';
import { applicant, calendar, errorOf, FileLog, officer, system } from './files-test-kit.ts';
import type { Actor } from './file-action.ts';
import { permitCommitment } from './file-types/permit-commitment.ts';
import { permitSingle } from './file-types/permit-single.ts';
import { escalationsDue, watchedDueOn } from './sla.ts';

const inspector: Actor = { id: 40, role: 'inspector' };

/** Decided on the spot on the commitment (TC-02) and issued on Tue 2026-01-20. */
function issuedOnTheSpot(): FileLog {
  return new FileLog(permitCommitment)
    .act(applicant, 'submit', '2026-01-20', { applicantId: applicant.id })
    .act(officer, 'accept', '2026-01-20')
    .act(officer, 'approve', '2026-01-20')
    .act(officer, 'issue_certificate', '2026-01-20', { certificateNo: 'CQ-TC-0001' });
}

describe('notification-commitment (告知承诺制, 国办发〔2020〕42号)', () => {
  it('the type carries the written notice (TC-01) and the verification and rectification periods as data', () => {
    expect(permitCommitment.commitment).toMatchObject({ verificationWorkingDays: 40, rectificationWorkingDays: 20, ruleIds: ['TIME-80', 'TIME-81'] });
    expect(permitCommitment.commitment?.noticeZh).toContain('虚假承诺');
    expect(permitCommitment.formSchema.safeParse({ permitName: 'x', areaCode: 'LJ', enterpriseUscc: '91500000202897821P', description: 'y', commitment: { noticeRead: false, statement: 's', signedBy: 'z' } }).success).toBe(false);
  });

  it('decided on the commitment, the file stays open after the certificate until verified (TIME-80 across Spring Festival 2026)', () => {
    const log = issuedOnTheSpot();
    expect(log.current.status).toBe('under_verification');
    // 40 working days after 01-20: the Spring Festival holiday 02-15..02-23 is skipped, the make-up Saturdays 02-14 and 02-28 count.
    expect(log.current.commitment).toMatchObject({ verificationDueOn: '2026-03-23', verification: null, rectificationDueOn: null });
    expect(watchedDueOn(log.current)).toBe('2026-03-23');
    expect(log.current.clock.workingDaysUsed).toBe(0);
  });

  it('a confirmed verification closes the file', () => {
    const log = issuedOnTheSpot().act(inspector, 'verify_commitment', '2026-03-02', { result: 'confirmed', findings: 'site visit: conditions met' });
    expect(log.current.status).toBe('certificate_issued');
    expect(log.current.commitment?.verification).toMatchObject({ result: 'confirmed', on: '2026-03-02', byId: 40 });
    expect(allowedActions(permitCommitment, log.current, inspector, '2026-03-03')).toEqual([]);
  });

  it('a false commitment orders rectification within TIME-81 (across Qingming 2026); a cure in time closes the file', () => {
    const log = issuedOnTheSpot().act(inspector, 'verify_commitment', '2026-03-10', { result: 'false_commitment', findings: 'no fire-safety acceptance' });
    expect(log.current.status).toBe('rectification_ordered');
    expect(log.current.commitment?.rectificationDueOn).toBe('2026-04-08'); // Qingming 04-04..04-06 skipped
    log.act(inspector, 'confirm_rectified', '2026-04-08', { findings: 'acceptance certificate produced' });
    expect(log.current.status).toBe('certificate_issued');
    expect(log.current.commitment?.rectified).toMatchObject({ on: '2026-04-08' });
  });

  it('revocation only after the rectification period, and a late cure is refused (TC-06)', () => {
    const log = issuedOnTheSpot().act(inspector, 'verify_commitment', '2026-03-10', { result: 'false_commitment', findings: 'premises do not exist' });
    const early = errorOf(() => log.act(officer, 'revoke', '2026-04-08', { reasons: ['not rectified'], legalBasis: 'ALL Art. 69' }));
    expect(early.code).toBe('CONFLICT');
    expect(early.message).toContain('runs until 2026-04-08');
    const late = errorOf(() => log.act(inspector, 'confirm_rectified', '2026-04-09', { findings: 'too late' }));
    expect(late.message).toContain('ended on 2026-04-08');
    log.act(officer, 'revoke', '2026-04-09', { reasons: ['false commitment not rectified'], legalBasis: 'ALL Art. 69; 国办发〔2020〕42号' });
    expect(log.current.status).toBe('revoked');
    expect(log.current.commitment?.revocation).toMatchObject({ on: '2026-04-09', reasons: ['false commitment not rectified'] });
    expect(log.current.outcome?.kind).toBe('approved'); // the grant is on record; the revocation ends it
  });

  it('only an inspector verifies; a window officer or the applicant may not', () => {
    const log = issuedOnTheSpot();
    expect(errorOf(() => log.act(officer, 'verify_commitment', '2026-02-02', { result: 'confirmed', findings: 'x' })).code).toBe('FORBIDDEN');
    expect(allowedActions(permitCommitment, log.current, inspector, '2026-02-02')).toEqual(['verify_commitment']);
    expect(errorOf(() => log.act(inspector, 'verify_commitment', '2026-02-02', { result: 'maybe', findings: 'x' })).field).toBe('payload.result');
  });

  it('the verification deadline escalates like a decision deadline, once per due day', () => {
    const log = issuedOnTheSpot();
    expect(escalationsDue(permitCommitment, log.current, '2026-03-18', calendar)).toEqual([]);
    expect(escalationsDue(permitCommitment, log.current, '2026-03-20', calendar).map((r) => r.when)).toEqual(['due_soon']);
    log.act(system, 'escalate', '2026-03-24', { level: 'overdue', to: 'supervisor' });
    expect(log.current.escalations[0]).toMatchObject({ dueOn: '2026-03-23' });
    expect(escalationsDue(permitCommitment, log.current, '2026-03-25', calendar)).toEqual([]);
  });

  it('a type without a commitment closes on the certificate and never verifies', () => {
    const log = new FileLog(permitSingle)
      .act(applicant, 'submit', '2026-01-20', { applicantId: applicant.id })
      .act(officer, 'accept', '2026-01-20')
      .act(officer, 'start_tasks', '2026-01-20', { tasks: [{ departmentCode: 'COMMERCE' }] })
      .act({ id: 100, role: 'department_reviewer', departmentCode: 'COMMERCE' }, 'approve_task', '2026-01-21', { taskId: '3-1' })
      .act(officer, 'approve', '2026-01-21')
      .act(officer, 'issue_certificate', '2026-01-22');
    expect(log.current.status).toBe('certificate_issued');
    expect(log.current.commitment).toBeNull();
    expect(errorOf(() => log.act(inspector, 'verify_commitment', '2026-02-02', { result: 'confirmed', findings: 'x' })).code).toBe('FORBIDDEN');
  });
});
