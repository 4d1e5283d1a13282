import { z } from 'zod';
import { Permission } from '../../../domain/access/permissions.ts';
import { ErrorResponse } from '../../../schemas/common.ts';
import { BeneficialOwnersQuery, BeneficialOwnersResponse } from '../../../schemas/ownership.ts';
import type { AppContext } from '../../context.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import { beneficialOwners } from './service.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export function registerOwnershipRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/enterprises/:uscc/beneficial-owners',
    {
      schema: {
        tags: ['enterprises'],
        summary: 'Beneficial owners (受益所有人) of an enterprise as of a day, computed from the holdings on record; not public, every read logged',
        params: z.object({ uscc: z.string().min(1).max(18) }),
        querystring: BeneficialOwnersQuery,
        response: { 200: BeneficialOwnersResponse, ...errors },
      },
    },
    async (req) => beneficialOwners(ctx, requirePermission(req, Permission.OWNERSHIP_READ), req.params.uscc, req.query.asOf),
  );
}
