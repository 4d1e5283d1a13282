// Investment projects over HTTP (issue 7; Plan V.(II), V.(VI)): the register of each area's projects, stage changes
// with evidence, their documents, the stalled alerts, the land-priority ranking and the pipeline per area. Area
// officers manage their own area's projects; the FTZ Office and the administrator read all. A refusal (403) is decided
// before the write begins, so it changes nothing. Every write goes through auditedWrite.
import { z } from 'zod';
import { Permission } from '../../../domain/access/permissions.ts';
import { ErrorResponse, SerialId } from '../../../schemas/common.ts';
import {
  AreaQuery,
  CreateProjectRequest,
  LandPriorityListResponse,
  PipelineResponse,
  ProjectDetail,
  ProjectListQuery,
  ProjectListResponse,
  StageChangeRequest,
  StalledListResponse,
} from '../../../schemas/projects.ts';
import type { AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import { registerAttractionTaskRoutes } from './attraction-routes.ts';
import { registerClusterRoutes } from './cluster-routes.ts';
import { assertMayManageArea, assertProjectInScope } from './project-scope.ts';
import * as projects from './service.ts';

const tags = ['projects'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };
const Id = z.object({ id: SerialId });

export function registerProjectRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/projects',
    { schema: { tags, summary: 'Investment projects within your scope (area officers: own area; FTZ Office: all), newest first', querystring: ProjectListQuery, response: { 200: ProjectListResponse, ...errors } } },
    async (req) => projects.listProjects(ctx, ctx.db, requirePermission(req, Permission.PROJECTS_READ), req.query),
  );
  app.post(
    '/api/projects',
    { schema: { tags, summary: 'Register a project of your area under negotiation (Plan V.(II))', body: CreateProjectRequest, response: { 201: ProjectDetail, ...errors } } },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.PROJECTS_MANAGE);
      assertMayManageArea(actor, req.body.areaCode, 'areaCode');
      return auditedWrite(ctx, req, reply, { action: 'project.create' }, async (tx) => {
        const created = await projects.createProject(ctx, tx, actor, req.body);
        return { body: created, status: 201, subject: `project:${created.id}`, summary: { projectId: created.id, areaCode: created.areaCode, stage: created.stage } };
      });
    },
  );
  app.get(
    '/api/projects/stalled',
    { schema: { tags, summary: 'Stalled projects: longer in their stage than its threshold (pipeline-rules.json), longest over first', querystring: AreaQuery, response: { 200: StalledListResponse, ...errors } } },
    async (req) => projects.listStalled(ctx, ctx.db, requirePermission(req, Permission.PROJECTS_READ), req.query),
  );
  app.get(
    '/api/projects/land-priority',
    { schema: { tags, summary: 'Projects waiting for land ranked per area by their land-priority score (Plan V.(VI)), with every input', querystring: AreaQuery, response: { 200: LandPriorityListResponse, ...errors } } },
    async (req) => projects.landPriorityList(ctx, ctx.db, requirePermission(req, Permission.PROJECTS_READ), req.query),
  );
  app.get(
    '/api/projects/pipeline',
    { schema: { tags, summary: 'Per area: projects per stage, conversion to the next stage, days in stage, stalled', querystring: AreaQuery, response: { 200: PipelineResponse, ...errors } } },
    async (req) => projects.pipelineReport(ctx, ctx.db, requirePermission(req, Permission.PROJECTS_READ), req.query),
  );
  app.get(
    '/api/projects/:id',
    { schema: { tags, summary: 'One project: cluster classification and fit, land-priority score with its inputs, stage timeline with evidence, next moves', params: Id, response: { 200: ProjectDetail, ...errors } } },
    async (req) => projects.getProject(ctx, ctx.db, requirePermission(req, Permission.PROJECTS_READ), req.params.id),
  );
  app.post(
    '/api/projects/:id/stage-changes',
    {
      bodyLimit: 9 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Move a project of your area to its next stage (or drop it) with the date and the evidence the stage needs; one step at a time',
        params: Id,
        body: StageChangeRequest,
        response: { 201: ProjectDetail, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.PROJECTS_MANAGE);
      assertMayManageArea(actor, await assertProjectInScope(ctx.db, actor, req.params.id), 'id');
      return auditedWrite(ctx, req, reply, { action: `project.stage.${req.body.to}`, subject: `project:${req.params.id}` }, async (tx) => {
        const moved = await projects.changeStage(ctx, tx, actor, req.params.id, req.body);
        return { body: moved, status: 201, summary: { projectId: moved.id, stage: moved.stage, on: moved.stageSince, documents: moved.timeline.at(-1)?.documents.map((d) => d.sha256) ?? [] } };
      });
    },
  );
  app.get(
    '/api/projects/:id/documents/:documentId',
    {
      schema: {
        tags,
        summary: 'Download an evidence document of a project',
        params: z.object({ id: SerialId, documentId: SerialId }),
        response: { 200: z.unknown().describe('The document bytes, with its media type'), 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (req, reply) => {
      const doc = await projects.getDocument(ctx.db, requirePermission(req, Permission.PROJECTS_READ), req.params.id, req.params.documentId);
      return reply
        .type(doc.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.name)}`)
        .header('x-content-sha256', doc.sha256)
        .send(doc.content);
    },
  );
  registerAttractionTaskRoutes(app, ctx);
  registerClusterRoutes(app, ctx);
}
