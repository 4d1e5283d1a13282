import { z } from 'zod';
import { ErrorResponse } from '../../../schemas/common.ts';
import {
  DepartmentsResponse,
  DivisionsResponse,
  IndustryDetailResponse,
  IndustrySearchQuery,
  IndustrySearchResponse,
  ZoneUnitsResponse,
} from '../../../schemas/reference.ts';
import type { AppContext } from '../../context.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import * as reference from './service.ts';

/** Reference data is public: anyone may read it, signed in or not. */
export function registerReferenceRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/reference/zone-units',
    { schema: { tags: ['reference'], summary: 'CQFTZ, its areas, functional areas and cluster groups', response: { 200: ZoneUnitsResponse } } },
    async () => reference.listZoneUnits(ctx.db),
  );
  app.get(
    '/api/reference/divisions',
    { schema: { tags: ['reference'], summary: 'GB/T 2260 divisions of the zone (Trial Measures Art. 2)', response: { 200: DivisionsResponse } } },
    async () => reference.listDivisions(ctx.db),
  );
  app.get(
    '/api/reference/departments',
    { schema: { tags: ['reference'], summary: 'Departments of the one window and parallel approval', response: { 200: DepartmentsResponse } } },
    async () => reference.listDepartments(ctx.db),
  );
  app.get(
    '/api/reference/industries',
    {
      schema: {
        tags: ['reference'],
        summary: 'Search GB/T 4754-2017 by code, Chinese, pinyin or English',
        querystring: IndustrySearchQuery,
        response: { 200: IndustrySearchResponse, 400: ErrorResponse },
      },
    },
    async (req) => reference.searchIndustries(ctx.db, req.query),
  );
  app.get(
    '/api/reference/industries/:code',
    {
      schema: {
        tags: ['reference'],
        summary: 'One GB/T 4754-2017 code with its ancestors and children',
        params: z.object({ code: z.string().regex(/^[A-Za-z]$|^\d{2,4}$/, 'must be a section letter or 2–4 digits') }),
        response: { 200: IndustryDetailResponse, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (req) => reference.getIndustry(ctx.db, req.params.code),
  );
}
