// Area assessments over HTTP (Plan V.(IV); Trial Measures Art. 8): the templates (public), the assessments within
// the reader's scope, the FTZ Office's creation and assignment, scoring with evidence and submission by the scorer,
// findings, closure. Follow-up actions are in action-routes.ts. Every write goes through auditedWrite; permission,
// scope and the scorer are checked before it begins, so a refused caller writes nothing.
import { z } from 'zod';
import { Permission } from '../../../domain/access/permissions.ts';
import {
  AssessmentDetail,
  AssessmentListQuery,
  AssessmentListResponse,
  AssessorsResponse,
  AssignAssessorRequest,
  CreateAssessmentRequest,
  CreateFindingRequest,
  PutScoresRequest,
  TemplatesResponse,
} from '../../../schemas/assessments.ts';
import { ErrorResponse, SerialId } from '../../../schemas/common.ts';
import type { AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import { registerAssessmentActionRoutes } from './action-routes.ts';
import * as assessments from './service.ts';

const tags = ['assessments'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const params = z.object({ id: SerialId });
const subject = (id: number) => `assessment:${id}`;
const outcome = (a: AssessmentDetail, status = 200) => ({ body: a, status, subject: subject(a.id), summary: { status: a.status, total: a.result.total, complete: a.result.complete } });

export function registerAssessmentRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/assessments/templates',
    { schema: { tags, summary: 'Assessment templates with weighted criteria, scales and grade bands (public reference data; the weights are zimao’s proposal)', response: { 200: TemplatesResponse, 400: ErrorResponse } } },
    async () => assessments.listTemplates(),
  );
  app.get(
    '/api/assessments/assessors',
    { schema: { tags, summary: 'Active assessor accounts a third-party assessment may be assigned to (FTZ Office)', response: { 200: AssessorsResponse, ...errors } } },
    async (req) => {
      requirePermission(req, Permission.ASSESSMENTS_MANAGE);
      return assessments.listAssessors(ctx.db);
    },
  );
  app.get(
    '/api/assessments',
    { schema: { tags, summary: 'Assessments within your scope (FTZ Office: all; area officers: their area; assessors: those assigned to them)', querystring: AssessmentListQuery, response: { 200: AssessmentListResponse, ...errors } } },
    async (req) => assessments.listAssessments(ctx.db, requirePermission(req, Permission.ASSESSMENTS_READ), req.query),
  );
  app.post(
    '/api/assessments',
    { schema: { tags, summary: 'Create an assessment of an area for a period on a template version (FTZ Office); one per kind, area and period', body: CreateAssessmentRequest, response: { 201: AssessmentDetail, ...errors } } },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ASSESSMENTS_MANAGE);
      return auditedWrite(ctx, req, reply, { action: 'assessment.create' }, async (tx) => outcome(await assessments.createAssessment(ctx, tx, actor, req.body), 201));
    },
  );
  app.get(
    '/api/assessments/:id',
    { schema: { tags, summary: 'One assessment: criteria with weights, scores with evidence, total and grade, findings, follow-up actions', params, response: { 200: AssessmentDetail, ...errors } } },
    async (req) => assessments.getAssessment(ctx, ctx.db, requirePermission(req, Permission.ASSESSMENTS_READ), req.params.id),
  );
  app.post(
    '/api/assessments/:id/assign',
    { schema: { tags, summary: 'Assign a third-party assessment in progress to an assessor (FTZ Office)', params, body: AssignAssessorRequest, response: { 200: AssessmentDetail, ...errors } } },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ASSESSMENTS_MANAGE);
      return auditedWrite(ctx, req, reply, { action: 'assessment.assign', subject: subject(req.params.id) }, async (tx) => outcome(await assessments.assignAssessor(ctx, tx, actor, req.params.id, req.body)));
    },
  );
  app.put(
    '/api/assessments/:id/scores',
    {
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Score criteria within their scales, each with evidence (and optionally a document of at most 2 MB): the FTZ Office its own assessments, the assigned assessor a third-party one',
        params,
        body: PutScoresRequest,
        response: { 200: AssessmentDetail, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ASSESSMENTS_SCORE);
      await assessments.assertMayScore(ctx.db, actor, req.params.id);
      return auditedWrite(ctx, req, reply, { action: 'assessment.score', subject: subject(req.params.id) }, async (tx) => outcome(await assessments.putScores(ctx, tx, actor, req.params.id, req.body)));
    },
  );
  app.get(
    '/api/assessments/:id/scores/:criterionKey/document',
    {
      schema: {
        tags,
        summary: 'Download the evidence document of a criterion’s score',
        params: z.object({ id: SerialId, criterionKey: z.string().min(1).max(60).regex(/^[a-z][a-z0-9-]*$/) }),
        response: { 200: z.unknown().describe('The document bytes, with its media type'), ...errors },
      },
    },
    async (req, reply) => {
      const doc = await assessments.getEvidenceDocument(ctx.db, requirePermission(req, Permission.ASSESSMENTS_READ), req.params.id, req.params.criterionKey);
      return reply
        .type(doc.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.name)}`)
        .header('x-content-sha256', doc.sha256)
        .send(doc.content);
    },
  );
  app.post(
    '/api/assessments/:id/submit',
    { schema: { tags, summary: 'Submit a fully scored assessment: the weighted total and grade are fixed (the scorer)', params, response: { 200: AssessmentDetail, ...errors } } },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ASSESSMENTS_SCORE);
      await assessments.assertMayScore(ctx.db, actor, req.params.id);
      return auditedWrite(ctx, req, reply, { action: 'assessment.submit', subject: subject(req.params.id) }, async (tx) => outcome(await assessments.submitAssessment(ctx, tx, actor, req.params.id)));
    },
  );
  app.post(
    '/api/assessments/:id/findings',
    { schema: { tags, summary: 'Record a finding: strength, problem, bottleneck, suggestion, innovation case or replicable experience (the scorer or the FTZ Office)', params, body: CreateFindingRequest, response: { 201: AssessmentDetail, ...errors } } },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ASSESSMENTS_SCORE);
      await assessments.assertMayRecordFinding(ctx.db, actor, req.params.id);
      return auditedWrite(ctx, req, reply, { action: `assessment.finding.${req.body.kind}`, subject: subject(req.params.id) }, async (tx) => outcome(await assessments.addFinding(ctx, tx, actor, req.params.id, req.body), 201));
    },
  );
  app.post(
    '/api/assessments/:id/close',
    { schema: { tags, summary: 'Close a submitted assessment once every follow-up action is closed (FTZ Office)', params, response: { 200: AssessmentDetail, ...errors } } },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ASSESSMENTS_MANAGE);
      return auditedWrite(ctx, req, reply, { action: 'assessment.close', subject: subject(req.params.id) }, async (tx) => outcome(await assessments.closeAssessment(ctx, tx, actor, req.params.id)));
    },
  );
  registerAssessmentActionRoutes(app, ctx);
}
