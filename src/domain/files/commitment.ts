// 告知承诺制 (notification-commitment; Trial Measures Art. 14; 国办发〔2020〕42号; domain-rules §4): the file type's
// commitment rule, the post-verification state folded from the log, and the transitions after the certificate:
// verify (TC-02), order rectification of a false commitment (TC-06), confirm it rectified, or revoke (ALL Art. 69).
import type { CivilDate, WorkingDayCalendar } from '../calendar/index.ts';
import type { ActorRole } from './file-action.ts';
import type { FileDraft } from './file-draft.ts';
import type { CommitmentState, FileState } from './file-state.ts';
import type { CommitmentRule, FileTypeDefinition, Guard, TransitionTable } from './file-type.ts';
import { getTimeLimit } from './time-limits.ts';

/** TC-05 / TC-06: the legal consequence told to every applicant, and the basis of every refusal of eligibility. */
export const COMMITMENT_BASIS = '国办发〔2020〕42号; Trial Measures Art. 14';

// Guarantees: a commitment rule with the item's written notice (TC-01) and the periods of TIME-80 and TIME-81.
export function commitmentFrom(notice: { zh: string; en: string }): CommitmentRule {
  const verification = getTimeLimit('TIME-80');
  const rectification = getTimeLimit('TIME-81');
  return Object.freeze({
    noticeZh: notice.zh,
    noticeEn: notice.en,
    verificationWorkingDays: verification.workingDays,
    rectificationWorkingDays: rectification.workingDays,
    legalBasis: `${verification.legalBasis}; ${rectification.legalBasis}`,
    ruleIds: Object.freeze([verification.id, rectification.id]),
  });
}

const INSPECTOR: ActorRole = 'inspector';
const OFFICER: ActorRole = 'window_officer';
const SYSTEM: ActorRole = 'system';

// Guarantees (TC-06): a rectification is confirmed only within its period.
const withinRectification: Guard<FileState> = (state, attempt) => {
  const due = state.commitment?.rectificationDueOn ?? null;
  return attempt.on !== undefined && due !== null && attempt.on > due ? `the rectification period ended on ${due}; revoke instead` : null;
};

// Guarantees (TC-06): the decision is revoked only once the rectification period has ended without a cure.
const afterRectification: Guard<FileState> = (state, attempt) => {
  const due = state.commitment?.rectificationDueOn ?? null;
  return attempt.on !== undefined && due !== null && attempt.on <= due ? `the rectification period runs until ${due}` : null;
};

type CommitmentRows = Pick<TransitionTable, 'under_verification' | 'rectification_ordered' | 'revoked'>;

// Guarantees: the rows of the statuses after the certificate; empty rows for a type without a commitment rule.
export function commitmentRows(enabled: boolean): CommitmentRows {
  if (!enabled) return { under_verification: {}, rectification_ordered: {}, revoked: {} };
  return {
    under_verification: {
      verify_commitment: { roles: [INSPECTOR] },
      escalate: { roles: [SYSTEM] },
    },
    rectification_ordered: {
      confirm_rectified: { roles: [INSPECTOR], guard: withinRectification },
      revoke: { roles: [OFFICER], guard: afterRectification },
      escalate: { roles: [SYSTEM] },
    },
    revoked: {},
  };
}

// Guarantees: the commitment state of the draft: null without a rule; else the verification due day (certificate
// issue + TIME-80), the finding, the rectification due day (finding day + TIME-81), the cure and the revocation.
export function computeCommitment(type: FileTypeDefinition, draft: FileDraft, calendar: WorkingDayCalendar): CommitmentState | null {
  const rule = type.commitment;
  if (rule === undefined) return null;
  const issued: CivilDate | null = draft.certificate?.issuedOn ?? null;
  const verificationDueOn = issued === null ? null : calendar.addWorkingDays(issued, rule.verificationWorkingDays).due;
  const finding = draft.verification;
  const rectificationDueOn = finding?.result === 'false_commitment' ? calendar.addWorkingDays(finding.on, rule.rectificationWorkingDays).due : null;
  return {
    verificationDueOn,
    verification: finding === null ? null : { ...finding },
    rectificationDueOn,
    rectified: draft.rectified === null ? null : { ...draft.rectified },
    revocation: draft.revocation === null ? null : { ...draft.revocation, reasons: [...draft.revocation.reasons] },
  };
}
