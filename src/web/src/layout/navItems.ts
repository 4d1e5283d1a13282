import type { Role } from '../../../schemas/auth.ts';
import type { MessageId } from '../i18n/zh-CN.ts';

export type NavIcon =
  | 'home'
  | 'reference'
  | 'calendar'
  | 'uscc'
  | 'login'
  | 'enterprises'
  | 'notifications'
  | 'tokens'
  | 'issue'
  | 'accounts'
  | 'calendarAdmin'
  | 'audit'
  | 'outbox'
  | 'files'
  | 'negativeLists'
  | 'admissionCheck'
  | 'negativeListsAdmin'
  | 'investment'
  | 'securityReview'
  | 'names'
  | 'myNames'
  | 'verifyLicence'
  | 'establishments'
  | 'followUps'
  | 'deregistrationNotices'
  | 'enterpriseSearch'
  | 'pushedCases'
  | 'assessments'
  | 'assessmentActions'
  | 'reform'
  | 'replicatedReforms'
  | 'dashboards'
  | 'risk'
  | 'clusters'
  | 'projects'
  | 'landPriority'
  | 'attractionTasks'
  | 'indicators'
  | 'indicatorScorecard'
  | 'indicatorSubmit'
  | 'indicatorApprovals';

export type NavItem = {
  /** The route path; also the menu key. */
  path: string;
  labelId: MessageId;
  icon: NavIcon;
  children?: NavItem[];
};

const home: NavItem = { path: '/', labelId: 'nav.menu.home', icon: 'home' };
const reference: NavItem = {
  path: '/reference',
  labelId: 'nav.menu.reference',
  icon: 'reference',
  children: [
    { path: '/reference/areas', labelId: 'nav.menu.reference.areas', icon: 'reference' },
    { path: '/reference/departments', labelId: 'nav.menu.reference.departments', icon: 'reference' },
    { path: '/reference/industries', labelId: 'nav.menu.reference.industries', icon: 'reference' },
  ],
};
const calendar: NavItem = { path: '/calendar', labelId: 'nav.menu.calendar', icon: 'calendar' };
const usccCheck: NavItem = { path: '/uscc', labelId: 'nav.menu.usccCheck', icon: 'uscc' };
const login: NavItem = { path: '/login', labelId: 'nav.menu.login', icon: 'login' };
const myEnterprises: NavItem = { path: '/enterprises', labelId: 'nav.menu.myEnterprises', icon: 'enterprises' };
const enterprises: NavItem = { path: '/enterprises', labelId: 'nav.menu.enterprises', icon: 'enterprises' };
/** 办件: every signed-in role has a workqueue (我的办件 for applicants). */
const files: NavItem = { path: '/files', labelId: 'nav.menu.files', icon: 'files' };
const notifications: NavItem = { path: '/me/notifications', labelId: 'nav.menu.notifications', icon: 'notifications' };
const tokens: NavItem = { path: '/me/tokens', labelId: 'nav.menu.tokens', icon: 'tokens' };
const issue: NavItem = { path: '/uscc/issue', labelId: 'nav.menu.usccIssue', icon: 'issue' };
const accounts: NavItem = { path: '/admin/accounts', labelId: 'nav.menu.accounts', icon: 'accounts' };
const calendarAdmin: NavItem = { path: '/admin/calendar', labelId: 'nav.menu.calendarAdmin', icon: 'calendarAdmin' };
const audit: NavItem = { path: '/admin/audit', labelId: 'nav.menu.audit', icon: 'audit' };
const outbox: NavItem = { path: '/admin/outbox', labelId: 'nav.menu.outbox', icon: 'outbox' };
const negativeLists: NavItem = { path: '/negative-lists', labelId: 'nav.menu.negativeLists', icon: 'negativeLists' };
const admissionCheck: NavItem = { path: '/admission-check', labelId: 'nav.menu.admissionCheck', icon: 'admissionCheck' };
const negativeListsAdmin: NavItem = { path: '/admin/negative-lists', labelId: 'nav.menu.negativeListsAdmin', icon: 'negativeListsAdmin' };

const investment: NavItem = { path: '/investment', labelId: 'nav.menu.investment', icon: 'investment' };
const securityReview: NavItem = { path: '/investment/security-review', labelId: 'nav.menu.securityReview', icon: 'securityReview' };

const names: NavItem = { path: '/names', labelId: 'nav.menu.names', icon: 'names' };
const myNames: NavItem = { path: '/names/mine', labelId: 'nav.menu.myNames', icon: 'myNames' };

/** 电子营业执照核验: public, as the register is (issue 6). */
const verifyLicence: NavItem = { path: '/verify', labelId: 'nav.menu.verifyLicence', icon: 'verifyLicence' };

/** 企业开办 (one-form establishment) and the departments' follow-up tasks (issue 6). */
const establishments: NavItem = { path: '/establishments', labelId: 'nav.menu.establishments', icon: 'establishments' };
const followUps: NavItem = { path: '/follow-ups', labelId: 'nav.menu.followUps', icon: 'followUps' };

/** 简易注销公告: public, anyone may object to a running notice (issue 6). */
const deregistrationNotices: NavItem = { path: '/deregistration-notices', labelId: 'nav.menu.deregistrationNotices', icon: 'deregistrationNotices' };

