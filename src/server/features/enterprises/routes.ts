import { z } from 'zod';
import { ErrorResponse } from '../../../schemas/common.ts';
import { EnterpriseListQuery, EnterpriseListResponse, EnterpriseView } from '../../../schemas/enterprises.ts';
import { Permission } from '../../../domain/access/permissions.ts';
import type { AppContext } from '../../context.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import * as enterprises from './service.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };

export function registerEnterpriseRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/enterprises',
    { schema: { tags: ['enterprises'], summary: 'Enterprises of the zone within your scope (area officers: own area; applicants: own)', querystring: EnterpriseListQuery, response: { 200: EnterpriseListResponse, ...errors } } },
    async (req) => enterprises.listEnterprises(ctx.db, requirePermission(req, Permission.ENTERPRISES_READ), req.query),
  );
  app.get(
    '/api/enterprises/:uscc',
    { schema: { tags: ['enterprises'], summary: 'One enterprise by credit code', params: z.object({ uscc: z.string().min(1).max(18) }), response: { 200: EnterpriseView, ...errors } } },
    async (req) => enterprises.getEnterprise(ctx.db, requirePermission(req, Permission.ENTERPRISES_READ), req.params.uscc),
  );
}
