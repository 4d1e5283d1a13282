// Targets and indicators over HTTP (issue 7): the catalogue with progress, one indicator's series, the scorecard,
// and the values areas submit (form, workbook, template) for the FTZ Office to approve or return, with each value's
// history. Every write goes through auditedWrite; who may act is checked before it begins.
import { z } from 'zod';
import { Permission } from '../../../domain/access/permissions.ts';
import { ErrorResponse, SerialId } from '../../../schemas/common.ts';
import {
  ApproveRequest,
  CatalogueResponse,
  CreateSubmissionRequest,
  HistoryQuery,
  HistoryResponse,
  ReturnRequest,
  ScorecardQuery,
  ScorecardResponse,
  SeriesQuery,
  SeriesResponse,
  SubmissionDetail,
  SubmissionListQuery,
  SubmissionListResponse,
  TemplateQuery,
  UploadSubmissionRequest,
} from '../../../schemas/indicators.ts';
import type { AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import * as indicators from './service.ts';

const tags = ['indicators'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const IndicatorCode = z.string().regex(/^[A-Z][A-Z0-9_]{0,59}$/, 'an indicator code such as FDI_USD');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerIndicatorRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/indicators',
    { schema: { tags, summary: 'The indicator catalogue: every target of the Plan (T01–T22) with its progress for the zone, traffic light and reason; the 2017 baselines', response: { 200: CatalogueResponse, ...errors } } },
    async (req) => {
      requirePermission(req, Permission.INDICATORS_READ);
      return indicators.catalogueView(ctx);
    },
  );
  app.get(
    '/api/indicators/scorecard',
    { schema: { tags, summary: 'Areas × indicators for a period, each cell with its value and light (area officers: their area and the zone)', querystring: ScorecardQuery, response: { 200: ScorecardResponse, ...errors } } },
    async (req) => indicators.scorecardView(ctx, requirePermission(req, Permission.INDICATORS_READ), req.query.period),
  );
  app.get(
    '/api/indicators/:code/series',
    {
      schema: {
        tags,
        summary: 'One indicator at one scope: its approved values by month, quarter or year, its targets with trajectory, light and forecast',
        params: z.object({ code: IndicatorCode }),
        querystring: SeriesQuery,
        response: { 200: SeriesResponse, ...errors },
      },
    },
    async (req) => indicators.seriesView(ctx, requirePermission(req, Permission.INDICATORS_READ), req.params.code, req.query),
  );
  app.get(
    '/api/indicators/:code/history',
    {
      schema: { tags, summary: 'The history of one value: every submission, approval and return, who, when, old → new and why', params: z.object({ code: IndicatorCode }), querystring: HistoryQuery, response: { 200: HistoryResponse, ...errors } },
    },
    async (req) => indicators.valueHistory(ctx.db, requirePermission(req, Permission.INDICATORS_READ), { indicatorCode: req.params.code, ...req.query }),
  );
  app.get(
    '/api/indicators/template',
    {
      schema: {
        tags,
        summary: 'The Excel workbook to fill in for an area (or CQFTZ) and a range of months, current values filled in',
        querystring: TemplateQuery,
        response: { 200: z.unknown().describe('The .xlsx bytes'), ...errors },
      },
    },
    async (req, reply) => {
      const { bytes, fileName } = await indicators.valuesTemplate(ctx, requirePermission(req, Permission.INDICATORS_SUBMIT), req.query);
      return reply.type(XLSX).header('content-disposition', `attachment; filename="${fileName}"`).send(bytes);
    },
  );
  app.get(
    '/api/indicators/submissions',
    { schema: { tags, summary: 'Submissions within your scope, newest first (area officers: their own area)', querystring: SubmissionListQuery, response: { 200: SubmissionListResponse, ...errors } } },
    async (req) => indicators.listSubmissions(ctx.db, requirePermission(req, Permission.INDICATORS_READ), req.query),
  );
  app.get(
    '/api/indicators/submissions/:id',
    { schema: { tags, summary: 'One submission with its values and what became of each', params: z.object({ id: SerialId }), response: { 200: SubmissionDetail, ...errors } } },
    async (req) => indicators.getSubmission(ctx.db, requirePermission(req, Permission.INDICATORS_READ), req.params.id),
  );
  app.post(
    '/api/indicators/submissions',
    {
      schema: {
        tags,
        summary: 'Submit values per period (form): every problem is listed by item, and a submission with any problem stores nothing',
        body: CreateSubmissionRequest,
        response: { 201: SubmissionDetail, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.INDICATORS_SUBMIT);
      indicators.assertMayEnter(actor, req.body.areaCode);
      return auditedWrite(ctx, req, reply, { action: 'indicators.submit' }, async (tx) => {
        const s = await indicators.submitValues(ctx, tx, actor, req.body);
        return { body: s, status: 201, subject: `indicator-submission:${s.id}`, summary: { submissionId: s.id, areaCode: s.areaCode, values: s.valueCount, unchanged: s.unchanged } };
      });
    },
  );
  app.post(
    '/api/indicators/submissions/upload',
    {
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Submit the values of a filled-in template workbook: every problem is listed by sheet, row and column, and nothing is stored from a rejected file',
        body: UploadSubmissionRequest,
        response: { 201: SubmissionDetail, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.INDICATORS_SUBMIT);
      indicators.assertMayEnter(actor, req.body.areaCode);
      return auditedWrite(ctx, req, reply, { action: 'indicators.upload' }, async (tx) => {
        const s = await indicators.uploadValues(ctx, tx, actor, req.body);
        return { body: s, status: 201, subject: `indicator-submission:${s.id}`, summary: { submissionId: s.id, areaCode: s.areaCode, values: s.valueCount, fileName: s.fileName } };
      });
    },
  );
  for (const [verb, body] of [['approve', ApproveRequest], ['return', ReturnRequest]] as const) {
    app.post(
      `/api/indicators/submissions/:id/${verb}`,
      {
        schema: {
          tags,
          summary: verb === 'approve' ? 'Approve a submission: its values count from now on (FTZ Office; never one’s own)' : 'Return a submission to the area with the reason; the approved values stay as they were',
          params: z.object({ id: SerialId }),
          body,
          response: { 200: SubmissionDetail, ...errors },
        },
      },
      async (req, reply) => {
        const actor = requirePermission(req, Permission.INDICATORS_APPROVE);
        await indicators.assertMayDecide(ctx.db, actor, req.params.id);
        return auditedWrite(ctx, req, reply, { action: `indicators.${verb}`, subject: `indicator-submission:${req.params.id}` }, async (tx) => {
          const b = req.body as { note?: string; reason?: string };
          const s = verb === 'approve' ? await indicators.approveSubmission(ctx, tx, actor, req.params.id, b.note) : await indicators.returnSubmission(ctx, tx, actor, req.params.id, b.reason!);
          return { body: s, summary: { submissionId: s.id, status: s.status, values: s.items.filter((i) => i.state === (verb === 'approve' ? 'approved' : 'returned')).length } };
        });
      },
    );
  }
}
