import { Role } from '../../schemas/auth.ts';

/** What an account may do. Routes ask for a permission, never for a role, so the table is the policy. */
export const Permission = {
  ACCOUNTS_MANAGE: 'accounts.manage',
  CALENDAR_ADMINISTER: 'calendar.administer',
  DEADLINES_REGISTER: 'deadlines.register',
  DEADLINES_READ_ALL: 'deadlines.read_all',
  USCC_ISSUE: 'uscc.issue',
  AUDIT_READ: 'audit.read',
  ENTERPRISES_READ: 'enterprises.read',
  EMAIL_OUTBOX_READ: 'email_outbox.read',
  FILE_STATISTICS_READ: 'file_statistics.read',
  STAFF_DIRECTORY_READ: 'staff_directory.read',
  NEGATIVE_LISTS_MANAGE: 'negative_lists.manage',
  /** 一窗受理: whom a window officer may file for at the counter (active applicant accounts). */
  APPLICANT_DIRECTORY_READ: 'applicant_directory.read',
  /** File a foreign-funded project or an outbound investment, and its post-investment reports (applicant, window). */
  INVESTMENT_FILE: 'investment.file',
  /** Read investment cases within the record scope (own, area, all). */
  INVESTMENT_READ: 'investment.read',
  /** The FTZ Office's list of cases flagged for national security review (外商投资安全审查办法 Art. 4). */
  SECURITY_REVIEW_READ: 'security_review.read',
  /** Self-declare enterprise names and hold them for the reservation period (名称自主申报, Art. 16). */
  NAMES_DECLARE: 'names.declare',
  /** File the one establishment form (applicant; window officer at the counter) and read one's applications. */
  ESTABLISHMENT_FILE: 'establishment.file',
  /** Register an establishment whose market-registration file was approved (MER Art. 19). */
  ESTABLISHMENT_REGISTER: 'establishment.register',
  /** Work one's department's follow-up tasks of new enterprises (seal, tax, bank, social insurance, housing fund). */
  FOLLOW_UPS_WORK: 'follow_ups.work',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

const P = Permission;
/** Role → permissions. Reading reference data, the calendar and checking codes needs no account. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  [Role.APPLICANT]: [P.ENTERPRISES_READ, P.INVESTMENT_FILE, P.INVESTMENT_READ, P.NAMES_DECLARE, P.ESTABLISHMENT_FILE],
  [Role.WINDOW_OFFICER]: [P.ENTERPRISES_READ, P.USCC_ISSUE, P.DEADLINES_REGISTER, P.STAFF_DIRECTORY_READ, P.APPLICANT_DIRECTORY_READ, P.INVESTMENT_FILE, P.INVESTMENT_READ, P.ESTABLISHMENT_FILE, P.ESTABLISHMENT_REGISTER],
  [Role.DEPARTMENT_REVIEWER]: [P.ENTERPRISES_READ, P.DEADLINES_REGISTER, P.STAFF_DIRECTORY_READ, P.FOLLOW_UPS_WORK],
  [Role.AREA_OFFICER]: [P.ENTERPRISES_READ, P.DEADLINES_REGISTER, P.FILE_STATISTICS_READ, P.STAFF_DIRECTORY_READ, P.INVESTMENT_READ],
  [Role.ANALYST]: [P.ENTERPRISES_READ, P.FILE_STATISTICS_READ, P.INVESTMENT_READ, P.SECURITY_REVIEW_READ],
  [Role.INSPECTOR]: [P.ENTERPRISES_READ, P.AUDIT_READ],
  [Role.ADMIN]: [P.NEGATIVE_LISTS_MANAGE, P.ACCOUNTS_MANAGE, P.CALENDAR_ADMINISTER, P.DEADLINES_READ_ALL, P.USCC_ISSUE, P.AUDIT_READ, P.ENTERPRISES_READ, P.DEADLINES_REGISTER, P.EMAIL_OUTBOX_READ, P.FILE_STATISTICS_READ, P.STAFF_DIRECTORY_READ, P.APPLICANT_DIRECTORY_READ, P.INVESTMENT_READ, P.SECURITY_REVIEW_READ],
};

/** True when the role grants the permission. */
export function roleHas(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
