// Follow-up actions over HTTP: the FTZ Office opens one on an assessment; the owner area's officers report progress
// and completion; the Office verifies, returns or closes. Permission and ownership are checked before the write.
import { z } from 'zod';
import { Permission } from '../../../domain/access/permissions.ts';
import { ActionListQuery, ActionListResponse, ActionProgressRequest, ActionReviewRequest, ActionView, CreateActionRequest } from '../../../schemas/assessments.ts';
import { ErrorResponse, SerialId } from '../../../schemas/common.ts';
import type { AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import * as assessments from './service.ts';

const tags = ['assessments'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const params = z.object({ id: SerialId });
const outcome = (a: ActionView, status = 200) => ({ body: a, status, subject: `assessment-action:${a.id}`, summary: { status: a.status, dueOn: a.dueOn, ownerAreaCode: a.ownerAreaCode } });

export function registerAssessmentActionRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/assessments/:id/actions',
    { schema: { tags, summary: 'Open a follow-up action with an owner area and a due date (FTZ Office)', params, body: CreateActionRequest, response: { 201: ActionView, ...errors } } },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ASSESSMENTS_MANAGE);
      return auditedWrite(ctx, req, reply, { action: 'assessment.action.open', subject: `assessment:${req.params.id}` }, async (tx) => outcome(await assessments.openAction(ctx, tx, actor, req.params.id, req.body), 201));
    },
  );
  app.get(
    '/api/assessment-actions',
    { schema: { tags, summary: 'Follow-up actions within your scope (area officers: those their area owns), overdue ones flagged', querystring: ActionListQuery, response: { 200: ActionListResponse, ...errors } } },
    async (req) => assessments.listActions(ctx, ctx.db, requirePermission(req, Permission.ASSESSMENTS_READ), req.query),
  );
  app.post(
    '/api/assessment-actions/:id/progress',
    { schema: { tags, summary: "Report progress on, or completion of, an action your area owns (area officers)", params, body: ActionProgressRequest, response: { 200: ActionView, ...errors } } },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ASSESSMENT_ACTIONS_REPORT);
      await assessments.assertOwnsAction(ctx.db, actor, req.params.id);
      return auditedWrite(ctx, req, reply, { action: `assessment.action.${req.body.move}`, subject: `assessment-action:${req.params.id}` }, async (tx) => outcome(await assessments.moveActionAsArea(ctx, tx, actor, req.params.id, req.body)));
    },
  );
  app.post(
    '/api/assessment-actions/:id/review',
    { schema: { tags, summary: 'Verify a done action, return it with the reason, or close a verified one (FTZ Office)', params, body: ActionReviewRequest, response: { 200: ActionView, ...errors } } },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ASSESSMENTS_MANAGE);
      await assessments.assertActionExists(ctx.db, req.params.id);
      return auditedWrite(ctx, req, reply, { action: `assessment.action.${req.body.move}`, subject: `assessment-action:${req.params.id}` }, async (tx) => outcome(await assessments.moveActionAsOffice(ctx, tx, actor, req.params.id, req.body)));
    },
  );
}
