// Investment cases over HTTP: filing a foreign-funded project or an outbound investment (applicant, or a window
// officer at the counter), reading cases within one's scope, post-investment reports of outbound cases, and the FTZ
// Office's security-review list, and the public vocabularies of the filing forms. Every write goes through auditedWrite.
import { z } from 'zod';
import { Permission } from '../../../domain/access/permissions.ts';
import { ErrorResponse, PageQuery, SerialId } from '../../../schemas/common.ts';
import {
  CaseListQuery,
  CaseListResponse,
  CreateOutboundRequest,
  CreateProjectRequest,
  CreateReportRequest,
  InvestmentCaseDetail,
  InvestmentReportView,
  InvestmentVocabulariesResponse,
  SecurityReviewListResponse,
} from '../../../schemas/investment.ts';
import type { AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import * as investment from './service.ts';

const tags = ['investment'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };

export function registerInvestmentRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/investment/projects',
    {
      schema: {
        tags,
        summary: 'File a foreign-funded investment project: recordation with a receipt number at once, or a project-approval file; flagged for security review where due',
        body: CreateProjectRequest,
        response: { 201: InvestmentCaseDetail, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.INVESTMENT_FILE);
      return auditedWrite(ctx, req, reply, { action: 'investment.project.file' }, async (tx) => {
        const filed = await investment.createProjectCase(ctx, tx, actor, req.body);
        const summary = { caseId: filed.id, procedure: filed.procedure, recordationNo: filed.recordationNo, fileId: filed.fileId, flagged: filed.flagged };
        return { body: filed, status: 201, subject: `investment:${filed.id}`, summary };
      });
    },
  );
  app.post(
    '/api/investment/outbound',
    {
      schema: {
        tags,
        summary: 'File an outbound investment (Trial Measures Art. 17): an outbound-recordation (7 working days) or outbound-approval file on the NDRC track',
        body: CreateOutboundRequest,
        response: { 201: InvestmentCaseDetail, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.INVESTMENT_FILE);
      return auditedWrite(ctx, req, reply, { action: 'investment.outbound.file' }, async (tx) => {
        const filed = await investment.createOutboundCase(ctx, tx, actor, req.body);
        return { body: filed, status: 201, subject: `investment:${filed.id}`, summary: { caseId: filed.id, procedure: filed.procedure, fileId: filed.fileId } };
      });
    },
  );
  app.get(
    '/api/investment/cases',
    { schema: { tags, summary: 'Investment cases within your scope (applicants: own; area officers: own area; FTZ Office, window: all)', querystring: CaseListQuery, response: { 200: CaseListResponse, ...errors } } },
    async (req) => investment.listCases(ctx.db, requirePermission(req, Permission.INVESTMENT_READ), req.query),
  );
  app.get(
    '/api/investment/cases/:id',
    { schema: { tags, summary: 'One investment case: classification, receipt or file, security review, reports', params: z.object({ id: SerialId }), response: { 200: InvestmentCaseDetail, ...errors } } },
    async (req) => investment.getCase(ctx, ctx.db, requirePermission(req, Permission.INVESTMENT_READ), req.params.id),
  );
  app.post(
    '/api/investment/cases/:id/reports',
    {
      schema: {
        tags,
        summary: 'Append a post-investment report to an outbound case: status (per period), incident, or the overseas-risk contact (409 on a foreign project)',
        params: z.object({ id: SerialId }),
        body: CreateReportRequest,
        response: { 201: InvestmentReportView, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.INVESTMENT_FILE);
      await investment.assertMayReport(ctx.db, actor, req.params.id);
      return auditedWrite(ctx, req, reply, { action: `investment.report.${req.body.kind}`, subject: `investment:${req.params.id}` }, async (tx) => {
        const report = await investment.addReport(ctx, tx, actor, req.params.id, req.body);
        return { body: report, status: 201, summary: { reportId: report.id, kind: report.kind, period: report.period } };
      });
    },
  );
  app.get(
    '/api/investment/vocabularies',
    {
      schema: {
        tags,
        summary: 'The keys the filing forms take, with Chinese and English names: security-review fields, sensitivity dimensions, sensitive-country categories and industries (public reference data)',
        response: { 200: InvestmentVocabulariesResponse },
      },
    },
    async () => investment.vocabularies(ctx),
  );
  app.get(
    '/api/investment/security-review',
    {
      schema: {
        tags,
        summary: 'Foreign projects and foreign-invested establishments flagged for national security review, with their grounds (FTZ Office)',
        querystring: PageQuery,
        response: { 200: SecurityReviewListResponse, ...errors },
      },
    },
    async (req) => investment.listSecurityReview(ctx.db, requirePermission(req, Permission.SECURITY_REVIEW_READ), req.query),
  );
}
