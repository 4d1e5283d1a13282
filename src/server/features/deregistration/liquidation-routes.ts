// Ordinary deregistration over HTTP: the enterprise's own applicant (or the window) files the liquidation group and,
// after the creditors' claims period, applies with the liquidation report; the public portal announces the groups.
import { z } from 'zod';
import { Permission } from '../../../domain/access/permissions.ts';
import { ErrorResponse, SerialId } from '../../../schemas/common.ts';
import { FileLiquidationRequest, LiquidationListResponse, LiquidationView, OrdinaryDeregistrationRequest } from '../../../schemas/deregistration.ts';
import type { AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import { deregisterAfterLiquidation, fileLiquidation, liquidationsOf, publicLiquidations } from './liquidation.ts';
import { enterpriseForActor } from './service.ts';

const tags = ['deregistration'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };
const Uscc = z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/i, 'an 18-character Unified Social Credit Code');

export function registerLiquidationRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/enterprises/:uscc/liquidation',
    {
      schema: {
        tags,
        summary: 'File and announce the liquidation group (MER Art. 32); creditors may declare claims for 45 days (Company Law Art. 235)',
        params: z.object({ uscc: Uscc }),
        body: FileLiquidationRequest,
        response: { 201: LiquidationView, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ESTABLISHMENT_FILE);
      await enterpriseForActor(ctx.db, actor, req.params.uscc);
      return auditedWrite(ctx, req, reply, { action: 'liquidation.file', subject: `enterprise:${req.params.uscc.toUpperCase()}` }, async (tx) => {
        const filed = await fileLiquidation(ctx, tx, actor, req.params.uscc, req.body);
        return { body: filed, status: 201, summary: { liquidationId: filed.id, claimsUntil: filed.claimsUntil } };
      });
    },
  );
  app.get(
    '/api/enterprises/:uscc/liquidation',
    { schema: { tags, summary: 'The enterprise’s liquidations and where each stands', params: z.object({ uscc: Uscc }), response: { 200: LiquidationListResponse, ...errors } } },
    async (req) => {
      const actor = requirePermission(req, Permission.ESTABLISHMENT_FILE);
      return { items: await liquidationsOf(ctx, ctx.db, actor, req.params.uscc) };
    },
  );
  app.post(
    '/api/enterprises/:uscc/liquidation/:id/deregister',
    {
      schema: {
        tags,
        summary: 'Apply for deregistration after liquidation with the confirmed report (Company Law Art. 239); refused while creditors may still declare claims',
        params: z.object({ uscc: Uscc, id: SerialId }),
        body: OrdinaryDeregistrationRequest,
        response: { 200: LiquidationView, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ESTABLISHMENT_FILE);
      await enterpriseForActor(ctx.db, actor, req.params.uscc);
      return auditedWrite(ctx, req, reply, { action: 'liquidation.deregister', subject: `enterprise:${req.params.uscc.toUpperCase()}` }, async (tx) => {
        const done = await deregisterAfterLiquidation(ctx, tx, actor, req.params.uscc, req.params.id, req.body.report);
        return { body: done, summary: { liquidationId: done.id, state: done.state } };
      });
    },
  );
  app.get(
    '/api/public/liquidation-announcements',
    { schema: { tags, summary: 'Liquidation groups announced to creditors whose claims period runs today (public)', response: { 200: LiquidationListResponse } } },
    async () => ({ items: await publicLiquidations(ctx, ctx.db) }),
  );
}
