// The FTZ Office's dashboards over HTTP (issue 7): the figures of a year as JSON for the web app, and the same figures
// as an Excel workbook and a printable PDF. Reads only: nothing is written, so nothing is audited.
import { Permission } from '../../../domain/access/permissions.ts';
import { ErrorResponse } from '../../../schemas/common.ts';
import { DashboardQuery, DashboardResponse } from '../../../schemas/dashboards.ts';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import { dashboardPdf } from './report-pdf.ts';
import { dashboardWorkbook } from './report-workbook.ts';
import { dashboard } from './service.ts';

const tags = ['dashboards'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerDashboardRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/dashboards/overview',
    { schema: { tags, summary: 'The zone and its areas side by side for a year: register, new enterprises by month, sections, clusters, pipeline, targets, map', querystring: DashboardQuery, response: { 200: DashboardResponse, ...errors } } },
    async (req) => dashboard(ctx, requirePermission(req, Permission.DASHBOARDS_READ), req.query),
  );
  app.get(
    '/api/dashboards/report.xlsx',
    { schema: { tags, summary: 'The dashboard of a year as an Excel workbook (one sheet per view)', querystring: DashboardQuery, response: { 200: z.unknown().describe('The .xlsx bytes'), ...errors } } },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.DASHBOARDS_READ);
      const d = await dashboard(ctx, actor, req.query);
      const bytes = await dashboardWorkbook(d, actor.account.username);
      return reply.type(XLSX).header('content-disposition', `attachment; filename="cqftz-report-${d.year}.xlsx"`).send(bytes);
    },
  );
  app.get(
    '/api/dashboards/report.pdf',
    { schema: { tags, summary: 'The printable report of a year (PDF, A4)', querystring: DashboardQuery, response: { 200: z.unknown().describe('The PDF bytes'), ...errors } } },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.DASHBOARDS_READ);
      const d = await dashboard(ctx, actor, req.query);
      const bytes = await dashboardPdf(d, actor.account.username);
      return reply.type('application/pdf').header('content-disposition', `inline; filename="cqftz-report-${d.year}.pdf"`).send(bytes);
    },
  );
}
