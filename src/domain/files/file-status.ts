// Statuses of an application file, derived from its action log (never stored as the source of truth).

/** Where a file stands. approved → certificate_issued, rejected and withdrawn are the closing branches. */
export const FileStatus = Object.freeze({
  SUBMITTED: 'submitted',
  CORRECTION_REQUESTED: 'correction_requested',
  /** Accepted (受理) and in review: the decision clock runs. */
  ACCEPTED: 'accepted',
  /** The clock is paused (ALL Art. 45, or waiting for the applicant). */
  PAUSED: 'paused',
  /** Granted; the certificate is still to be issued (ALL Art. 44). */
  APPROVED: 'approved',
  REJECTED: 'rejected',
  WITHDRAWN: 'withdrawn',
  CERTIFICATE_ISSUED: 'certificate_issued',
  /** 告知承诺 (TC-02): granted on the commitment and issued; the commitment awaits post-verification. */
  UNDER_VERIFICATION: 'under_verification',
  /** TC-06: verification found a false commitment; rectification is ordered within a period. */
  RECTIFICATION_ORDERED: 'rectification_ordered',
  /** TC-06: not cured in time; the decision is revoked (ALL Art. 69). */
  REVOKED: 'revoked',
} as const);
export type FileStatus = (typeof FileStatus)[keyof typeof FileStatus];

/** All statuses, in declaration order. */
export const FILE_STATUSES: readonly FileStatus[] = Object.freeze(Object.values(FileStatus));

/** Statuses in which the decision is made: no decision action can follow. */
export const DECIDED_STATUSES: readonly FileStatus[] = Object.freeze([
  FileStatus.APPROVED,
  FileStatus.REJECTED,
  FileStatus.WITHDRAWN,
  FileStatus.CERTIFICATE_ISSUED,
  FileStatus.UNDER_VERIFICATION,
  FileStatus.RECTIFICATION_ORDERED,
  FileStatus.REVOKED,
]);

/** Statuses after which nothing more happens on the file. */
export const CLOSED_STATUSES: readonly FileStatus[] = Object.freeze([
  FileStatus.REJECTED,
  FileStatus.WITHDRAWN,
  FileStatus.CERTIFICATE_ISSUED,
  FileStatus.REVOKED,
]);

// Guarantees: true exactly when the status ends the file (rejected, withdrawn, certificate issued, revoked).
export function isClosedStatus(status: FileStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}
