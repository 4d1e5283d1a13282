import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { AppLayout } from './layout/AppLayout.tsx';
import { only } from './auth/RequireRole.tsx';
import { ACCESS } from './auth/roles.ts';

// Each page is its own chunk, so the first load carries the frame only.
const HomePage = lazy(() => import('./pages/HomePage.tsx').then((m) => ({ default: m.HomePage })));
const LoginPage = lazy(() => import('./pages/LoginPage.tsx').then((m) => ({ default: m.LoginPage })));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.tsx').then((m) => ({ default: m.NotFoundPage })));
const ZoneUnitsPage = lazy(() => import('./pages/ZoneUnitsPage.tsx').then((m) => ({ default: m.ZoneUnitsPage })));
const DepartmentsPage = lazy(() => import('./pages/DepartmentsPage.tsx').then((m) => ({ default: m.DepartmentsPage })));
const IndustriesPage = lazy(() => import('./pages/IndustriesPage.tsx').then((m) => ({ default: m.IndustriesPage })));
const CalendarPage = lazy(() => import('./pages/CalendarPage.tsx').then((m) => ({ default: m.CalendarPage })));
const CalendarAdminPage = lazy(() =>
  import('./pages/CalendarAdminPage.tsx').then((m) => ({ default: m.CalendarAdminPage })),
);
const UsccCheckPage = lazy(() => import('./pages/UsccCheckPage.tsx').then((m) => ({ default: m.UsccCheckPage })));
const UsccIssuePage = lazy(() => import('./pages/UsccIssuePage.tsx').then((m) => ({ default: m.UsccIssuePage })));
const EnterprisesPage = lazy(() => import('./pages/EnterprisesPage.tsx').then((m) => ({ default: m.EnterprisesPage })));
const EnterprisePage = lazy(() => import('./pages/EnterprisePage.tsx').then((m) => ({ default: m.EnterprisePage })));
const NewChangePage = lazy(() => import('./pages/NewChangePage.tsx').then((m) => ({ default: m.NewChangePage })));
const DeregistrationNoticesPage = lazy(() =>
  import('./pages/DeregistrationNoticesPage.tsx').then((m) => ({ default: m.DeregistrationNoticesPage })),
);
const NotificationsPage = lazy(() =>
  import('./pages/NotificationsPage.tsx').then((m) => ({ default: m.NotificationsPage })),
);
const TokensPage = lazy(() => import('./pages/TokensPage.tsx').then((m) => ({ default: m.TokensPage })));
const AccountsPage = lazy(() => import('./pages/AccountsPage.tsx').then((m) => ({ default: m.AccountsPage })));
const AuditPage = lazy(() => import('./pages/AuditPage.tsx').then((m) => ({ default: m.AuditPage })));
const FilesPage = lazy(() => import('./pages/FilesPage.tsx').then((m) => ({ default: m.FilesPage })));
const NewFilePage = lazy(() => import('./pages/NewFilePage.tsx').then((m) => ({ default: m.NewFilePage })));
const FilePage = lazy(() => import('./pages/FilePage.tsx').then((m) => ({ default: m.FilePage })));
const NegativeListsPage = lazy(() =>
  import('./pages/NegativeListsPage.tsx').then((m) => ({ default: m.NegativeListsPage })),
);
const AdmissionCheckPage = lazy(() =>
  import('./pages/AdmissionCheckPage.tsx').then((m) => ({ default: m.AdmissionCheckPage })),
);
const NegativeListsAdminPage = lazy(() =>
  import('./pages/NegativeListsAdminPage.tsx').then((m) => ({ default: m.NegativeListsAdminPage })),
);
const IndicatorsPage = lazy(() => import('./pages/IndicatorsPage.tsx').then((m) => ({ default: m.IndicatorsPage })));
const IndicatorPage = lazy(() => import('./pages/IndicatorPage.tsx').then((m) => ({ default: m.IndicatorPage })));
const IndicatorSubmitPage = lazy(() => import('./pages/IndicatorSubmitPage.tsx').then((m) => ({ default: m.IndicatorSubmitPage })));
const IndicatorApprovalsPage = lazy(() => import('./pages/IndicatorApprovalsPage.tsx').then((m) => ({ default: m.IndicatorApprovalsPage })));
const IndicatorScorecardPage = lazy(() => import('./pages/IndicatorScorecardPage.tsx').then((m) => ({ default: m.IndicatorScorecardPage })));
const InvestmentPage = lazy(() => import('./pages/InvestmentPage.tsx').then((m) => ({ default: m.InvestmentPage })));
const NewInvestmentPage = lazy(() =>
  import('./pages/NewInvestmentPage.tsx').then((m) => ({ default: m.NewInvestmentPage })),
);
const InvestmentCasePage = lazy(() =>
  import('./pages/InvestmentCasePage.tsx').then((m) => ({ default: m.InvestmentCasePage })),
);
const SecurityReviewPage = lazy(() =>
  import('./pages/SecurityReviewPage.tsx').then((m) => ({ default: m.SecurityReviewPage })),
);
const NameCheckPage = lazy(() => import('./pages/NameCheckPage.tsx').then((m) => ({ default: m.NameCheckPage })));
const MyNamesPage = lazy(() => import('./pages/MyNamesPage.tsx').then((m) => ({ default: m.MyNamesPage })));
const EnterpriseSearchPage = lazy(() =>
  import('./pages/EnterpriseSearchPage.tsx').then((m) => ({ default: m.EnterpriseSearchPage })),
);
const VerifyLicencePage = lazy(() => import('./pages/VerifyLicencePage.tsx').then((m) => ({ default: m.VerifyLicencePage })));
const LicenceVersionPage = lazy(() =>
  import('./pages/LicenceVersionPage.tsx').then((m) => ({ default: m.LicenceVersionPage })),
);
const EstablishmentsPage = lazy(() => import('./pages/EstablishmentsPage.tsx').then((m) => ({ default: m.EstablishmentsPage })));
const NewEstablishmentPage = lazy(() => import('./pages/NewEstablishmentPage.tsx').then((m) => ({ default: m.NewEstablishmentPage })));
const NewIndividualBusinessPage = lazy(() =>
  import('./pages/NewIndividualBusinessPage.tsx').then((m) => ({ default: m.NewIndividualBusinessPage })),
);
const PushedCasesPage = lazy(() => import('./pages/PushedCasesPage.tsx').then((m) => ({ default: m.PushedCasesPage })));
const EstablishmentPage = lazy(() => import('./pages/EstablishmentPage.tsx').then((m) => ({ default: m.EstablishmentPage })));
const FollowUpsPage = lazy(() => import('./pages/FollowUpsPage.tsx').then((m) => ({ default: m.FollowUpsPage })));
const EmailOutboxPage = lazy(() => import('./pages/EmailOutboxPage.tsx').then((m) => ({ default: m.EmailOutboxPage })));
const DashboardsPage = lazy(() => import('./pages/DashboardsPage.tsx').then((m) => ({ default: m.DashboardsPage })));
const RiskPage = lazy(() => import('./pages/RiskPage.tsx').then((m) => ({ default: m.RiskPage })));
const ClustersPage = lazy(() => import('./pages/ClustersPage.tsx').then((m) => ({ default: m.ClustersPage })));
const ProjectsPage = lazy(() => import('./pages/ProjectsPage.tsx').then((m) => ({ default: m.ProjectsPage })));
const NewProjectPage = lazy(() => import('./pages/NewProjectPage.tsx').then((m) => ({ default: m.NewProjectPage })));
const ProjectPage = lazy(() => import('./pages/ProjectPage.tsx').then((m) => ({ default: m.ProjectPage })));
const LandPriorityPage = lazy(() => import('./pages/LandPriorityPage.tsx').then((m) => ({ default: m.LandPriorityPage })));
const AttractionTasksPage = lazy(() => import('./pages/AttractionTasksPage.tsx').then((m) => ({ default: m.AttractionTasksPage })));

