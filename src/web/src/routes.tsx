import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { AppLayout } from './layout/AppLayout.tsx';
import { RequireRole } from './auth/RequireRole.tsx';
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
const VerifyLicencePage = lazy(() => import('./pages/VerifyLicencePage.tsx').then((m) => ({ default: m.VerifyLicencePage })));
const LicenceVersionPage = lazy(() =>
  import('./pages/LicenceVersionPage.tsx').then((m) => ({ default: m.LicenceVersionPage })),
);
const EstablishmentsPage = lazy(() => import('./pages/EstablishmentsPage.tsx').then((m) => ({ default: m.EstablishmentsPage })));
const NewEstablishmentPage = lazy(() => import('./pages/NewEstablishmentPage.tsx').then((m) => ({ default: m.NewEstablishmentPage })));
const EstablishmentPage = lazy(() => import('./pages/EstablishmentPage.tsx').then((m) => ({ default: m.EstablishmentPage })));
const FollowUpsPage = lazy(() => import('./pages/FollowUpsPage.tsx').then((m) => ({ default: m.FollowUpsPage })));
const EmailOutboxPage = lazy(() => import('./pages/EmailOutboxPage.tsx').then((m) => ({ default: m.EmailOutboxPage })));

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
        <Route path="verify/licence/:uscc/:version" element={<LicenceVersionPage />} />
        <Route
          path="names/mine"
          element={
            <RequireRole roles={ACCESS.names}>
              <MyNamesPage />
            </RequireRole>
          }
        />
        <Route
          path="establishments"
          element={
            <RequireRole roles={ACCESS.establishments}>
              <EstablishmentsPage />
            </RequireRole>
          }
        />
        <Route
          path="establishments/new"
          element={
            <RequireRole roles={ACCESS.establishments}>
              <NewEstablishmentPage />
            </RequireRole>
          }
        />
        <Route
          path="establishments/:id"
          element={
            <RequireRole roles={ACCESS.establishments}>
              <EstablishmentPage />
            </RequireRole>
          }
        />
        <Route
          path="follow-ups"
          element={
            <RequireRole roles={ACCESS.followUps}>
              <FollowUpsPage />
            </RequireRole>
          }
        />
        <Route
          path="uscc/issue"
          element={
            <RequireRole roles={ACCESS.issueUscc}>
              <UsccIssuePage />
            </RequireRole>
          }
        />
        <Route
          path="enterprises"
          element={
            <RequireRole roles={ACCESS.enterprises}>
              <EnterprisesPage />
            </RequireRole>
          }
        />
        <Route
          path="enterprises/:uscc"
          element={
            <RequireRole roles={ACCESS.enterprises}>
              <EnterprisePage />
            </RequireRole>
          }
        />
        <Route
          path="enterprises/:uscc/changes/new"
          element={
            <RequireRole roles={ACCESS.establishments}>
              <NewChangePage />
            </RequireRole>
          }
        />
        <Route
          path="files"
          element={
            <RequireRole roles={ACCESS.files}>
              <FilesPage />
            </RequireRole>
          }
        />
        <Route
          path="files/new"
          element={
            <RequireRole roles={ACCESS.applyForFile}>
              <NewFilePage />
            </RequireRole>
          }
        />
        <Route
          path="files/:id"
          element={
            <RequireRole roles={ACCESS.files}>
              <FilePage />
            </RequireRole>
          }
        />
        <Route
          path="investment"
          element={
            <RequireRole roles={ACCESS.investment}>
              <InvestmentPage />
            </RequireRole>
          }
        />
        <Route
          path="investment/projects/new"
          element={
            <RequireRole roles={ACCESS.investmentFile}>
              <NewInvestmentPage kind="foreign_project" />
            </RequireRole>
          }
        />
        <Route
          path="investment/outbound/new"
          element={
            <RequireRole roles={ACCESS.investmentFile}>
              <NewInvestmentPage kind="outbound" />
            </RequireRole>
          }
        />
        <Route
          path="investment/cases/:id"
          element={
            <RequireRole roles={ACCESS.investment}>
              <InvestmentCasePage />
            </RequireRole>
          }
        />
        <Route
          path="investment/security-review"
          element={
            <RequireRole roles={ACCESS.securityReview}>
              <SecurityReviewPage />
            </RequireRole>
          }
        />
        <Route
          path="me/notifications"
          element={
            <RequireRole roles={ACCESS.signedIn}>
              <NotificationsPage />
            </RequireRole>
          }
        />
        <Route
          path="me/tokens"
          element={
            <RequireRole roles={ACCESS.signedIn}>
              <TokensPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/calendar"
          element={
            <RequireRole roles={ACCESS.admin}>
              <CalendarAdminPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/negative-lists"
          element={
            <RequireRole roles={ACCESS.admin}>
              <NegativeListsAdminPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/accounts"
          element={
            <RequireRole roles={ACCESS.admin}>
              <AccountsPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/audit"
          element={
            <RequireRole roles={ACCESS.audit}>
              <AuditPage />
            </RequireRole>
          }
        />
        <Route
          path="admin/outbox"
          element={
            <RequireRole roles={ACCESS.admin}>
              <EmailOutboxPage />
            </RequireRole>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