/** 企业信息查询: public, as the registration facts are (企业信息公示暂行条例 Art. 6; issue 8). */
const enterpriseSearch: NavItem = { path: '/enterprise-search', labelId: 'nav.menu.enterpriseSearch', icon: 'enterpriseSearch' };

/** 个体工商户简易注销: the cases pushed to the departments (tax, social insurance), which may object (EXIT-06). */
const pushedCases: NavItem = { path: '/deregistration/pushed-cases', labelId: 'nav.menu.pushedCases', icon: 'pushedCases' };

/** 考核评估 and 改革试点任务 (issue 7; Plan V.(IV), Trial Measures Arts. 5, 6, 8); the replicated results are public. */
const assessments: NavItem = { path: '/assessments', labelId: 'nav.menu.assessments', icon: 'assessments' };
const assessmentActions: NavItem = { path: '/assessment-actions', labelId: 'nav.menu.assessmentActions', icon: 'assessmentActions' };
const reform: NavItem = { path: '/reform', labelId: 'nav.menu.reform', icon: 'reform' };
const replicatedReforms: NavItem = { path: '/replicated-reforms', labelId: 'nav.menu.replicatedReforms', icon: 'replicatedReforms' };

/** 数据看板 (issue 7; Trial Measures Art. 8): the zone and its areas side by side; area officers see their own area. */
const dashboards: NavItem = { path: '/dashboards', labelId: 'nav.menu.dashboards', icon: 'dashboards' };

/** 风险预警 (issue 7; Plan V.(V)): area officers their own area's, the FTZ Office all, administrators read. */
const risk: NavItem = { path: '/risk', labelId: 'nav.menu.risk', icon: 'risk' };

/** 产业集群 (public reference data) and the investment-project pipeline, land priority and annual tasks (issue 7). */
const clusters: NavItem = { path: '/clusters', labelId: 'nav.menu.clusters', icon: 'clusters' };
const projects: NavItem = { path: '/projects', labelId: 'nav.menu.pipeline', icon: 'projects' };
const landPriority: NavItem = { path: '/projects/land-priority', labelId: 'nav.menu.landPriority', icon: 'landPriority' };
const attractionTasks: NavItem = { path: '/projects/tasks', labelId: 'nav.menu.attractionTasks', icon: 'attractionTasks' };
const projectItems = [projects, landPriority, attractionTasks];

/** 规划目标与指标 (issue 7): the catalogue and scorecard for readers, reporting for submitters, the FTZ Office's approvals. */
const indicators: NavItem = { path: '/indicators', labelId: 'nav.menu.indicators', icon: 'indicators' };
const indicatorScorecard: NavItem = { path: '/indicators/scorecard', labelId: 'nav.menu.indicatorScorecard', icon: 'indicatorScorecard' };
const indicatorSubmit: NavItem = { path: '/indicators/submit', labelId: 'nav.menu.indicatorSubmit', icon: 'indicatorSubmit' };
const indicatorApprovals: NavItem = { path: '/indicators/approvals', labelId: 'nav.menu.indicatorApprovals', icon: 'indicatorApprovals' };

const publicItems = [home, reference, calendar, usccCheck, negativeLists, admissionCheck, names, enterpriseSearch, verifyLicence, deregistrationNotices, replicatedReforms, clusters];

const roleItems: Record<Role, NavItem[]> = {
  applicant: [myEnterprises, investment, myNames, establishments],
  window_officer: [issue, enterprises, investment, establishments],
  department_reviewer: [enterprises, followUps, pushedCases, reform],
  area_officer: [dashboards, enterprises, investment, assessments, assessmentActions, reform, risk, ...projectItems, indicators, indicatorScorecard, indicatorSubmit],
  analyst: [dashboards, enterprises, investment, securityReview, assessments, assessmentActions, reform, risk, ...projectItems, indicators, indicatorScorecard, indicatorApprovals, indicatorSubmit],
  inspector: [enterprises, audit, indicators, indicatorScorecard],
  // The issue page and the register are open to administrators too, so they are listed for them.
  admin: [accounts, calendarAdmin, negativeListsAdmin, audit, outbox, issue, dashboards, enterprises, investment, securityReview, assessments, reform, risk, ...projectItems, indicators, indicatorScorecard, indicatorSubmit],
  // The outside assessor sees only its assigned assessments.
  assessor: [assessments],
};

/** Every signed-in account holds deadlines (so gets notifications) and may create API tokens. */
const signedInItems = [notifications, tokens];

/** The side-menu items for a role; null is a public visitor. */
export function navItemsFor(role: Role | null): NavItem[] {
  if (role === null) return [...publicItems, login];
  return [...publicItems, files, ...roleItems[role], ...signedInItems];
}

/** The menu key to highlight for a path: the longest item path that prefixes it. */
export function selectedKeyFor(pathname: string, items: NavItem[]): string | undefined {
  const flat = items.flatMap((item) => [item, ...(item.children ?? [])]);
  let best: string | undefined;
  for (const item of flat) {
    const matches = item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`);
    if (matches && (best === undefined || item.path.length > best.length)) best = item.path;
  }
  return best;
}
