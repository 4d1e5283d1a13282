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
  /** Read assessments of the areas within one's scope (all; one's area; an assessor: those assigned to it). Plan V.(IV). */
  ASSESSMENTS_READ: 'assessments.read',
  /** The FTZ Office's assessment work: create, assign to an assessor, open, verify and close follow-up actions (Trial Measures Art. 8). */
  ASSESSMENTS_MANAGE: 'assessments.manage',
  /** Score an assessment with evidence and record findings: the FTZ Office its own, an assessor the third-party ones assigned to it. */
  ASSESSMENTS_SCORE: 'assessments.score',
  /** Report progress on the follow-up actions one's area owns. */
  ASSESSMENT_ACTIONS_REPORT: 'assessment_actions.report',
  /** Read the register of reform pilot tasks (Trial Measures Art. 6). */
  REFORM_READ: 'reform.read',
  /** Keep the register: create tasks, move their status with evaluations, run the replication procedure (复制推广). */
  REFORM_MANAGE: 'reform.manage',
  /** Read risk warnings: all for the FTZ Office and administrators, their own area's for area officers (Plan V.(V)). */
  RISK_READ: 'risk.read',
  /** Acknowledge and handle the risk warnings one owns (area officers: their area's; the FTZ Office: the zone's). */
  RISK_HANDLE: 'risk.handle',
  /** Run the rules now, close a handled warning or reopen it (FTZ Office). */
  RISK_MANAGE: 'risk.manage',
  /** Read investment projects (Plan V.(II)): all for the FTZ Office and administrators, their own area's for area officers. */
  PROJECTS_READ: 'projects.read',
  /** Register one's own area's investment projects and move them through the pipeline with evidence (area officers). */
  PROJECTS_MANAGE: 'projects.manage',
  /** Propose one's own area's annual investment-attraction tasks (Plan V.(II): each area sets its tasks). */
  ATTRACTION_TASKS_PROPOSE: 'attraction_tasks.propose',
  /** Set an area's annual investment-attraction tasks, or approve the area's proposal (FTZ Office, Trial Measures Art. 8). */
  ATTRACTION_TASKS_SET: 'attraction_tasks.set',
  /** Enterprises and projects per cluster and area (all; one's own area for area officers). */
  CLUSTER_STATISTICS_READ: 'cluster_statistics.read',
  /** The dashboards and the yearly report (Excel, PDF): the zone and its areas side by side (FTZ Office, administrators); one's own area (area officers). */
  DASHBOARDS_READ: 'dashboards.read',
  /** Read the Plan's targets, indicator series, progress and scorecard (Trial Measures Art. 8(6)); area officers: their area and the zone. */
  INDICATORS_READ: 'indicators.read',
  /** Submit indicator values per period, by form or workbook: area officers for their area; the FTZ Office and administrators for any area or the zone. */
  INDICATORS_SUBMIT: 'indicators.submit',
  /** Approve or return submitted indicator values (FTZ Office; never one's own submission). */
  INDICATORS_APPROVE: 'indicators.approve',
  /** Read an enterprise's beneficial owners (受益所有人): not public; every read is logged (BO-06). */
  OWNERSHIP_READ: 'ownership.read',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

const P = Permission;
/** Role → permissions. Reading reference data, the calendar and checking codes needs no account. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  [Role.APPLICANT]: [P.ENTERPRISES_READ, P.INVESTMENT_FILE, P.INVESTMENT_READ, P.NAMES_DECLARE, P.ESTABLISHMENT_FILE],
  [Role.WINDOW_OFFICER]: [P.ENTERPRISES_READ, P.USCC_ISSUE, P.DEADLINES_REGISTER, P.STAFF_DIRECTORY_READ, P.APPLICANT_DIRECTORY_READ, P.INVESTMENT_FILE, P.INVESTMENT_READ, P.ESTABLISHMENT_FILE, P.ESTABLISHMENT_REGISTER, P.OWNERSHIP_READ],
  [Role.DEPARTMENT_REVIEWER]: [P.ENTERPRISES_READ, P.DEADLINES_REGISTER, P.STAFF_DIRECTORY_READ, P.FOLLOW_UPS_WORK, P.REFORM_READ],
  [Role.AREA_OFFICER]: [P.ENTERPRISES_READ, P.DEADLINES_REGISTER, P.FILE_STATISTICS_READ, P.STAFF_DIRECTORY_READ, P.INVESTMENT_READ, P.ASSESSMENTS_READ, P.ASSESSMENT_ACTIONS_REPORT, P.REFORM_READ, P.RISK_READ, P.RISK_HANDLE, P.PROJECTS_READ, P.PROJECTS_MANAGE, P.ATTRACTION_TASKS_PROPOSE, P.CLUSTER_STATISTICS_READ, P.INDICATORS_READ, P.INDICATORS_SUBMIT, P.DASHBOARDS_READ],
  [Role.ANALYST]: [P.ENTERPRISES_READ, P.FILE_STATISTICS_READ, P.INVESTMENT_READ, P.SECURITY_REVIEW_READ, P.ASSESSMENTS_READ, P.ASSESSMENTS_MANAGE, P.ASSESSMENTS_SCORE, P.REFORM_READ, P.REFORM_MANAGE, P.RISK_READ, P.RISK_HANDLE, P.RISK_MANAGE, P.PROJECTS_READ, P.ATTRACTION_TASKS_SET, P.CLUSTER_STATISTICS_READ, P.INDICATORS_READ, P.INDICATORS_SUBMIT, P.INDICATORS_APPROVE, P.DASHBOARDS_READ, P.OWNERSHIP_READ],
  [Role.INSPECTOR]: [P.ENTERPRISES_READ, P.AUDIT_READ, P.INDICATORS_READ],
  [Role.ADMIN]: [P.NEGATIVE_LISTS_MANAGE, P.ACCOUNTS_MANAGE, P.CALENDAR_ADMINISTER, P.DEADLINES_READ_ALL, P.USCC_ISSUE, P.AUDIT_READ, P.ENTERPRISES_READ, P.DEADLINES_REGISTER, P.EMAIL_OUTBOX_READ, P.FILE_STATISTICS_READ, P.STAFF_DIRECTORY_READ, P.APPLICANT_DIRECTORY_READ, P.INVESTMENT_READ, P.SECURITY_REVIEW_READ, P.ASSESSMENTS_READ, P.REFORM_READ, P.RISK_READ, P.PROJECTS_READ, P.CLUSTER_STATISTICS_READ, P.INDICATORS_READ, P.INDICATORS_SUBMIT, P.DASHBOARDS_READ],
  // Only what an outside evaluator needs: its assigned assessments (record scope 'owner', record-scope.ts).
  [Role.ASSESSOR]: [P.ASSESSMENTS_READ, P.ASSESSMENTS_SCORE],
};

/** True when the role grants the permission. */
export function roleHas(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
