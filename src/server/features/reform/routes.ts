// Reform pilot tasks over HTTP: the register (FTZ Office and the officers who work with it), status moves with
// evaluations and the replication procedure (FTZ Office), and the public list of replicated results (no account).
// Every write goes through auditedWrite; permission is checked before it begins, so a refused caller writes nothing.
import { z } from 'zod';
import { Permission } from '../../../domain/access/permissions.ts';
import { ErrorResponse, PageQuery, SerialId } from '../../../schemas/common.ts';
import {
  CreateReformTaskRequest,
  PublicReplicatedResponse,
  ReformListQuery,
  ReformListResponse,
  ReformStatusRequest,
  ReformTaskDetail,
  ReplicationStepRequest,
} from '../../../schemas/reform.ts';
import type { AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import * as reform from './service.ts';

const tags = ['reform'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const params = z.object({ id: SerialId });

export function registerReformRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/reform/tasks',
    { schema: { tags, summary: 'The register of reform pilot tasks (and innovation cases), with the vocabularies of its forms', querystring: ReformListQuery, response: { 200: ReformListResponse, ...errors } } },
    async (req) => {
      requirePermission(req, Permission.REFORM_READ);
      return reform.listTasks(ctx.db, req.query);
    },
  );
  app.post(
    '/api/reform/tasks',
    { schema: { tags, summary: 'Create a reform pilot task (FTZ Office): source, responsible department, optional piloting area', body: CreateReformTaskRequest, response: { 201: ReformTaskDetail, ...errors } } },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.REFORM_MANAGE);
      return auditedWrite(ctx, req, reply, { action: 'reform.task.create' }, async (tx) => {
        const task = await reform.createTask(ctx, tx, actor, req.body);
        return { body: task, status: 201, subject: `reform:${task.id}`, summary: { taskId: task.id, status: task.status } };
      });
    },
  );
  app.get(
    '/api/reform/tasks/:id',
    { schema: { tags, summary: 'One reform task with its evaluation, replication procedure and history', params, response: { 200: ReformTaskDetail, ...errors } } },
    async (req) => {
      requirePermission(req, Permission.REFORM_READ);
      return reform.getTask(ctx.db, req.params.id);
    },
  );
  app.post(
    '/api/reform/tasks/:id/status',
    {
      schema: {
        tags,
        summary: 'Move a task: start the pilot, record its evaluation (evaluated), a failure tolerated without penalty (Trial Measures Art. 5), or close it',
        params,
        body: ReformStatusRequest,
        response: { 200: ReformTaskDetail, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.REFORM_MANAGE);
      return auditedWrite(ctx, req, reply, { action: `reform.task.${req.body.to}`, subject: `reform:${req.params.id}` }, async (tx) => {
        const task = await reform.changeTaskStatus(ctx, tx, actor, req.params.id, req.body);
        return { body: task, summary: { status: task.status } };
      });
    },
  );
  app.post(
    '/api/reform/tasks/:id/replication',
    {
      schema: {
        tags,
        summary: 'A step of the replication procedure (复制推广): propose (FTZ Office), review (a department), decide (the deciding body, recorded by the FTZ Office), publish',
        params,
        body: ReplicationStepRequest,
        response: { 200: ReformTaskDetail, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.REFORM_MANAGE);
      return auditedWrite(ctx, req, reply, { action: `reform.replication.${req.body.step}`, subject: `reform:${req.params.id}` }, async (tx) => {
        const task = await reform.replicationStep(ctx, tx, actor, req.params.id, req.body);
        return { body: task, summary: { status: task.status, step: req.body.step } };
      });
    },
  );
  app.get(
    '/api/public/replicated-reforms',
    { schema: { tags, summary: 'Reform results replicated through the procedure, as published (public, no account)', querystring: PageQuery, response: { 200: PublicReplicatedResponse, 400: ErrorResponse } } },
    async (req) => reform.listReplicated(ctx.db, req.query),
  );
}