const AssessmentsPage = lazy(() => import('./pages/AssessmentsPage.tsx').then((m) => ({ default: m.AssessmentsPage })));
const AssessmentPage = lazy(() => import('./pages/AssessmentPage.tsx').then((m) => ({ default: m.AssessmentPage })));
const ScoreAssessmentPage = lazy(() => import('./pages/ScoreAssessmentPage.tsx').then((m) => ({ default: m.ScoreAssessmentPage })));
const AssessmentActionsPage = lazy(() => import('./pages/AssessmentActionsPage.tsx').then((m) => ({ default: m.AssessmentActionsPage })));
const ReformTasksPage = lazy(() => import('./pages/ReformTasksPage.tsx').then((m) => ({ default: m.ReformTasksPage })));
const ReformTaskPage = lazy(() => import('./pages/ReformTaskPage.tsx').then((m) => ({ default: m.ReformTaskPage })));
const ReplicatedReformsPage = lazy(() => import('./pages/ReplicatedReformsPage.tsx').then((m) => ({ default: m.ReplicatedReformsPage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="reference" element={<Navigate to="/reference/areas" replace />} />
        <Route path="reference/areas" element={<ZoneUnitsPage />} />
        <Route path="reference/departments" element={<DepartmentsPage />} />
        <Route path="reference/industries" element={<IndustriesPage />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path="uscc" element={<UsccCheckPage />} />
        <Route path="negative-lists" element={<NegativeListsPage tab="list" />} />
        <Route path="negative-lists/diff" element={<NegativeListsPage tab="diff" />} />
        <Route path="admission-check" element={<AdmissionCheckPage />} />
        <Route path="names" element={<NameCheckPage />} />
        <Route path="verify" element={<VerifyLicencePage />} />
        <Route path="deregistration-notices" element={<DeregistrationNoticesPage />} />
        <Route path="enterprise-search" element={<EnterpriseSearchPage />} />
        <Route path="verify/licence/:uscc/:version" element={<LicenceVersionPage />} />
        <Route path="names/mine" element={only(ACCESS.names, <MyNamesPage />)} />
        <Route path="establishments" element={only(ACCESS.establishments, <EstablishmentsPage />)} />
        <Route path="establishments/new" element={only(ACCESS.establishments, <NewEstablishmentPage />)} />
        <Route path="establishments/:id" element={only(ACCESS.establishments, <EstablishmentPage />)} />
        <Route path="individual-businesses/new" element={only(ACCESS.establishments, <NewIndividualBusinessPage />)} />
        <Route path="follow-ups" element={only(ACCESS.followUps, <FollowUpsPage />)} />
        <Route path="deregistration/pushed-cases" element={only(ACCESS.followUps, <PushedCasesPage />)} />
        <Route path="uscc/issue" element={only(ACCESS.issueUscc, <UsccIssuePage />)} />
        <Route path="enterprises" element={only(ACCESS.enterprises, <EnterprisesPage />)} />
        <Route path="enterprises/:uscc" element={only(ACCESS.enterprises, <EnterprisePage />)} />
        <Route path="enterprises/:uscc/changes/new" element={only(ACCESS.establishments, <NewChangePage />)} />
        <Route path="files" element={only(ACCESS.files, <FilesPage />)} />
        <Route path="files/new" element={only(ACCESS.applyForFile, <NewFilePage />)} />
        <Route path="files/:id" element={only(ACCESS.files, <FilePage />)} />
        <Route path="indicators" element={only(ACCESS.indicators, <IndicatorsPage />)} />
        <Route path="indicators/scorecard" element={only(ACCESS.indicators, <IndicatorScorecardPage />)} />
        <Route path="indicators/submit" element={only(ACCESS.indicatorsSubmit, <IndicatorSubmitPage />)} />
        <Route path="indicators/approvals" element={only(ACCESS.indicatorsApprove, <IndicatorApprovalsPage />)} />
        <Route path="indicators/:code" element={only(ACCESS.indicators, <IndicatorPage />)} />
        <Route path="investment" element={only(ACCESS.investment, <InvestmentPage />)} />
        <Route path="investment/projects/new" element={only(ACCESS.investmentFile, <NewInvestmentPage kind="foreign_project" />)} />
        <Route path="investment/outbound/new" element={only(ACCESS.investmentFile, <NewInvestmentPage kind="outbound" />)} />
        <Route path="investment/cases/:id" element={only(ACCESS.investment, <InvestmentCasePage />)} />
        <Route path="investment/security-review" element={only(ACCESS.securityReview, <SecurityReviewPage />)} />
        <Route path="me/notifications" element={only(ACCESS.signedIn, <NotificationsPage />)} />
        <Route path="me/tokens" element={only(ACCESS.signedIn, <TokensPage />)} />
        <Route path="admin/calendar" element={only(ACCESS.admin, <CalendarAdminPage />)} />
        <Route path="admin/negative-lists" element={only(ACCESS.admin, <NegativeListsAdminPage />)} />
        <Route path="admin/accounts" element={only(ACCESS.admin, <AccountsPage />)} />
        <Route path="admin/audit" element={only(ACCESS.audit, <AuditPage />)} />
        <Route path="admin/outbox" element={only(ACCESS.admin, <EmailOutboxPage />)} />
        <Route path="dashboards" element={only(ACCESS.dashboards, <DashboardsPage />)} />
        <Route path="risk" element={only(ACCESS.risk, <RiskPage />)} />
        <Route path="clusters" element={<ClustersPage />} />
        <Route path="projects" element={only(ACCESS.projects, <ProjectsPage />)} />
        <Route path="projects/new" element={only(ACCESS.projectsManage, <NewProjectPage />)} />
        <Route path="projects/land-priority" element={only(ACCESS.projects, <LandPriorityPage />)} />
        <Route path="projects/tasks" element={only(ACCESS.projects, <AttractionTasksPage />)} />
        <Route path="projects/:id" element={only(ACCESS.projects, <ProjectPage />)} />
        <Route path="replicated-reforms" element={<ReplicatedReformsPage />} />
        <Route path="assessments" element={only(ACCESS.assessments, <AssessmentsPage />)} />
        <Route path="assessments/:id" element={only(ACCESS.assessments, <AssessmentPage />)} />
        <Route path="assessments/:id/score" element={only(ACCESS.assessments, <ScoreAssessmentPage />)} />
        <Route path="assessment-actions" element={only(ACCESS.assessmentActions, <AssessmentActionsPage />)} />
        <Route path="reform" element={only(ACCESS.reform, <ReformTasksPage />)} />
        <Route path="reform/:id" element={only(ACCESS.reform, <ReformTaskPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
