// Risk warnings over HTTP (issue 7; Plan V.(V)): the rules (FTZ Office, area officers, administrators), the alerts
// within one's scope, the owner's acknowledgement and disposal, the FTZ Office's closing, and running the rules now.
import { z } from 'zod';
import { Permission } from '../../../domain/access/permissions.ts';
import { ErrorResponse, SerialId } from '../../../schemas/common.ts';
import { AlertNoteRequest, EvaluateRisksResponse, HandleAlertRequest, RiskAlertListResponse, RiskAlertQuery, RiskAlertView, RiskRuleListResponse } from '../../../schemas/risk.ts';
import type { AppContext } from '../../context.ts';
import { actorName } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import { indicatorSeries } from './series.ts';
import * as risk from './service.ts';

const tags = ['risk'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
const Id = z.object({ id: SerialId });

export function registerRiskRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/risk/rules',
    { schema: { tags, summary: 'The risk-warning rules: indicator, scope, condition, level, owner, escalation and basis', response: { 200: RiskRuleListResponse, 401: ErrorResponse, 403: ErrorResponse } } },
    async (req) => {
      requirePermission(req, Permission.RISK_READ);
      return { items: risk.riskRules().rules.map((r) => ({ ...r, condition: { ...r.condition } })), note: 'Thresholds are zimao’s starting values (reference-data/plan/risk-rules.json), not figures of the Plan.' };
    },
  );
  app.get(
    '/api/risk/alerts',
    { schema: { tags, summary: 'Risk warnings within your scope (area officers: their area’s), newest first', querystring: RiskAlertQuery, response: { 200: RiskAlertListResponse, 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse } } },
    async (req) => ({ items: await risk.listAlerts(ctx.db, requirePermission(req, Permission.RISK_READ), req.query.status) }),
  );
  app.get(
    '/api/risk/alerts/:id',
    { schema: { tags, summary: 'One risk warning with its finding and history', params: Id, response: { 200: RiskAlertView, ...errors } } },
    async (req) => risk.getAlert(ctx.db, requirePermission(req, Permission.RISK_READ), req.params.id),
  );
  app.post(
    '/api/risk/evaluate',
    { schema: { tags, summary: 'Run every rule over the approved series now (also done daily); each rule fires once per scope and period', response: { 200: EvaluateRisksResponse, 401: ErrorResponse, 403: ErrorResponse, 400: ErrorResponse } } },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.RISK_MANAGE);
      return auditedWrite(ctx, req, reply, { action: 'risk.evaluate', subject: 'risk-rules' }, async (tx) => {
        const { opened, evaluated } = await risk.evaluateRisks(ctx, tx, indicatorSeries, actorName(actor));
        const views = await Promise.all(opened.map((a) => risk.getAlert(tx, actor, a.id)));
        return { body: { opened: views, evaluated }, summary: { opened: opened.map((a) => a.id), evaluated } };
      });
    },
  );
  for (const action of ['acknowledge', 'handle', 'close', 'reopen'] as const) {
    app.post(
      `/api/risk/alerts/:id/${action}`,
      {
        schema: {
          tags,
          summary: {
            acknowledge: 'The owner takes the warning in hand',
            handle: 'The owner records the disposal (处置情况)',
            close: 'The FTZ Office closes a handled warning',
            reopen: 'The FTZ Office sends a handled warning back for more',
          }[action],
          params: Id,
          body: action === 'handle' ? HandleAlertRequest : AlertNoteRequest,
          response: { 200: RiskAlertView, ...errors },
        },
      },
      async (req, reply) => {
        const actor = requirePermission(req, action === 'close' || action === 'reopen' ? Permission.RISK_MANAGE : Permission.RISK_HANDLE);
        await risk.assertMayAct(ctx.db, actor, req.params.id, action); // a refusal here writes nothing
        const body = req.body as { disposal?: string; note?: string };
        return auditedWrite(ctx, req, reply, { action: `risk.${action}`, subject: `risk-alert:${req.params.id}` }, async (tx) => {
          const alert = await risk.actOnAlert(ctx, tx, actor, req.params.id, action, body.disposal ?? body.note);
          return { body: alert, summary: { status: alert.status } };
        });
      },
    );
  }
}
