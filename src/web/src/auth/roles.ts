import type { Role } from '../../../schemas/auth.ts';
import type { MessageId } from '../i18n/zh-CN.ts';

// A Record keyed by Role, so the compiler reports a role added to src/schemas/auth.ts and missing here.
// (Importing the Role const object itself would pull zod into the browser bundle.)
const roleLabels: Record<Role, MessageId> = {
  applicant: 'common.role.applicant',
  window_officer: 'common.role.window_officer',
  department_reviewer: 'common.role.department_reviewer',
  area_officer: 'common.role.area_officer',
  analyst: 'common.role.analyst',
  inspector: 'common.role.inspector',
  admin: 'common.role.admin',
  assessor: 'common.role.assessor',
};

export const ALL_ROLES = Object.keys(roleLabels) as Role[];

export function roleLabelId(role: Role): MessageId {
  return roleLabels[role];
}

/** The three CQFTZ areas an area officer can be bound to. */
export const AREA_CODES = ['LJ', 'XY', 'GYG'] as const;
export type AreaCode = (typeof AREA_CODES)[number];

const areaLabels: Record<AreaCode, MessageId> = {
  LJ: 'common.area.LJ',
  XY: 'common.area.XY',
  GYG: 'common.area.GYG',
};

export function isAreaCode(code: string): code is AreaCode {
  return (AREA_CODES as readonly string[]).includes(code);
}

export function areaCodeLabelId(code: AreaCode): MessageId {
  return areaLabels[code];
}

/** The label of an area code, or undefined for a code zimao does not know. */
export function areaLabelId(code: string): MessageId | undefined {
  return isAreaCode(code) ? areaLabels[code] : undefined;
}

/** Who may open each guarded page (the server checks again). */
export const ACCESS = {
  signedIn: ALL_ROLES,
  issueUscc: ['window_officer', 'admin'],
  /** An enterprise's beneficial owners (OWNERSHIP_READ): not public; every read is logged. */
  beneficialOwners: ['window_officer', 'analyst'],
  enterprises: ['applicant', 'window_officer', 'department_reviewer', 'area_officer', 'analyst', 'inspector', 'admin'],
  admin: ['admin'],
  audit: ['admin', 'inspector'],
  /** Application files (办件): every signed-in role has a workqueue; the server limits what each sees. */
  files: ALL_ROLES,
  /** Applicants file for themselves; a window officer files at the counter for an applicant (一窗受理). */
  applyForFile: ['applicant', 'window_officer'],
  /** Investment cases (INVESTMENT_READ): the server limits what each role sees. */
  investment: ['applicant', 'window_officer', 'area_officer', 'analyst', 'admin'],
  /** Filing investment cases and their reports (INVESTMENT_FILE). */
  investmentFile: ['applicant', 'window_officer'],
  /** The security-review list (SECURITY_REVIEW_READ). */
  securityReview: ['analyst', 'admin'],
  /** Declaring and releasing enterprise names (NAMES_DECLARE); the check itself is public. */
  names: ['applicant'],
  /** One-form establishment (ESTABLISHMENT_FILE): applicants their own, window officers at the counter and all. */
  establishments: ['applicant', 'window_officer'],
  /** The departments' follow-up tasks of new enterprises (FOLLOW_UPS_WORK). */
  followUps: ['department_reviewer'],
  /** Assessments of the areas (ASSESSMENTS_READ): the server limits what each role sees (an assessor: its assigned ones). */
  assessments: ['area_officer', 'analyst', 'assessor', 'admin'],
  /** Follow-up actions of assessments: the area officers who report on them and the FTZ Office that verifies them. */
  assessmentActions: ['area_officer', 'analyst'],
  /** The register of reform pilot tasks (REFORM_READ). */
  reform: ['department_reviewer', 'area_officer', 'analyst', 'admin'],
  /** The FTZ Office's dashboards (DASHBOARDS_READ): area officers their own area, the FTZ Office and administrators the zone. */
  dashboards: ['area_officer', 'analyst', 'admin'],
  /** Risk warnings (RISK_READ): area officers their own area's; the FTZ Office acts on all; administrators read. */
  risk: ['area_officer', 'analyst', 'admin'],
  /** Investment projects, land priority and annual tasks (PROJECTS_READ): area officers their own area's, the FTZ Office and administrators all. */
  projects: ['area_officer', 'analyst', 'admin'],
  /** Registering and moving projects (PROJECTS_MANAGE): the area officers. */
  projectsManage: ['area_officer'],
  /** Targets, indicators and the scorecard (INDICATORS_READ): area officers their own area and the zone. */
  indicators: ['area_officer', 'analyst', 'inspector', 'admin'],
  /** Reporting indicator values (INDICATORS_SUBMIT): area officers for their area, the FTZ Office and administrators for any. */
  indicatorsSubmit: ['area_officer', 'analyst', 'admin'],
  /** Approving or returning submitted values (INDICATORS_APPROVE): the FTZ Office. */
  indicatorsApprove: ['analyst'],
} as const satisfies Record<string, readonly Role[]>;
