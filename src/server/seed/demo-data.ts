import { Role } from '../../schemas/auth.ts';
import type { CreateAccountRequest } from '../../schemas/accounts.ts';

/** The password of every demo account; printed at start. Demo data only: never in production. */
export const DEMO_PASSWORD = 'zimao-demo-2026';

/**
 * One demo account per role (two area officers, to show area confinement). Fixed, recognisable names.
 * The @example.cn addresses are illustrative, so notification e-mails fill the development outbox;
 * do not run the demo with SMTP_URL set unless you mean to mail them.
 */
export const demoAccounts: CreateAccountRequest[] = [
  { username: 'admin', displayName: '系统管理员 Administrator', role: Role.ADMIN, email: 'admin@example.cn', password: DEMO_PASSWORD },
  { username: 'window', displayName: '综合窗口 王芳 Window officer', role: Role.WINDOW_OFFICER, email: 'window@example.cn', password: DEMO_PASSWORD },
  { username: 'reviewer', displayName: '市场监管局 李强 Reviewer', role: Role.DEPARTMENT_REVIEWER, departmentCode: 'MARKET_REGULATION', email: 'reviewer@example.cn', password: DEMO_PASSWORD },
  // The tax department's reviewer: works the tax and invoice follow-up of new enterprises (/follow-ups).
  { username: 'reviewer-tax', displayName: '税务局 何军 Reviewer', role: Role.DEPARTMENT_REVIEWER, departmentCode: 'TAX', email: 'reviewer-tax@example.cn', password: DEMO_PASSWORD },
  { username: 'area-lj', displayName: '两江片区 陈敏 Area officer', role: Role.AREA_OFFICER, areaCode: 'LJ', email: 'area-lj@example.cn', password: DEMO_PASSWORD },
  { username: 'area-xy', displayName: '西永片区 刘洋 Area officer', role: Role.AREA_OFFICER, areaCode: 'XY', email: 'area-xy@example.cn', password: DEMO_PASSWORD },
  // Guoyuan Port's area officer: manages that area's investment projects (issue 7).
  { username: 'area-gyg', displayName: '果园港片区 马骏 Area officer', role: Role.AREA_OFFICER, areaCode: 'GYG', email: 'area-gyg@example.cn', password: DEMO_PASSWORD },
  { username: 'analyst', displayName: '自贸办 赵磊 Analyst', role: Role.ANALYST, email: 'analyst@example.cn', password: DEMO_PASSWORD },
  { username: 'inspector', displayName: '监管执法 周静 Inspector', role: Role.INSPECTOR, email: 'inspector@example.cn', password: DEMO_PASSWORD },
  // The third-party evaluator of Plan V.(IV): sees and scores only the assessments assigned to it.
  { username: 'assessor', displayName: '第三方评估机构 吴迪 Assessor', role: Role.ASSESSOR, email: 'assessor@example.cn', password: DEMO_PASSWORD },
  { username: 'applicant', displayName: '申请人 孙浩 Applicant', role: Role.APPLICANT, email: 'applicant@example.cn', password: DEMO_PASSWORD },
];

export interface DemoEnterprise {
  name: string;
  areaCode: string;
  districtCode: string;
  industryCode: string;
  establishedOn: string;
  /** Username of the applicant who owns it, if any. */
  owner?: string;
}

/** A few market entities spread over the three areas; their credit codes are generated at seeding. */
export const demoEnterprises: DemoEnterprise[] = [
  { name: '重庆两江云启软件有限公司', areaCode: 'LJ', districtCode: '500112', industryCode: '6513', establishedOn: '2025-03-18', owner: 'applicant' },
  { name: '重庆悦来智能装备有限公司', areaCode: 'LJ', districtCode: '500112', industryCode: '3491', establishedOn: '2024-11-05' },
  { name: '重庆江北嘴融通商业保理有限公司', areaCode: 'LJ', districtCode: '500105', industryCode: '6639', establishedOn: '2023-06-30' },
  { name: '重庆西永芯测电子有限公司', areaCode: 'XY', districtCode: '500106', industryCode: '3973', establishedOn: '2024-08-12' },
  { name: '重庆西部物流园联运供应链管理有限公司', areaCode: 'XY', districtCode: '500106', industryCode: '5821', establishedOn: '2025-01-09', owner: 'applicant' },
  { name: '重庆果园港多式联运码头有限公司', areaCode: 'GYG', districtCode: '500105', industryCode: '5532', establishedOn: '2022-09-21' },
  { name: '重庆鱼嘴新能源汽车零部件有限公司', areaCode: 'GYG', districtCode: '500105', industryCode: '3670', establishedOn: '2025-07-01' },
];

/** Deadlines held by the window officer; the 2027 ones are provisional until the 2027 notice is loaded. */
export const demoDeadlines = [
  { holder: 'window', subject: '示例：企业设立登记 受理后 3 个工作日 (MER Art. 19)', from: '2026-12-24', workingDays: 3 },
  { holder: 'window', subject: '示例：许可决定 20 个工作日 (ALL Art. 42)', from: '2026-12-28', workingDays: 20 },
  { holder: 'reviewer', subject: '示例：补正告知 5 个工作日 (ALL Art. 32)', from: '2026-09-29', workingDays: 5 },
];
