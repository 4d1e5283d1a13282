import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LicenceView } from '../../src/schemas/licences.ts';
import { issueLicence } from '../../src/server/features/licences/service.ts';
import { DECLARATION_KEYS } from '../../src/domain/deregistration/index.ts';
import { residentId, validForm } from '../../src/domain/registration/registration-test-kit.ts';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-data.ts';
import { createTestApp, errorOf, type Session, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Caller = 'public' | 'applicant' | 'window_officer' | 'department_reviewer' | 'area_officer' | 'analyst' | 'inspector' | 'admin' | 'assessor';
const CALLERS: Caller[] = ['public', 'applicant', 'window_officer', 'department_reviewer', 'area_officer', 'analyst', 'inspector', 'admin', 'assessor'];
/** The demo account that plays each role (area officer: the Liangjiang one; assessor: the third-party one, assigned the XY 2026-H1 assessment). */
const USERNAME: Record<Exclude<Caller, 'public'>, string> = {
  applicant: 'applicant',
  window_officer: 'window',
  department_reviewer: 'reviewer',
  area_officer: 'area-lj',
  analyst: 'analyst',
  inspector: 'inspector',
  admin: 'admin',
  assessor: 'assessor',
};

/**
 * THE POLICY. One row per route, one status per caller, written out by hand: it mirrors the
 * intended policy, not src/domain/access/permissions.ts, so that a change to either shows here.
 *
 * The assessor (a third-party evaluator, Plan V.(IV)) reaches the public routes, its own account, and the
 * assessments assigned to it; none of those in scope here is, so it is refused them.
 *
 *                                                 public applicant window reviewer area analyst inspector admin assessor
 */
const POLICY: Record<string, [number, number, number, number, number, number, number, number, number]> = {
  'GET /api/health':                                  [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/openapi.json':                            [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/auth/login':                             [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/auth/logout':                            [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/auth/me':                                 [401, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/me/tokens':                               [401, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/me/tokens':                              [401, 201, 201, 201, 201, 201, 201, 201, 201],
  'DELETE /api/me/tokens/:id':                        [401, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/me/notifications':                        [401, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/me/notifications/unread-count':           [401, 200, 200, 200, 200, 200, 200, 200, 200],
  // Any account may mark its own notifications; the id here is nobody's, so accounts get 404.
  'POST /api/me/notifications/:id/read':              [401, 404, 404, 404, 404, 404, 404, 404, 404],
  'GET /api/accounts':                                [401, 403, 403, 403, 403, 403, 403, 200, 403],
  'POST /api/accounts':                               [401, 403, 403, 403, 403, 403, 403, 201, 403],
  'PATCH /api/accounts/:id':                          [401, 403, 403, 403, 403, 403, 403, 200, 403],
  'GET /api/admin/email-outbox':                      [401, 403, 403, 403, 403, 403, 403, 200, 403],
  'GET /api/audit':                                   [401, 403, 403, 403, 403, 403, 200, 200, 403],
  'GET /api/audit/verify':                            [401, 403, 403, 403, 403, 403, 200, 200, 403],
  'GET /api/reference/zone-units':                    [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/reference/divisions':                     [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/reference/departments':                   [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/reference/industries':                    [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/reference/industries/:code':              [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/calendar/days':                           [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/calendar/is-workday':                     [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/calendar/due':                            [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/calendar/years':                          [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/calendar/overrides':                      [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'PUT /api/calendar/overrides/:date':                [401, 403, 403, 403, 403, 403, 403, 200, 403],
  'DELETE /api/calendar/overrides/:date':             [401, 403, 403, 403, 403, 403, 403, 200, 403],
  'POST /api/calendar/years/:year/publish':           [401, 403, 403, 403, 403, 403, 403, 200, 403],
  'GET /api/calendar/deadlines':                      [401, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/calendar/deadlines':                     [401, 403, 201, 201, 201, 403, 403, 201, 403],
  'GET /api/uscc/:code':                              [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/uscc/check':                             [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/uscc/issue':                             [401, 403, 201, 403, 403, 403, 403, 201, 403],
  'GET /api/enterprises':                             [401, 200, 200, 200, 200, 200, 200, 200, 403],
  // An LJ enterprise owned by the applicant: inside every role's scope (area-lj is the area officer); the outside
  // assessor reads no enterprise (it evaluates areas through the assessments assigned to it).
  'GET /api/enterprises/:uscc':                       [401, 200, 200, 200, 200, 200, 200, 200, 403],
  'GET /api/enterprises/:uscc/beneficial-owners':     [401, 403, 200, 403, 403, 200, 403, 403, 403],
  'GET /api/file-types':                              [200, 200, 200, 200, 200, 200, 200, 200, 200],
  // Applicants file; a window officer may file at the counter on an applicant's behalf.
  'POST /api/files':                                  [401, 201, 201, 403, 403, 403, 403, 403, 403],
  // An LJ file of the applicant with no task yet: the market-regulation reviewer has nothing to do with it.
  'GET /api/files/:id':                               [401, 200, 200, 403, 200, 200, 200, 200, 403],
  // Accepting (受理) is the window officer's alone.
  'POST /api/files/:id/actions':                      [401, 403, 200, 403, 403, 403, 403, 403, 403],
  'POST /api/files/:id/documents':                    [401, 201, 201, 403, 403, 403, 403, 403, 403],
  'GET /api/files/:id/documents/:documentId':         [401, 200, 200, 403, 200, 200, 200, 200, 403],
  'GET /api/workqueue':                               [401, 200, 200, 200, 200, 200, 200, 200, 200],
  // The FTZ Office's figures; an area officer gets its own area's.
  'GET /api/files/statistics':                        [401, 403, 403, 403, 200, 200, 403, 200, 403],
  // Whom to hand a file or task to: officers only, and no private data (no e-mail).
  'GET /api/staff':                                   [401, 403, 200, 200, 200, 403, 403, 200, 403],
  // 一窗受理: whom a window officer may file for at the counter (and the administrator, who manages accounts).
  'GET /api/applicants':                              [401, 403, 200, 403, 403, 403, 403, 200, 403],
  // The investor's self-check and the editions are public (Trial Measures Art. 12: a published list).
  'POST /api/admission/check':                        [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/negative-lists':                          [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/negative-lists/diff':                     [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/negative-lists/:code':                    [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/negative-lists/:code/workbook':           [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/negative-lists':                         [401, 403, 403, 403, 403, 403, 403, 201, 403],
  // Investment cases: the applicant files for itself, a window officer at the counter for an applicant.
  'POST /api/investment/projects':                    [401, 201, 201, 403, 403, 403, 403, 403, 403],
  'POST /api/investment/outbound':                    [401, 201, 201, 403, 403, 403, 403, 403, 403],
  // Own cases for applicants, the area's for area officers, all for the window, the FTZ Office and the administrator.
  'GET /api/investment/cases':                        [401, 200, 200, 403, 200, 200, 403, 200, 403],
  // An LJ outbound case of the applicant.
  'GET /api/investment/cases/:id':                    [401, 200, 200, 403, 200, 200, 403, 200, 403],
  // Post-investment reports: the case's applicant or a window officer.
  'POST /api/investment/cases/:id/reports':           [401, 201, 201, 403, 403, 403, 403, 403, 403],
  // The flagged list is the FTZ Office's (analyst) and the administrator's.
  'GET /api/investment/security-review':              [401, 403, 403, 403, 403, 200, 403, 200, 403],
  // The keys the filing forms take (security-review fields, sensitive categories): published reference data.
  'GET /api/investment/vocabularies':                 [200, 200, 200, 200, 200, 200, 200, 200, 200],
  // Targets and indicators (issue 7): read by area officers (their area and the zone), the FTZ Office, inspectors and
  // administrators; values submitted by area officers (own area), the FTZ Office and administrators; approved by the FTZ Office only.
  // The dashboards: the FTZ Office and administrators see the zone, an area officer its own area; not the inspector.
  'GET /api/dashboards/overview':                     [401, 403, 403, 403, 200, 200, 403, 200, 403],
  'GET /api/dashboards/report.xlsx':                  [401, 403, 403, 403, 200, 200, 403, 200, 403],
  'GET /api/dashboards/report.pdf':                   [401, 403, 403, 403, 200, 200, 403, 200, 403],
  'GET /api/indicators':                              [401, 403, 403, 403, 200, 200, 200, 200, 403],
  'GET /api/indicators/scorecard':                    [401, 403, 403, 403, 200, 200, 200, 200, 403],
  'GET /api/indicators/:code/series':                 [401, 403, 403, 403, 200, 200, 200, 200, 403],
  // A demo value of Liangjiang: inside the area officer's area.
  'GET /api/indicators/:code/history':                [401, 403, 403, 403, 200, 200, 200, 200, 403],
  'GET /api/indicators/template':                     [401, 403, 403, 403, 200, 200, 403, 200, 403],
  'GET /api/indicators/submissions':                  [401, 403, 403, 403, 200, 200, 200, 200, 403],
  'GET /api/indicators/submissions/:id':              [401, 403, 403, 403, 200, 200, 200, 200, 403],
  'POST /api/indicators/submissions':                 [401, 403, 403, 403, 201, 201, 403, 201, 403],
  'POST /api/indicators/submissions/upload':          [401, 403, 403, 403, 201, 201, 403, 201, 403],
  // A fresh Liangjiang submission each time: the FTZ Office decides, never the area officer or the administrator.
  'POST /api/indicators/submissions/:id/approve':     [401, 403, 403, 403, 403, 200, 403, 403, 403],
  'POST /api/indicators/submissions/:id/return':      [401, 403, 403, 403, 403, 200, 403, 403, 403],
  // Trying a name is public; declaring (reserving) one is the applicant's own act (Art. 16).
  'POST /api/names/check':                            [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/names/reservations':                     [401, 201, 403, 403, 403, 403, 403, 403, 403],
  'GET /api/names/reservations':                      [401, 200, 403, 403, 403, 403, 403, 403, 403],
  'POST /api/names/reservations/:id/release':         [401, 200, 403, 403, 403, 403, 403, 403, 403],
  // One-form establishment: applicants file their own, window officers at the counter; the window registers after review.
  'POST /api/establishments':                         [401, 201, 201, 403, 403, 403, 403, 403, 403],
  'GET /api/establishments':                          [401, 200, 200, 403, 403, 403, 403, 403, 403],
  'GET /api/establishments/:id':                      [401, 200, 200, 403, 403, 403, 403, 403, 403],
  'POST /api/establishments/:id/register':            [401, 403, 200, 403, 403, 403, 403, 403, 403],
  'POST /api/individual-businesses':                  [401, 201, 201, 403, 403, 403, 403, 403, 403],
  // Follow-up tasks belong to the departments that do them: the demo reviewer (market regulation) has none to
  // complete, so completing another department's task is refused (test/api/establishments.test.ts shows a success).
  'GET /api/follow-ups':                              [401, 403, 403, 200, 403, 403, 403, 403, 403],
  'POST /api/follow-ups/:id/complete':                [401, 403, 403, 403, 403, 403, 403, 403, 403],
  'GET /api/registration/scope-catalogue':            [200, 200, 200, 200, 200, 200, 200, 200, 200],
  // Change registration (MER Art. 24): the owner applicant files, the window at the counter for the owner and registers after review.
  'POST /api/enterprises/:uscc/changes':              [401, 201, 201, 403, 403, 403, 403, 403, 403],
  'GET /api/enterprises/:uscc/changes':               [401, 200, 200, 403, 403, 403, 403, 403, 403],
  'GET /api/enterprises/:uscc/particulars':           [401, 200, 200, 403, 403, 403, 403, 403, 403],
  'GET /api/enterprises/:uscc/changes/:id':           [401, 200, 200, 403, 403, 403, 403, 403, 403],
  // Articles of association (章程备案): the owner applicant files, or the window at the counter.
  'POST /api/enterprises/:uscc/articles':             [401, 201, 201, 403, 403, 403, 403, 403, 403],
  'GET /api/enterprises/:uscc/articles':              [401, 200, 200, 403, 403, 403, 403, 403, 403],
  'GET /api/enterprises/:uscc/articles/:id':          [401, 200, 200, 403, 403, 403, 403, 403, 403],
  'POST /api/enterprises/:uscc/changes/:id/register': [401, 403, 200, 403, 403, 403, 403, 403, 403],
  // The register history of an LJ enterprise of the applicant: whoever may read the enterprise.
  'GET /api/enterprises/:uscc/register-entries':      [401, 200, 200, 200, 200, 200, 200, 200, 403],
  // Summary deregistration: the enterprise's own applicant or the window acts for it; the notice and objections are public.
  'POST /api/enterprises/:uscc/summary-deregistration':           [401, 201, 201, 403, 403, 403, 403, 403, 403],
  'GET /api/enterprises/:uscc/summary-deregistration':            [401, 200, 200, 403, 403, 403, 403, 403, 403],
  // The notice in scope is still running, so applying is refused for its state (the permission holds).
  'POST /api/enterprises/:uscc/summary-deregistration/:id/apply': [401, 409, 409, 403, 403, 403, 403, 403, 403],
  // The register's public facts (企业信息公示暂行条例 Art. 6): the search and the open-data snapshot.
  'GET /api/public/enterprises':                                  [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/public/open-data/enterprises.csv.gz':                 [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/public/deregistration-notices':                       [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/public/deregistration-notices/:id':                   [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/public/deregistration-notices/:id/objections':       [201, 201, 201, 201, 201, 201, 201, 201, 201],
  // An individual business's case goes to tax and social insurance (EXIT-06): department reviewers see the cases;
  // the demo reviewer (market regulation) may not object (test/api/individual-businesses.test.ts shows tax objecting).
  'GET /api/deregistration/pushed-cases':                         [401, 403, 403, 200, 403, 403, 403, 403, 403],
  // Risk warnings (Plan V.(V)): the FTZ Office runs the rules and closes; an area's officers handle their area's
  // warnings (the one in scope is the zone's, owned by the FTZ Office: test/api/risk.test.ts shows an area handling its own).
  'GET /api/risk/rules':                                          [401, 403, 403, 403, 200, 200, 403, 200, 403],
  'GET /api/risk/alerts':                                         [401, 403, 403, 403, 200, 200, 403, 200, 403],
  'GET /api/risk/alerts/:id':                                     [401, 403, 403, 403, 404, 200, 403, 200, 403],
  'POST /api/risk/evaluate':                                      [401, 403, 403, 403, 403, 200, 403, 403, 403],
  'POST /api/risk/alerts/:id/acknowledge':                        [401, 403, 403, 403, 404, 200, 403, 403, 403],
  'POST /api/risk/alerts/:id/handle':                             [401, 403, 403, 403, 404, 200, 403, 403, 403],
  'POST /api/risk/alerts/:id/close':                              [401, 403, 403, 403, 403, 200, 403, 403, 403],
  'POST /api/risk/alerts/:id/reopen':                             [401, 403, 403, 403, 403, 200, 403, 403, 403],
  'POST /api/deregistration/pushed-cases/:id/objections':         [401, 403, 403, 403, 403, 403, 403, 403, 403],
  // Ordinary deregistration: the liquidation in scope is in its claims period, so deregistering is refused for its state.
  'POST /api/enterprises/:uscc/liquidation':                      [401, 201, 201, 403, 403, 403, 403, 403, 403],
  'GET /api/enterprises/:uscc/liquidation':                       [401, 200, 200, 403, 403, 403, 403, 403, 403],
  'POST /api/enterprises/:uscc/liquidation/:id/deregister':       [401, 409, 409, 403, 403, 403, 403, 403, 403],
  'GET /api/public/liquidation-announcements':                    [200, 200, 200, 200, 200, 200, 200, 200, 200],
  // Electronic business licences: the register is public (national publicity system), so are licences and their check.
  'GET /api/licences/keys':                           [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/licences/:uscc':                          [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/licences/:uscc/versions/:version':        [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/licences/:uscc/pdf':                      [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'POST /api/licences/verify':                        [200, 200, 200, 200, 200, 200, 200, 200, 200],
  // Assessments of the areas (Plan V.(IV)): the templates are published reference data; the FTZ Office (analyst)
  // creates, assigns, scores its own and manages follow-up; area officers read their area's and report on their
  // actions; the administrator reads. The outside assessor lists only its own (none in scope here is assigned to it,
  // so it gets 403 for each; scoring what is assigned to it is tested in test/api/assessments.test.ts).
  'GET /api/assessments/templates':                   [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/assessments/assessors':                   [401, 403, 403, 403, 403, 200, 403, 403, 403],
  'GET /api/assessments':                             [401, 403, 403, 403, 200, 200, 403, 200, 200],
  'POST /api/assessments':                            [401, 403, 403, 403, 403, 201, 403, 403, 403],
  // The demo 2025 annual assessment of LJ.
  'GET /api/assessments/:id':                         [401, 403, 403, 403, 200, 200, 403, 200, 403],
  'POST /api/assessments/:id/assign':                 [401, 403, 403, 403, 403, 200, 403, 403, 403],
  // An LJ annual assessment in progress: the FTZ Office scores it.
  'PUT /api/assessments/:id/scores':                  [401, 403, 403, 403, 403, 200, 403, 403, 403],
  'GET /api/assessments/:id/scores/:criterionKey/document': [401, 403, 403, 403, 200, 200, 403, 200, 403],
  'POST /api/assessments/:id/submit':                 [401, 403, 403, 403, 403, 200, 403, 403, 403],
  'POST /api/assessments/:id/findings':               [401, 403, 403, 403, 403, 201, 403, 403, 403],
  'POST /api/assessments/:id/actions':                [401, 403, 403, 403, 403, 201, 403, 403, 403],
  // The demo LJ assessment still has open actions, so closing it is refused for its state (the permission holds).
  'POST /api/assessments/:id/close':                  [401, 403, 403, 403, 403, 409, 403, 403, 403],
  'GET /api/assessment-actions':                      [401, 403, 403, 403, 200, 200, 403, 200, 200],
  // An action LJ owns: its area officer reports on it; the FTZ Office verifies.
  'POST /api/assessment-actions/:id/progress':        [401, 403, 403, 403, 200, 403, 403, 403, 403],
  'POST /api/assessment-actions/:id/review':          [401, 403, 403, 403, 403, 200, 403, 403, 403],
  // Reform pilot tasks (Trial Measures Arts. 5, 6, 8): the FTZ Office keeps the register; departments and areas read it;
  // the replicated results are published to anyone.
  'GET /api/reform/tasks':                            [401, 403, 403, 200, 200, 200, 403, 200, 403],
  'POST /api/reform/tasks':                           [401, 403, 403, 403, 403, 201, 403, 403, 403],
  'GET /api/reform/tasks/:id':                        [401, 403, 403, 200, 200, 200, 403, 200, 403],
  'POST /api/reform/tasks/:id/status':                [401, 403, 403, 403, 403, 200, 403, 403, 403],
  'POST /api/reform/tasks/:id/replication':           [401, 403, 403, 403, 403, 200, 403, 403, 403],
  'GET /api/public/replicated-reforms':               [200, 200, 200, 200, 200, 200, 200, 200, 200],
  // Investment projects (Plan V.(II)): area officers register and move their own area's; the FTZ Office and the
  // administrator read every area's. The project in scope is LJ, so area-lj is inside its scope.
  'GET /api/projects':                                [401, 403, 403, 403, 200, 200, 403, 200, 403],
  'POST /api/projects':                               [401, 403, 403, 403, 201, 403, 403, 403, 403],
  'GET /api/projects/stalled':                        [401, 403, 403, 403, 200, 200, 403, 200, 403],
  'GET /api/projects/land-priority':                  [401, 403, 403, 403, 200, 200, 403, 200, 403],
  'GET /api/projects/pipeline':                       [401, 403, 403, 403, 200, 200, 403, 200, 403],
  'GET /api/projects/:id':                            [401, 403, 403, 403, 200, 200, 403, 200, 403],
  'POST /api/projects/:id/stage-changes':             [401, 403, 403, 403, 201, 403, 403, 403, 403],
  'GET /api/projects/:id/documents/:documentId':      [401, 403, 403, 403, 200, 200, 403, 200, 403],
  // Annual investment-attraction tasks: an area proposes its own, the FTZ Office sets any area's or approves.
  'GET /api/attraction-tasks':                        [401, 403, 403, 403, 200, 200, 403, 200, 403],
  'PUT /api/attraction-tasks/:areaCode/:year':        [401, 403, 403, 403, 200, 200, 403, 403, 403],
  'POST /api/attraction-tasks/:areaCode/:year/approve': [401, 403, 403, 403, 403, 200, 403, 403, 403],
  // The cluster catalogue and the classification of a code are published reference data; one enterprise's
  // classification follows the enterprise's visibility (an LJ enterprise of the applicant); the statistics are the
  // FTZ Office's and the areas'.
  'GET /api/clusters':                                [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/clusters/classify':                       [200, 200, 200, 200, 200, 200, 200, 200, 200],
  'GET /api/clusters/statistics':                     [401, 403, 403, 403, 200, 200, 403, 200, 403],
  'GET /api/clusters/enterprises/:uscc':              [401, 200, 200, 200, 200, 200, 200, 200, 403],
};

type Via = 'session' | 'token';
interface Caller$ {
  caller: Caller;
  via: Via;
  /** Headers that authenticate the caller (none for the public). */
  headers: Record<string, string>;
  session?: Session;
}

interface RequestSpec {
  url: (c: Caller$) => string | Promise<string>;
  body?: (c: Caller$) => unknown;
  /** Use a session of its own (the request ends it). */
  freshSession?: true;
  /** Runs before the request, whatever the caller (e.g. makes sure there is something to delete). */
  prepare?: () => Promise<void>;
}

let enterpriseInScope = '';
/** The licence of the enterprise in scope, issued through the licences service in beforeAll. */
let licensed: LicenceView | undefined;
let reservationInScope = 0;
let establishmentInScope = 0;
const ALL_DECLARED = Object.fromEntries(DECLARATION_KEYS.map((k) => [k, true]));
let deregistering = { uscc: '', commitments: [] as { name: string; idNumber: string }[] };
let noticeInScope = { uscc: '', id: 0 };
let pushedCaseInScope = 0;
let riskAlertInScope = 0;
/** Puts the zone's alert in scope back into a state (test setup, not a route under test). */
async function setRiskAlert(status: 'open' | 'handled'): Promise<void> {
  await t.ctx.db.updateTable('risk_alerts').set({ status }).where('id', '=', riskAlertInScope).execute();
}
let articlesInScope = 0;
const LIQUIDATION_FILING = { cause: 'shareholders-resolution', members: [{ name: '张三', idNumber: '11010519491231002X' }], leader: '张三', formedOn: '2026-11-20' };
let liquidating = '';
let liquidationInScope = { uscc: '', id: 0 };
/** A company registered on the spot for the demo applicant, with the commitments of its investors. */
function individualBusinessForm(name: string) {
  return {
    name,
    operator: { name: '矩阵经营者', nationality: 'CN', idType: 'resident-id' as const, idNumber: residentId('19870707', 707) },
    compositionForm: 'individual',
    fundsYuan: 30_000,
    businessScope: { itemCodes: ['S0207'], mainItemCode: 'S0207' },
    domicile: { address: '重庆市渝北区悦来街道悦来大道99号', commitment: true },
    contact: { name: '矩阵经营者', phone: '13900000000' },
  };
}

async function registeredForApplicant(name: string) {
  const form = validForm({ name });
  const res = await t.request('POST', '/api/establishments', { as: await t.login('applicant'), body: form });
  expect(res.statusCode, res.body).toBe(201);
  return { uscc: res.json().uscc as string, commitments: form.investors!.map((i) => ({ name: i.name, idNumber: i.idNumber })) };
}
let establishmentToRegister = 0;
let followUpInScope = 0;
/** An applicant's establishment under officer review whose market-registration file the window approved. */
async function approvedEstablishment(): Promise<number> {
  const form = validForm({
    name: `重庆审${matrixTradeName(++seq)}保理有限公司`,
    businessScope: { itemCodes: ['S0601'], mainItemCode: 'S0601' },
    preApprovals: [{ itemCode: 'S0601', approvalNo: '矩阵批准', authority: '重庆市地方金融管理局' }],
  });
  const filed = await t.request('POST', '/api/establishments', { as: await t.login('applicant'), body: form });
  expect(filed.statusCode, filed.body).toBe(201);
  const window = await t.login('window');
  let file = (await t.request('GET', `/api/files/${filed.json().fileId}`, { as: window })).json();
  for (const type of ['accept', 'approve']) {
    const acted = await t.request('POST', `/api/files/${file.id}/actions`, { as: window, body: { type, expectedVersion: file.version, payload: {} } });
    expect(acted.statusCode, acted.body).toBe(200);
    file = acted.json();
  }
  return filed.json().id;
}
/** A trade-name tail of Chinese characters unique to the number, so each reservation is a name of its own. */
const matrixTradeName = (n: number) => [...String(n)].map((d) => '零壹贰叁肆伍陆柒捌玖'[Number(d)]).join('');
let targetId = 0;
let seq = 0;
/** An enterprise the applicant registered through POST /api/establishments in beforeAll, and a change of it. */
let changedEnterprise = '';
let changeInScope = 0;
let changeToRegister = { uscc: '', id: 0 };
/** A fresh enterprise of the applicant whose change adding a pre-approval item went to a file the window approved. */
async function approvedChange(): Promise<{ uscc: string; id: number }> {
  const applicant = await t.login('applicant');
  const established = await t.request('POST', '/api/establishments', { as: applicant, body: validForm({ name: `重庆变${matrixTradeName(++seq)}科技有限公司` }) });
  expect(established.statusCode, established.body).toBe(201);
  const uscc = established.json().uscc as string;
  const filed = await t.request('POST', `/api/enterprises/${uscc}/changes`, {
    as: applicant,
    body: { businessScope: { itemCodes: ['S0101', 'S0601'], mainItemCode: 'S0101' }, preApprovals: [{ itemCode: 'S0601', approvalNo: '矩阵批准', authority: '重庆市地方金融管理局' }] },
  });
  expect(filed.statusCode, filed.body).toBe(201);
  const window = await t.login('window');
  let file = (await t.request('GET', `/api/files/${filed.json().fileId}`, { as: window })).json();
  for (const type of ['accept', 'approve']) {
    const acted = await t.request('POST', `/api/files/${file.id}/actions`, { as: window, body: { type, expectedVersion: file.version, payload: {} } });
    expect(acted.statusCode, acted.body).toBe(200);
    file = acted.json();
  }
  return { uscc, id: filed.json().id };
}

const adminHeaders = async () => {
  const s = await t.login('admin');
  return { as: s };
};

/** How to call each route; the policy above says what must come of it. */
const REQUESTS: Record<string, RequestSpec> = {
  'GET /api/health': { url: () => '/api/health' },
  'GET /api/openapi.json': { url: () => '/api/openapi.json' },
  'POST /api/auth/login': { url: () => '/api/auth/login', body: () => ({ username: 'analyst', password: DEMO_PASSWORD }) },
  'POST /api/auth/logout': { url: () => '/api/auth/logout', freshSession: true },
  'GET /api/auth/me': { url: () => '/api/auth/me' },
  'GET /api/me/tokens': { url: () => '/api/me/tokens' },
  'POST /api/me/tokens': { url: () => '/api/me/tokens', body: (c) => ({ name: `matrix ${c.caller} ${c.via}` }) },
  'DELETE /api/me/tokens/:id': {
    url: async (c) => {
      if (c.caller === 'public') return '/api/me/tokens/1';
      // A token of the caller's own, made through a session so the caller's own token stays alive.
      const s = await t.login(USERNAME[c.caller]);
      const created = await t.request('POST', '/api/me/tokens', { as: s, body: { name: 'to revoke' } });
      expect(created.statusCode).toBe(201);
      return `/api/me/tokens/${created.json().token.id}`;
    },
  },
  'GET /api/me/notifications': { url: () => '/api/me/notifications' },
  'GET /api/me/notifications/unread-count': { url: () => '/api/me/notifications/unread-count' },
  'POST /api/me/notifications/:id/read': { url: () => '/api/me/notifications/999999/read' },
  'GET /api/accounts': { url: () => '/api/accounts' },
  'POST /api/accounts': {
    url: () => '/api/accounts',
    body: (c) => ({ username: `matrix-${c.caller.replace('_', '-')}-${c.via}-${++seq}`, displayName: 'Matrix', password: 'matrix-password-1', role: 'admin' }),
  },
  'PATCH /api/accounts/:id': { url: () => `/api/accounts/${targetId}`, body: (c) => ({ displayName: `Renamed by ${c.caller}`, role: 'admin' }) },
  'GET /api/admin/email-outbox': { url: () => '/api/admin/email-outbox' },
  'GET /api/audit': { url: () => '/api/audit?limit=5' },
  'GET /api/audit/verify': { url: () => '/api/audit/verify' },
  'GET /api/reference/zone-units': { url: () => '/api/reference/zone-units' },
  'GET /api/reference/divisions': { url: () => '/api/reference/divisions' },
  'GET /api/reference/departments': { url: () => '/api/reference/departments' },
  'GET /api/reference/industries': { url: () => `/api/reference/industries?q=${encodeURIComponent('软件')}` },
  'GET /api/reference/industries/:code': { url: () => '/api/reference/industries/65' },
  'GET /api/calendar/days': { url: () => '/api/calendar/days?from=2026-10-01&to=2026-10-08' },
  'GET /api/calendar/is-workday': { url: () => '/api/calendar/is-workday?date=2026-10-10' },
  'GET /api/calendar/due': { url: () => '/api/calendar/due?from=2026-09-30&workingDays=3' },
  'GET /api/calendar/years': { url: () => '/api/calendar/years' },
  'GET /api/calendar/overrides': { url: () => '/api/calendar/overrides?year=2026' },
  'PUT /api/calendar/overrides/:date': { url: () => '/api/calendar/overrides/2026-12-16', body: () => ({ workday: false, reason: 'matrix: rest day', name: '测试' }) },
  'DELETE /api/calendar/overrides/:date': {
    url: () => '/api/calendar/overrides/2026-12-17',
    prepare: async () => {
      const res = await t.request('PUT', '/api/calendar/overrides/2026-12-17', { ...(await adminHeaders()), body: { workday: false, reason: 'matrix: to delete' } });
      expect(res.statusCode).toBe(200);
    },
  },
  'POST /api/calendar/years/:year/publish': {
    url: () => '/api/calendar/years/2030/publish',
    body: () => ({ noticeUrl: 'https://www.gov.cn/zhengce/example-2030', days: [{ date: '2030-01-02', workday: false, name: '元旦' }] }),
  },
  'GET /api/calendar/deadlines': { url: () => '/api/calendar/deadlines' },
  'POST /api/calendar/deadlines': { url: () => '/api/calendar/deadlines', body: (c) => ({ subject: `matrix ${c.caller}`, from: '2026-12-01', workingDays: 2 }) },
  'GET /api/uscc/:code': { url: () => '/api/uscc/91350100M000100Y43' },
  'POST /api/uscc/check': { url: () => '/api/uscc/check', body: () => ({ codes: ['91350100M000100Y43', 'nonsense'] }) },
  'POST /api/uscc/issue': { url: () => '/api/uscc/issue', body: () => ({ authority: '9', entityType: '1', division: '500112' }) },
  'GET /api/enterprises': { url: () => '/api/enterprises' },
  'GET /api/enterprises/:uscc': { url: () => `/api/enterprises/${enterpriseInScope}` },
  'GET /api/enterprises/:uscc/beneficial-owners': { url: () => `/api/enterprises/${enterpriseInScope}/beneficial-owners` },
  'GET /api/file-types': { url: () => '/api/file-types' },
  // The applicant files for itself; a window officer files at the counter for the same applicant.
  'POST /api/files': { url: () => '/api/files', body: () => ({ type: 'permit-single', form: PERMIT_FORM, applicantId: applicantUserId }) },
  'GET /api/files/:id': { url: () => `/api/files/${fileInScope}` },
  'POST /api/files/:id/actions': {
    url: () => `/api/files/${freshFile}/actions`,
    body: () => ({ type: 'accept', expectedVersion: 1, payload: {} }),
    prepare: async () => {
      freshFile = await newFile();
    },
  },
  'POST /api/files/:id/documents': {
    url: () => `/api/files/${fileInScope}/documents`,
    body: () => ({ name: 'matrix.pdf', mediaType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4 matrix').toString('base64') }),
  },
  'GET /api/files/:id/documents/:documentId': { url: () => `/api/files/${fileInScope}/documents/${documentInScope}` },
  'GET /api/workqueue': { url: () => '/api/workqueue?queue=mine' },
  'GET /api/files/statistics': { url: () => '/api/files/statistics' },
  'GET /api/staff': { url: () => '/api/staff?role=window_officer' },
  'GET /api/applicants': { url: () => '/api/applicants?q=applicant' },
  'POST /api/admission/check': { url: () => '/api/admission/check', body: () => ({ date: '2026-11-24', industryCodes: ['7350'], foreignShare: 10, form: 'company' }) },
  'GET /api/negative-lists': { url: () => '/api/negative-lists' },
  'GET /api/negative-lists/diff': { url: () => '/api/negative-lists/diff?from=FTZ-2020&to=FTZ-2021' },
  'GET /api/negative-lists/:code': { url: () => '/api/negative-lists/FTZ-2021' },
  'GET /api/negative-lists/:code/workbook': { url: () => '/api/negative-lists/FTZ-2020/workbook' },
  // Once per way in (session, token): each load is a new edition with its own code and date.
  'POST /api/negative-lists': {
    url: () => '/api/negative-lists',
    body: (c) => ({ format: 'json', edition: { ...MATRIX_EDITION, code: `FTZ-2090-${c.via}`, effectiveFrom: c.via === 'session' ? '2090-02-01' : '2090-03-01' } }),
  },
  'POST /api/investment/projects': { url: () => '/api/investment/projects', body: () => ({ ...PROJECT_BODY, applicantId: applicantUserId }) },
  'POST /api/investment/outbound': { url: () => '/api/investment/outbound', body: () => ({ ...OUTBOUND_BODY, applicantId: applicantUserId }) },
  'GET /api/investment/cases': { url: () => '/api/investment/cases' },
  'GET /api/investment/cases/:id': { url: () => `/api/investment/cases/${caseInScope}` },
  'POST /api/investment/cases/:id/reports': { url: () => `/api/investment/cases/${caseInScope}/reports`, body: (c) => ({ kind: 'incident', body: `matrix ${c.caller} ${c.via}` }) },
  'GET /api/investment/security-review': { url: () => '/api/investment/security-review' },
  'GET /api/investment/vocabularies': { url: () => '/api/investment/vocabularies' },
  'GET /api/dashboards/overview': { url: () => '/api/dashboards/overview?year=2026' },
  'GET /api/dashboards/report.xlsx': { url: () => '/api/dashboards/report.xlsx?year=2026' },
  'GET /api/dashboards/report.pdf': { url: () => '/api/dashboards/report.pdf?year=2026' },
  'GET /api/indicators': { url: () => '/api/indicators' },
  'GET /api/indicators/scorecard': { url: () => '/api/indicators/scorecard?period=2020' },
  'GET /api/indicators/:code/series': { url: () => '/api/indicators/FDI_USD/series?periodKind=year' },
  'GET /api/indicators/:code/history': { url: () => '/api/indicators/FDI_USD/history?areaCode=LJ&period=2020-01' },
  'GET /api/indicators/template': { url: () => '/api/indicators/template?areaCode=LJ&from=2025-01&to=2025-03' },
  'GET /api/indicators/submissions': { url: () => '/api/indicators/submissions' },
  'GET /api/indicators/submissions/:id': {
    url: async () => `/api/indicators/submissions/${(await t.ctx.db.selectFrom('indicator_submissions').select('id').where('area_code', '=', 'LJ').orderBy('id').executeTakeFirstOrThrow()).id}`,
  },
  // Each allowed call submits a value of its own, so it is a change (a revision, with its reason).
  'POST /api/indicators/submissions': { url: () => '/api/indicators/submissions', body: () => ({ areaCode: 'LJ', reason: 'matrix', values: [{ indicatorCode: 'AIR_ROUTES', period: '2025-01', value: ++seq }] }) },
  'POST /api/indicators/submissions/upload': {
    url: () => '/api/indicators/submissions/upload',
    body: () => ({ areaCode: 'LJ', reason: 'matrix', fileName: 'matrix.xlsx', contentBase64: indicatorWorkbook }),
    prepare: async () => {
      indicatorWorkbook = await valuesWorkbook('AIR_CARGO', '2025-02', ++seq);
    },
  },
  'POST /api/indicators/submissions/:id/approve': { url: () => `/api/indicators/submissions/${indicatorSubmission}/approve`, body: () => ({}), prepare: async () => { indicatorSubmission = await pendingIndicatorSubmission(); } },
  'POST /api/indicators/submissions/:id/return': {
    url: () => `/api/indicators/submissions/${indicatorSubmission}/return`,
    body: () => ({ reason: 'matrix: returned' }),
    prepare: async () => {
      indicatorSubmission = await pendingIndicatorSubmission();
    },
  },
  'POST /api/establishments': {
    url: () => '/api/establishments',
    body: (c) => ({ ...validForm({ name: `重庆矩${matrixTradeName(++seq)}软件有限公司` }), ...(c.caller === 'window_officer' ? { applicantId: applicantUserId } : {}) }),
  },
  'GET /api/establishments': { url: () => '/api/establishments' },
  'GET /api/establishments/:id': { url: () => `/api/establishments/${establishmentInScope}` },
  'POST /api/establishments/:id/register': {
    url: () => `/api/establishments/${establishmentToRegister}/register`,
    prepare: async () => {
      establishmentToRegister = await approvedEstablishment();
    },
  },
  'POST /api/individual-businesses': {
    url: () => '/api/individual-businesses',
    body: (c) => ({ ...individualBusinessForm(`重庆市渝北区${matrixTradeName(++seq)}餐馆`), ...(c.caller === 'window_officer' ? { applicantId: applicantUserId } : {}) }),
  },
  'GET /api/follow-ups': { url: () => '/api/follow-ups' },
  'POST /api/follow-ups/:id/complete': { url: () => `/api/follow-ups/${followUpInScope}/complete`, body: () => ({}) },
  'GET /api/registration/scope-catalogue': { url: () => '/api/registration/scope-catalogue' },
  // Each allowed call names a new manager: a filing registered on the spot.
  'POST /api/enterprises/:uscc/changes': {
    url: () => `/api/enterprises/${changedEnterprise}/changes`,
    body: (c) => ({ managers: [{ name: '矩阵经理', idType: 'resident-id', idNumber: residentId('19800101', 100 + (++seq % 800)) }], ...(c.caller === 'window_officer' ? { applicantId: applicantUserId } : {}) }),
  },
  'GET /api/enterprises/:uscc/changes': { url: () => `/api/enterprises/${changedEnterprise}/changes` },
  'GET /api/enterprises/:uscc/particulars': { url: () => `/api/enterprises/${changedEnterprise}/particulars` },
  'GET /api/enterprises/:uscc/changes/:id': { url: () => `/api/enterprises/${changedEnterprise}/changes/${changeInScope}` },
  'POST /api/enterprises/:uscc/changes/:id/register': {
    url: () => `/api/enterprises/${changeToRegister.uscc}/changes/${changeToRegister.id}/register`,
    prepare: async () => {
      changeToRegister = await approvedChange();
    },
  },
  'POST /api/enterprises/:uscc/articles': {
    url: () => `/api/enterprises/${changedEnterprise}/articles`,
    body: (c) => ({ name: 'articles.pdf', mediaType: 'application/pdf', contentBase64: Buffer.from(`%PDF-1.4 matrix ${c.caller} ${c.via}`).toString('base64'), adoptedOn: '2026-11-20' }),
  },
  'GET /api/enterprises/:uscc/articles': { url: () => `/api/enterprises/${changedEnterprise}/articles` },
  'GET /api/enterprises/:uscc/articles/:id': { url: () => `/api/enterprises/${changedEnterprise}/articles/${articlesInScope}` },
  'GET /api/enterprises/:uscc/register-entries': { url: () => `/api/enterprises/${changedEnterprise}/register-entries` },
  'POST /api/enterprises/:uscc/summary-deregistration': {
    url: () => `/api/enterprises/${deregistering.uscc}/summary-deregistration`,
    body: () => ({ commitments: deregistering.commitments, declarations: ALL_DECLARED }),
    prepare: async () => {
      deregistering = await registeredForApplicant(`重庆销${matrixTradeName(++seq)}科技有限公司`);
    },
  },
  'GET /api/enterprises/:uscc/summary-deregistration': { url: () => `/api/enterprises/${noticeInScope.uscc}/summary-deregistration` },
  'POST /api/enterprises/:uscc/summary-deregistration/:id/apply': { url: () => `/api/enterprises/${noticeInScope.uscc}/summary-deregistration/${noticeInScope.id}/apply` },
  'GET /api/public/enterprises': { url: () => `/api/public/enterprises?q=${encodeURIComponent('云启')}` },
  'GET /api/public/open-data/enterprises.csv.gz': { url: () => '/api/public/open-data/enterprises.csv.gz' },
  'GET /api/public/deregistration-notices': { url: () => '/api/public/deregistration-notices' },
  'GET /api/public/deregistration-notices/:id': { url: () => `/api/public/deregistration-notices/${noticeInScope.id}` },
  'POST /api/public/deregistration-notices/:id/objections': {
    url: () => `/api/public/deregistration-notices/${noticeInScope.id}/objections`,
    body: (c) => ({ objector: `矩阵 ${c.caller}`, objectorKind: 'other', contact: '023-60000000', grounds: `matrix ${c.caller} ${c.via}` }),
  },
  'GET /api/deregistration/pushed-cases': { url: () => '/api/deregistration/pushed-cases' },
  'GET /api/risk/rules': { url: () => '/api/risk/rules' },
  'GET /api/risk/alerts': { url: () => '/api/risk/alerts' },
  'GET /api/risk/alerts/:id': { url: () => `/api/risk/alerts/${riskAlertInScope}` },
  'POST /api/risk/evaluate': { url: () => '/api/risk/evaluate', body: () => ({}) },
  // Each allowed call needs the alert in the state its action starts from.
  'POST /api/risk/alerts/:id/acknowledge': { url: () => `/api/risk/alerts/${riskAlertInScope}/acknowledge`, body: () => ({}), prepare: () => setRiskAlert('open') },
  'POST /api/risk/alerts/:id/handle': { url: () => `/api/risk/alerts/${riskAlertInScope}/handle`, body: (c) => ({ disposal: `matrix ${c.caller} ${c.via} disposal` }), prepare: () => setRiskAlert('open') },
  'POST /api/risk/alerts/:id/close': { url: () => `/api/risk/alerts/${riskAlertInScope}/close`, body: () => ({}), prepare: () => setRiskAlert('handled') },
  'POST /api/risk/alerts/:id/reopen': { url: () => `/api/risk/alerts/${riskAlertInScope}/reopen`, body: () => ({}), prepare: () => setRiskAlert('handled') },
  'POST /api/deregistration/pushed-cases/:id/objections': { url: () => `/api/deregistration/pushed-cases/${pushedCaseInScope}/objections`, body: (c) => ({ grounds: `matrix ${c.caller} ${c.via}` }) },
  'POST /api/enterprises/:uscc/liquidation': {
    url: () => `/api/enterprises/${liquidating}/liquidation`,
    body: () => LIQUIDATION_FILING,
    prepare: async () => {
      liquidating = (await registeredForApplicant(`重庆清${matrixTradeName(++seq)}科技有限公司`)).uscc;
    },
  },
  'GET /api/enterprises/:uscc/liquidation': { url: () => `/api/enterprises/${liquidationInScope.uscc}/liquidation` },
  'POST /api/enterprises/:uscc/liquidation/:id/deregister': {
    url: () => `/api/enterprises/${liquidationInScope.uscc}/liquidation/${liquidationInScope.id}/deregister`,
    body: () => ({ report: { debtsSettled: true, taxesCleared: true, remainingAssetsDistributed: true, confirmedBy: 'matrix' } }),
  },
  'GET /api/public/liquidation-announcements': { url: () => '/api/public/liquidation-announcements' },
  'POST /api/names/check': { url: () => '/api/names/check', body: () => ({ name: '重庆矩阵科技有限公司' }) },
  'POST /api/names/reservations': { url: () => '/api/names/reservations', body: () => ({ name: `重庆矩${matrixTradeName(++seq)}科技有限公司`, commitment: true }) },
  'GET /api/names/reservations': { url: () => '/api/names/reservations' },
  'POST /api/names/reservations/:id/release': {
    url: () => `/api/names/reservations/${reservationInScope}/release`,
    prepare: async () => {
      const res = await t.request('POST', '/api/names/reservations', { as: await t.login('applicant'), body: { name: `重庆释${matrixTradeName(++seq)}咨询有限公司`, commitment: true } });
      expect(res.statusCode).toBe(201);
      reservationInScope = res.json().reservation.id;
    },
  },
  'GET /api/licences/keys': { url: () => '/api/licences/keys' },
  'GET /api/licences/:uscc': { url: () => `/api/licences/${licensed?.uscc}` },
  'GET /api/licences/:uscc/versions/:version': { url: () => `/api/licences/${licensed?.uscc}/versions/1` },
  'GET /api/licences/:uscc/pdf': { url: () => `/api/licences/${licensed?.uscc}/pdf` },
  'POST /api/licences/verify': { url: () => '/api/licences/verify', body: () => ({ document: licensed?.document, signature: licensed?.signature }) },
  'GET /api/assessments/templates': { url: () => '/api/assessments/templates' },
  'GET /api/assessments/assessors': { url: () => '/api/assessments/assessors' },
  'GET /api/assessments': { url: () => '/api/assessments' },
  'POST /api/assessments': { url: () => '/api/assessments', body: () => ({ kind: 'annual', areaCode: 'GYG', period: String(2100 + ++seq) }) },
  'GET /api/assessments/:id': { url: () => `/api/assessments/${matrix.demoAssessment}` },
  'POST /api/assessments/:id/assign': { url: () => `/api/assessments/${matrix.thirdParty}/assign`, body: () => ({ assessorId: matrix.assessorId }) },
  'PUT /api/assessments/:id/scores': { url: () => `/api/assessments/${matrix.scoring}/scores`, body: (c) => ({ scores: [{ criterionKey: 'economic-scale', score: 70, evidence: `matrix ${c.caller} ${c.via}` }] }) },
  'GET /api/assessments/:id/scores/:criterionKey/document': { url: () => `/api/assessments/${matrix.scoring}/scores/leading-projects/document` },
  'POST /api/assessments/:id/submit': {
    url: () => `/api/assessments/${matrix.toSubmit}/submit`,
    prepare: async () => {
      matrix.toSubmit = await scoredAssessment();
    },
  },
  'POST /api/assessments/:id/findings': { url: () => `/api/assessments/${matrix.scoring}/findings`, body: (c) => ({ kind: 'problem', text: `matrix ${c.caller} ${c.via}` }) },
  'POST /api/assessments/:id/actions': { url: () => `/api/assessments/${matrix.scoring}/actions`, body: (c) => ({ title: `matrix ${c.caller} ${c.via}`, dueOn: '2027-01-01' }) },
  'POST /api/assessments/:id/close': { url: () => `/api/assessments/${matrix.demoAssessment}/close` },
  'GET /api/assessment-actions': { url: () => '/api/assessment-actions' },
  'POST /api/assessment-actions/:id/progress': { url: () => `/api/assessment-actions/${matrix.ljAction}/progress`, body: (c) => ({ move: 'progress', note: `matrix ${c.caller} ${c.via}` }) },
  'POST /api/assessment-actions/:id/review': {
    url: () => `/api/assessment-actions/${matrix.doneAction}/review`,
    body: () => ({ move: 'verify' }),
    prepare: async () => {
      matrix.doneAction = await doneAction();
    },
  },
  'GET /api/reform/tasks': { url: () => '/api/reform/tasks' },
  'POST /api/reform/tasks': { url: () => '/api/reform/tasks', body: (c) => ({ ...REFORM_TASK, title: `矩阵 ${c.caller} ${c.via}` }) },
  'GET /api/reform/tasks/:id': { url: () => `/api/reform/tasks/${matrix.proposedForReplication}` },
  'POST /api/reform/tasks/:id/status': {
    url: () => `/api/reform/tasks/${matrix.proposedTask}/status`,
    body: () => ({ to: 'piloting' }),
    prepare: async () => {
      const res = await t.request('POST', '/api/reform/tasks', { as: await t.login('analyst'), body: REFORM_TASK });
      expect(res.statusCode, res.body).toBe(201);
      matrix.proposedTask = res.json().id;
    },
  },
  'POST /api/reform/tasks/:id/replication': { url: () => `/api/reform/tasks/${matrix.proposedForReplication}/replication`, body: () => ({ step: 'review', departmentCode: 'COMMERCE', opinion: 'supports' }) },
  'GET /api/public/replicated-reforms': { url: () => '/api/public/replicated-reforms' },
  'GET /api/projects': { url: () => '/api/projects' },
  'POST /api/projects': { url: () => '/api/projects', body: (c) => ({ ...MATRIX_PROJECT, name: `矩阵项目 ${c.caller} ${c.via}` }) },
  'GET /api/projects/stalled': { url: () => '/api/projects/stalled' },
  'GET /api/projects/land-priority': { url: () => '/api/projects/land-priority' },
  'GET /api/projects/pipeline': { url: () => '/api/projects/pipeline' },
  'GET /api/projects/:id': { url: () => `/api/projects/${projectInScope.id}` },
  'POST /api/projects/:id/stage-changes': {
    url: () => `/api/projects/${freshProject}/stage-changes`,
    body: () => ({ to: 'contracted', on: '2026-11-24', documents: [MATRIX_AGREEMENT] }),
    prepare: async () => {
      freshProject = await newProject();
    },
  },
  'GET /api/projects/:id/documents/:documentId': { url: () => `/api/projects/${projectInScope.id}/documents/${projectInScope.documentId}` },
  'GET /api/attraction-tasks': { url: () => '/api/attraction-tasks?year=2026' },
  'PUT /api/attraction-tasks/:areaCode/:year': { url: () => '/api/attraction-tasks/LJ/2030', body: () => ({ targetCount: 3, targetInvestmentYuan: 1_000_000_000 }) },
  'POST /api/attraction-tasks/:areaCode/:year/approve': {
    url: () => '/api/attraction-tasks/LJ/2031/approve',
    prepare: async () => {
      const proposed = await t.request('PUT', '/api/attraction-tasks/LJ/2031', { as: await t.login('area-lj'), body: { targetCount: 2, targetInvestmentYuan: 1 } });
      expect(proposed.statusCode, proposed.body).toBe(200);
    },
  },
  'GET /api/clusters': { url: () => '/api/clusters' },
  'GET /api/clusters/classify': { url: () => '/api/clusters/classify?industryCode=3973&areaCode=XY' },
  'GET /api/clusters/statistics': { url: () => '/api/clusters/statistics' },
  'GET /api/clusters/enterprises/:uscc': { url: () => `/api/clusters/enterprises/${enterpriseInScope}` },
};

/** Assessments and reform tasks the matrix acts on (made in beforeAll below, or found among the demo data). */
const matrix = { demoAssessment: 0, thirdParty: 0, scoring: 0, toSubmit: 0, assessorId: 0, ljAction: 0, doneAction: 0, proposedTask: 0, proposedForReplication: 0 };
const REFORM_TASK = { title: '矩阵改革任务', sourceKind: 'area-initiative', sourceReference: '矩阵', responsibleDepartmentCode: 'COMMERCE', areaCode: 'LJ' };
/** A fresh LJ annual assessment scored on every criterion by the FTZ Office, ready to submit. */
async function scoredAssessment(): Promise<number> {
  const analyst = await t.login('analyst');
  const made = await t.request('POST', '/api/assessments', { as: analyst, body: { kind: 'annual', areaCode: 'LJ', period: String(2100 + ++seq) } });
  expect(made.statusCode, made.body).toBe(201);
  const scores = (made.json().template.criteria as { key: string }[]).map((c) => ({ criterionKey: c.key, score: 80, evidence: 'matrix' }));
  expect((await t.request('PUT', `/api/assessments/${made.json().id}/scores`, { as: analyst, body: { scores } })).statusCode).toBe(200);
  return made.json().id;
}
/** A fresh LJ follow-up action its area officer has reported done, for the FTZ Office to verify. */
async function doneAction(): Promise<number> {
  const opened = await t.request('POST', `/api/assessments/${matrix.scoring}/actions`, { as: await t.login('analyst'), body: { title: 'matrix to verify', dueOn: '2027-01-01' } });
  expect(opened.statusCode, opened.body).toBe(201);
  const done = await t.request('POST', `/api/assessment-actions/${opened.json().id}/progress`, { as: await t.login('area-lj'), body: { move: 'done', note: 'matrix' } });
  expect(done.statusCode, done.body).toBe(200);
  return opened.json().id;
}
beforeAll(async () => {
  const db = t.ctx.db;
  const analyst = await t.login('analyst');
  matrix.demoAssessment = (await db.selectFrom('assessments').select('id').where('kind', '=', 'annual').where('area_code', '=', 'LJ').where('period', '=', '2025').executeTakeFirstOrThrow()).id;
  matrix.assessorId = (await db.selectFrom('accounts').select('id').where('username', '=', 'assessor').executeTakeFirstOrThrow()).id;
  matrix.ljAction = (await db.selectFrom('assessment_actions').select('id').where('owner_area_code', '=', 'LJ').where('status', '=', 'in_progress').orderBy('id').executeTakeFirstOrThrow()).id;
  matrix.proposedForReplication = (await db.selectFrom('reform_tasks').select('id').where('status', '=', 'proposed_for_replication').orderBy('id').executeTakeFirstOrThrow()).id;
  const thirdParty = await t.request('POST', '/api/assessments', { as: analyst, body: { kind: 'third_party_annual', areaCode: 'LJ', period: '2099' } });
  expect(thirdParty.statusCode, thirdParty.body).toBe(201);
  matrix.thirdParty = thirdParty.json().id;
  const scoring = await t.request('POST', '/api/assessments', { as: analyst, body: { kind: 'annual', areaCode: 'LJ', period: '2099' } });
  expect(scoring.statusCode, scoring.body).toBe(201);
  matrix.scoring = scoring.json().id;
  const evidence = { name: 'matrix.pdf', mediaType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4 matrix').toString('base64') };
  const scored = await t.request('PUT', `/api/assessments/${matrix.scoring}/scores`, { as: analyst, body: { scores: [{ criterionKey: 'leading-projects', score: 80, evidence: 'matrix', document: evidence }] } });
  expect(scored.statusCode, scored.body).toBe(200);
});

let indicatorWorkbook = '';
let indicatorSubmission = 0;
/** A one-row values workbook (the template's layout) as base64. */
async function valuesWorkbook(indicatorCode: string, period: string, value: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('values');
  ws.addRow(['indicatorCode', 'indicator', 'unit', 'period', 'value', 'reason']);
  ws.addRow([indicatorCode, null, null, period, value, null]);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
/** A fresh submission of the Liangjiang area officer awaiting the FTZ Office. */
async function pendingIndicatorSubmission(): Promise<number> {
  const res = await t.request('POST', '/api/indicators/submissions', { as: await t.login('area-lj'), body: { areaCode: 'LJ', reason: 'matrix', values: [{ indicatorCode: 'LOGISTICS_TRADE_CNY', period: '2025-03', value: ++seq }] } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

const PROJECT_BODY = { name: '矩阵测试项目', areaCode: 'LJ', industryCodes: ['6513'], totalInvestmentYuan: 1_000_000, foreignShare: 20 };
const OUTBOUND_BODY = { name: '矩阵境外项目', areaCode: 'LJ', destination: { countryCode: 'DE' }, industryCodes: ['3670'], chineseInvestmentUsd: 1_000_000, investorKind: 'local' };
let caseInScope = 0;

/** A one-measure edition only the administrator gets to load. */
const MATRIX_EDITION = {
  dataset: 'ftz-foreign-investment-negative-list', code: 'FTZ-2090-matrix', titleZh: '矩阵测试版', titleEn: 'Matrix test edition',
  instrument: 'test', issuedOn: '2090-01-01', effectiveFrom: '2090-02-01', measureCount: 1, reconstructed: false, industryCodeEdition: 'GB/T 4754-2017',
  sources: [{ title: 'authorization matrix', confidence: 'low' }],
  measures: [{ no: 1, section: 'M', textZh: '禁止投资人文社会科学研究机构', textEn: 'Humanities research institutions', industryCodes: ['7350'], restrictions: [{ type: 'PROHIBITED' }], wordingReconstructed: false }],
};

const PERMIT_FORM = { permitName: '矩阵测试许可', areaCode: 'LJ', enterpriseUscc: '91500000202897821P', description: 'matrix' };
let fileInScope = 0;
let applicantUserId = 0;
let documentInScope = 0;
let freshFile = 0;
/** A new LJ file submitted by the demo applicant. */
async function newFile(): Promise<number> {
  const res = await t.request('POST', '/api/files', { as: await t.login('applicant'), body: { type: 'permit-single', form: PERMIT_FORM } });
  expect(res.statusCode).toBe(201);
  return res.json().id as number;
}

const MATRIX_PROJECT = { name: '矩阵项目', areaCode: 'LJ', investorName: '矩阵投资方', investorCategory: 'private', direction: 'bringing_in', industryCode: '3491', totalInvestmentYuan: 1_000_000, negotiationStartedOn: '2026-11-01' };
const MATRIX_AGREEMENT = { kind: 'signed_agreement', name: 'agreement.pdf', mediaType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4 matrix agreement').toString('base64') };
/** An LJ project with a signed agreement (made in beforeAll), and the fresh one each stage change moves. */
let projectInScope = { id: 0, documentId: 0 };
let freshProject = 0;
/** A new LJ project under negotiation, registered by the LJ area officer. */
async function newProject(): Promise<number> {
  const res = await t.request('POST', '/api/projects', { as: await t.login('area-lj'), body: MATRIX_PROJECT });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

/** Everything a write could change, so a refused one can be shown to have changed nothing. */
async function snapshot() {
  const db = t.ctx.db;
  return {
    counts: Object.fromEntries(
      await Promise.all(
        (['accounts', 'audit_log', 'api_tokens', 'calendar_overrides', 'uscc_issued', 'deadlines', 'notifications', 'email_outbox', 'idempotency_keys'] as const).map(async (n) => [n, await t.count(n)] as const),
      ),
    ),
    accounts: await db.selectFrom('accounts').selectAll().orderBy('id').execute(),
    sessions: await db.selectFrom('sessions').select(['token_hash', 'expires_at']).orderBy('token_hash').execute(),
    // last_used_at moves whenever a token authenticates, refused request or not.
    tokens: await db.selectFrom('api_tokens').select(['id', 'account_id', 'name', 'revoked_at']).orderBy('id').execute(),
    overrides: await db.selectFrom('calendar_overrides').selectAll().orderBy('date').execute(),
    years: await db.selectFrom('calendar_published_years').selectAll().execute(),
    deadlines: await db.selectFrom('deadlines').selectAll().orderBy('id').execute(),
    notifications: await db.selectFrom('notifications').select(['id', 'read_at']).orderBy('id').execute(),
    issued: await db.selectFrom('uscc_issued').select('code').orderBy('code').execute(),
    blocks: await db.selectFrom('uscc_blocks').selectAll().execute(),
    auditHead: await db.selectFrom('audit_head').selectAll().execute(),
    investment: await db.selectFrom('investment_cases').select(['id', 'file_id', 'recordation_no']).orderBy('id').execute(),
    reports: await db.selectFrom('investment_reports').select('id').orderBy('id').execute(),
    names: await db.selectFrom('enterprise_names').select(['id', 'status']).orderBy('id').execute(),
    establishments: await db.selectFrom('establishment_applications').select(['id', 'status']).orderBy('id').execute(),
    changes: await db.selectFrom('change_applications').select(['id', 'status']).orderBy('id').execute(),
    followUps: await db.selectFrom('establishment_follow_ups').select(['id', 'status']).orderBy('id').execute(),
    notices: await db.selectFrom('deregistration_notices').select(['id', 'status']).orderBy('id').execute(),
    objections: await db.selectFrom('deregistration_objections').select('id').orderBy('id').execute(),
    liquidations: await db.selectFrom('liquidations').select(['id', 'status']).orderBy('id').execute(),
    assessments: await db.selectFrom('assessments').select(['id', 'status', 'assessor_account_id', 'total']).orderBy('id').execute(),
    assessmentScores: await db.selectFrom('assessment_scores').select(['assessment_id', 'criterion_key', 'score', 'evidence']).orderBy('assessment_id').orderBy('criterion_key').execute(),
    assessmentFindings: await db.selectFrom('assessment_findings').select('id').orderBy('id').execute(),
    assessmentActions: await db.selectFrom('assessment_actions').select(['id', 'status']).orderBy('id').execute(),
    assessmentActionUpdates: await db.selectFrom('assessment_action_updates').select('id').orderBy('id').execute(),
    reformTasks: await db.selectFrom('reform_tasks').select(['id', 'status', 'replication']).orderBy('id').execute(),
    reformEvents: await db.selectFrom('reform_task_events').select('id').orderBy('id').execute(),
    articles: await db.selectFrom('articles_filings').select('id').orderBy('id').execute(),
    riskAlerts: await db.selectFrom('risk_alerts').select(['id', 'status', 'escalations']).orderBy('id').execute(),
    indicatorValues: await db.selectFrom('indicator_values').select(['id', 'approved_value', 'pending_value', 'revision']).orderBy('id').execute(),
    indicatorSubmissions: await db.selectFrom('indicator_submissions').select(['id', 'status']).orderBy('id').execute(),
    indicatorHistory: await t.count('indicator_value_history'),
    files: await db.selectFrom('application_files').select(['id', 'version']).orderBy('id').execute(),
    projects: await db.selectFrom('investment_projects').select(['id', 'stage', 'stage_since']).orderBy('id').execute(),
    projectChanges: await db.selectFrom('project_stage_changes').select('id').orderBy('id').execute(),
    projectDocuments: await db.selectFrom('project_documents').select('id').orderBy('id').execute(),
    attractionTasks: await db.selectFrom('attraction_tasks').select('id').orderBy('id').execute(),
  };
}

const tokens = new Map<Caller, string>();
beforeAll(async () => {
  const enterprise = await t.ctx.db.selectFrom('enterprises').select('uscc').where('name', '=', '重庆两江云启软件有限公司').executeTakeFirstOrThrow();
  enterpriseInScope = enterprise.uscc;
  licensed = await t.ctx.db.transaction().execute((tx) =>
    issueLicence(
      tx,
      {
        uscc: enterprise.uscc, name: '重庆两江云启软件有限公司', entityType: '有限责任公司(自然人投资或控股)', legalRepresentative: '陈一', registeredCapitalYuan: 5_000_000,
        establishedOn: '2025-03-18', businessScope: '软件开发', domicile: '重庆市两江新区', registrationAuthority: '重庆两江新区市场监督管理局', integratedCertificates: [], areaCode: 'LJ',
      },
      'system:matrix',
      t.ctx.now(),
    ),
  );
  applicantUserId = (await t.login('applicant')).userId;
  fileInScope = await newFile();
  const doc = await t.request('POST', `/api/files/${fileInScope}/documents`, {
    as: await t.login('applicant'),
    body: { name: 'seed.pdf', mediaType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4 seed').toString('base64') },
  });
  expect(doc.statusCode).toBe(201);
  documentInScope = doc.json().id;
  // The target of PATCH /api/accounts/:id: an account of its own, since the administrator's allowed change promotes it.
  const target = await t.request('POST', '/api/accounts', { as: await t.login('admin'), body: { username: 'matrix-target', displayName: 'Target', password: 'matrix-password-1', role: 'applicant' } });
  expect(target.statusCode).toBe(201);
  targetId = target.json().id;
  const filed = await t.request('POST', '/api/investment/outbound', { as: await t.login('applicant'), body: OUTBOUND_BODY });
  expect(filed.statusCode).toBe(201);
  caseInScope = filed.json().id;
  const project = await newProject();
  const moved = await t.request('POST', `/api/projects/${project}/stage-changes`, { as: await t.login('area-lj'), body: { to: 'contracted', on: '2026-11-24', documents: [MATRIX_AGREEMENT] } });
  expect(moved.statusCode, moved.body).toBe(201);
  projectInScope = { id: project, documentId: moved.json().timeline[1].documents[0].id };
  const established = await t.request('POST', '/api/establishments', { as: await t.login('applicant'), body: validForm({ name: '重庆矩阵设立科技有限公司' }) });
  expect(established.statusCode, established.body).toBe(201);
  establishmentInScope = established.json().id;
  followUpInScope = established.json().followUps[0].id;
  changedEnterprise = established.json().uscc;
  const changed = await t.request('POST', `/api/enterprises/${changedEnterprise}/changes`, { as: await t.login('applicant'), body: { managers: [{ name: '矩阵经理', idType: 'resident-id', idNumber: residentId('19800101', 99) }] } });
  expect(changed.statusCode, changed.body).toBe(201);
  changeInScope = changed.json().id;
  const leaving = await registeredForApplicant('重庆矩阵注销科技有限公司');
  const notice = await t.request('POST', `/api/enterprises/${leaving.uscc}/summary-deregistration`, { as: await t.login('applicant'), body: { commitments: leaving.commitments, declarations: ALL_DECLARED } });
  expect(notice.statusCode, notice.body).toBe(201);
  noticeInScope = { uscc: leaving.uscc, id: notice.json().id };
  const individual = await t.request('POST', '/api/individual-businesses', { as: await t.login('applicant'), body: individualBusinessForm('重庆市渝北区矩阵茶馆') });
  expect(individual.statusCode, individual.body).toBe(201);
  const operator = individualBusinessForm('').operator;
  const pushed = await t.request('POST', `/api/enterprises/${individual.json().uscc}/summary-deregistration`, {
    as: await t.login('applicant'),
    body: { commitments: [{ name: operator.name, idNumber: operator.idNumber }], declarations: ALL_DECLARED },
  });
  expect(pushed.statusCode, pushed.body).toBe(201);
  pushedCaseInScope = pushed.json().id;
  // A warning of the zone's, owned by the FTZ Office: written directly, as the rules need approved indicator series.
  riskAlertInScope = (
    await t.ctx.db
      .insertInto('risk_alerts')
      .values({ rule_code: 'RISK-02', area_code: null, period: '2020', level: 'yellow', owner: 'ftz-office', status: 'open', finding: JSON.stringify({ period: '2020', observed: 80, compared: 85, zh: '矩阵', en: 'matrix' }) })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const articles = await t.request('POST', `/api/enterprises/${changedEnterprise}/articles`, {
    as: await t.login('applicant'),
    body: { name: 'seed.pdf', mediaType: 'application/pdf', contentBase64: Buffer.from('%PDF-1.4 seed').toString('base64'), adoptedOn: '2026-11-20' },
  });
  expect(articles.statusCode, articles.body).toBe(201);
  articlesInScope = articles.json().id;
  const closing = await registeredForApplicant('重庆矩阵清算科技有限公司');
  const liquidation = await t.request('POST', `/api/enterprises/${closing.uscc}/liquidation`, { as: await t.login('applicant'), body: LIQUIDATION_FILING });
  expect(liquidation.statusCode, liquidation.body).toBe(201);
  liquidationInScope = { uscc: closing.uscc, id: liquidation.json().id };
  for (const caller of CALLERS) {
    if (caller === 'public') continue;
    const s = await t.login(USERNAME[caller]);
    const res = await t.request('POST', '/api/me/tokens', { as: s, body: { name: 'matrix caller' } });
    expect(res.statusCode).toBe(201);
    tokens.set(caller, res.json().secret);
  }
});

async function callerFor(caller: Caller, via: Via, fresh: boolean): Promise<Caller$> {
  if (caller === 'public') return { caller, via, headers: {} };
  if (via === 'token') return { caller, via, headers: { authorization: `Bearer ${tokens.get(caller)}` } };
  const session = fresh ? await freshLogin(USERNAME[caller]) : await t.login(USERNAME[caller]);
  return { caller, via, session, headers: { cookie: session.cookie } };
}

async function freshLogin(username: string): Promise<Session> {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
  expect(res.statusCode).toBe(200);
  return { cookie: `zimao_session=${res.cookies.find((c) => c.name === 'zimao_session')?.value}`, csrfToken: res.json().csrfToken, userId: res.json().user.id };
}

const cases = Object.entries(POLICY).flatMap(([route, statuses]) => CALLERS.map((caller, i) => ({ route, caller, expected: statuses[i]! })));

describe('the policy table', () => {
  it('covers every route the app serves, and only those', () => {
    // Every documented route (the OpenAPI document lists all but itself and its viewer).
    const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const served = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const expected = Object.keys(POLICY).filter((k) => k !== 'GET /api/openapi.json');
    expect(served.sort()).toEqual(expected.sort());
    expect(Object.keys(REQUESTS).sort()).toEqual(Object.keys(POLICY).sort());
    for (const key of Object.keys(POLICY)) {
      const [method, url] = key.split(' ') as ['GET', string];
      expect(t.app.hasRoute({ method, url }), key).toBe(true);
    }
  });
});

for (const via of ['session', 'token'] as const) {
  describe(`permission matrix (${via})`, () => {
    it.each(cases)('$route as $caller → $expected', async ({ route, caller, expected }) => {
      const spec = REQUESTS[route]!;
      const [method] = route.split(' ') as ['GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'];
      await spec.prepare?.();
      const c = await callerFor(caller, via, spec.freshSession === true);
      const url = await spec.url(c);
      const body = spec.body?.(c);
      const write = method !== 'GET';
      const refused = expected === 401 || expected === 403;
      const before = write && refused ? await snapshot() : undefined;

      const headers: Record<string, string> = { ...c.headers };
      if (write && c.session) headers['x-csrf-token'] = c.session.csrfToken;
      const res = await t.app.inject({ method, url, headers, ...(body !== undefined ? { payload: body as object } : {}) });

      expect(res.statusCode, `${route} as ${caller} via ${via}: ${res.body.slice(0, 300)}`).toBe(expected);
      if (expected === 401) expect(errorOf(res).code).toBe('UNAUTHENTICATED');
      if (expected === 403) expect(errorOf(res).code).toBe('FORBIDDEN');
      if (before) expect(await snapshot()).toEqual(before);
    });
  });
}

describe('area confinement of enterprises', () => {
  const byArea = async () => {
    const rows = await t.ctx.db.selectFrom('enterprises').selectAll().execute();
    return {
      all: rows,
      lj: rows.filter((r) => r.area_code === 'LJ'),
      xy: rows.filter((r) => r.area_code === 'XY'),
      ofApplicant: async () => {
        const id = (await t.ctx.db.selectFrom('accounts').select('id').where('username', '=', 'applicant').executeTakeFirstOrThrow()).id;
        return rows.filter((r) => r.owner_account_id === id);
      },
    };
  };

  it('shows an area officer only the enterprises of its area, totals included', async () => {
    const { lj, all } = await byArea();
    expect(new Set(all.map((r) => r.area_code))).toEqual(new Set(['LJ', 'XY', 'GYG']));
    const s = await t.login('area-lj');
    const res = await t.request('GET', '/api/enterprises?limit=200', { as: s });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: { uscc: string; areaCode: string }[]; total: number };
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((i) => i.areaCode === 'LJ')).toBe(true);
    expect(body.items.map((i) => i.uscc).sort()).toEqual(lj.map((r) => r.uscc).sort());
    expect(body.total).toBe(lj.length);
    // Paging does not leak the size of the whole register.
    const page = (await t.request('GET', '/api/enterprises?limit=1&offset=0', { as: s })).json();
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(lj.length);
    const own = await t.request('GET', '/api/enterprises?areaCode=LJ', { as: s });
    expect(own.statusCode).toBe(200);
    expect(own.json().total).toBe(lj.length);

    const xy = await t.login('area-xy');
    const xyItems = (await t.request('GET', '/api/enterprises', { as: xy })).json().items as { areaCode: string }[];
    expect(xyItems.length).toBeGreaterThan(0);
    expect(xyItems.every((i) => i.areaCode === 'XY')).toBe(true);
  });

  it.each(['XY', 'GYG', 'xy', 'LJ-YZ', 'CQFTZ'])('refuses area-lj a listing of ?areaCode=%s with 403 naming areaCode', async (areaCode) => {
    const s = await t.login('area-lj');
    const res = await t.request('GET', `/api/enterprises?areaCode=${areaCode}`, { as: s });
    expect(errorOf(res)).toMatchObject({ status: 403, code: 'FORBIDDEN', field: 'areaCode' });
    const { xy } = await byArea();
    for (const e of xy) {
      expect(res.body).not.toContain(e.uscc);
      expect(res.body).not.toContain(e.name);
    }
  });

  it('refuses area-lj an XY enterprise by credit code with 403 and none of its data', async () => {
    const { xy } = await byArea();
    expect(xy.length).toBeGreaterThan(0);
    const s = await t.login('area-lj');
    for (const e of xy) {
      for (const code of [e.uscc, e.uscc.toLowerCase()]) {
        const res = await t.request('GET', `/api/enterprises/${code}`, { as: s });
        expect(errorOf(res)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
        expect(res.body).not.toContain(e.name);
        expect(res.body).not.toContain(e.established_on);
        expect(res.body).not.toContain(`"${e.industry_code}"`);
        expect(res.body).not.toContain(e.district_code);
        expect(Object.keys(res.json())).toEqual(['error']);
      }
    }
    // Via an API token, too.
    const token = (await t.request('POST', '/api/me/tokens', { as: s, body: { name: 'lj robot' } })).json().secret as string;
    const viaToken = await t.app.inject({ method: 'GET', url: `/api/enterprises/${xy[0]!.uscc}`, headers: { authorization: `Bearer ${token}` } });
    expect(errorOf(viaToken)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(viaToken.body).not.toContain(xy[0]!.name);
    const listed = (await t.app.inject({ method: 'GET', url: '/api/enterprises', headers: { authorization: `Bearer ${token}` } })).json().items as { areaCode: string }[];
    expect(listed.every((i) => i.areaCode === 'LJ')).toBe(true);
  });

  it('answers area-lj its own area’s enterprise in full', async () => {
    const { lj } = await byArea();
    const s = await t.login('area-lj');
    const res = await t.request('GET', `/api/enterprises/${lj[0]!.uscc.toLowerCase()}`, { as: s });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ uscc: lj[0]!.uscc, name: lj[0]!.name, areaCode: 'LJ' });
  });

  it('shows the applicant only the enterprises it owns, in any area', async () => {
    const { all, ofApplicant } = await byArea();
    const owned = await ofApplicant();
    // The two demo enterprises, and those this file registers for the applicant (POST /api/establishments).
    expect(owned.length).toBeGreaterThanOrEqual(2);
    const s = await t.login('applicant');
    const body = (await t.request('GET', '/api/enterprises?limit=200', { as: s })).json() as { items: { uscc: string }[]; total: number };
    expect(body.items.map((i) => i.uscc).sort()).toEqual(owned.map((r) => r.uscc).sort());
    expect(body.total).toBe(owned.length);
    for (const e of owned) {
      const res = await t.request('GET', `/api/enterprises/${e.uscc}`, { as: s });
      expect(res.statusCode).toBe(200);
      expect(res.json().name).toBe(e.name);
    }
    const others = all.filter((r) => !owned.some((o) => o.uscc === r.uscc));
    expect(others.length).toBeGreaterThan(0);
    for (const e of others) {
      const res = await t.request('GET', `/api/enterprises/${e.uscc}`, { as: s });
      expect(errorOf(res)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
      expect(res.body).not.toContain(e.name);
    }
    // Filtering by an area never widens the applicant's scope.
    const gyg = (await t.request('GET', '/api/enterprises?areaCode=GYG', { as: s })).json();
    expect(gyg).toEqual({ items: [], total: 0 });
  });

  it.each(['analyst', 'inspector', 'admin', 'window', 'reviewer'])('lets %s see every area', async (username) => {
    const { all, xy } = await byArea();
    const s = await t.login(username);
    const body = (await t.request('GET', '/api/enterprises?limit=200', { as: s })).json() as { items: { areaCode: string }[]; total: number };
    expect(body.total).toBe(all.length);
    expect(new Set(body.items.map((i) => i.areaCode))).toEqual(new Set(['LJ', 'XY', 'GYG']));
    const xyOnly = (await t.request('GET', '/api/enterprises?areaCode=XY', { as: s })).json() as { items: { areaCode: string }[] };
    expect(xyOnly.items.length).toBe(xy.length);
    const one = await t.request('GET', `/api/enterprises/${xy[0]!.uscc}`, { as: s });
    expect(one.statusCode).toBe(200);
    expect(one.json().name).toBe(xy[0]!.name);
  });

  it('answers 404 for an unknown credit code and 400 for a malformed one', async () => {
    const s = await t.login('analyst');
    expect(errorOf(await t.request('GET', '/api/enterprises/91500000MA0000000X', { as: s }))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(errorOf(await t.request('GET', `/api/enterprises/${'9'.repeat(19)}`, { as: s }))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'uscc' });
    expect(errorOf(await t.request('GET', '/api/enterprises?limit=0', { as: s }))).toMatchObject({ status: 400, field: 'limit' });
    // A NUL character cannot reach the database (PostgreSQL text refuses it): 400, never a 500.
    expect(errorOf(await t.request('GET', '/api/enterprises/9150%00', { as: s }))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'uscc' });
    expect(errorOf(await t.request('GET', '/api/enterprises?areaCode=LJ%00', { as: s }))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'areaCode' });
    const lj = await t.login('area-lj');
    expect(errorOf(await t.request('GET', '/api/enterprises?areaCode=LJ%00', { as: lj }))).toMatchObject({ status: 400, code: 'INVALID_REQUEST', field: 'areaCode' });
  });
});
