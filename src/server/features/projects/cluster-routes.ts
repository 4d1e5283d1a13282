// The Plan's clusters over HTTP (issue 7; Plan III, IV): the catalogue and the classification of a code are public
// reference data; one enterprise's classification follows the enterprise's own visibility; the statistics per
// cluster and area are the FTZ Office's (all areas) and the area officers' (their own).
import { z } from 'zod';
import { Permission } from '../../../domain/access/permissions.ts';
import { ClassifyQuery, ClassifyResponse, ClusterCatalogueResponse, ClusterStatisticsQuery, ClusterStatisticsResponse, EnterpriseClusterResponse } from '../../../schemas/clusters.ts';
import { ErrorResponse } from '../../../schemas/common.ts';
import type { AppContext } from '../../context.ts';
import { requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import { classify, clusterCatalogue, clusterStatistics, enterpriseCluster } from './clusters.ts';

const tags = ['clusters'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };

export function registerClusterRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/clusters',
    { schema: { tags, summary: 'The seven clusters of the Plan with their sub-industries, GB/T 4754-2017 codes (zimao’s mapping, with confidence), emerging overlay and each unit’s focus', response: { 200: ClusterCatalogueResponse, 400: ErrorResponse } } },
    async () => clusterCatalogue(ctx, ctx.db),
  );
  app.get(
    '/api/clusters/classify',
    { schema: { tags, summary: 'Classify a GB/T 4754-2017 code into clusters (most specific mapping wins, explained) and, with an area, its fit', querystring: ClassifyQuery, response: { 200: ClassifyResponse, 400: ErrorResponse } } },
    async (req) => classify(ctx, ctx.db, req.query),
  );
  app.get(
    '/api/clusters/statistics',
    { schema: { tags, summary: 'Enterprises (count, registered capital) and projects (count, investment) per cluster and area within your scope', querystring: ClusterStatisticsQuery, response: { 200: ClusterStatisticsResponse, ...errors } } },
    async (req) => clusterStatistics(ctx, ctx.db, requirePermission(req, Permission.CLUSTER_STATISTICS_READ), req.query),
  );
  app.get(
    '/api/clusters/enterprises/:uscc',
    { schema: { tags, summary: 'One enterprise classified by its registered industry code, with its fit to its area', params: z.object({ uscc: z.string().min(1).max(18) }), response: { 200: EnterpriseClusterResponse, ...errors } } },
    async (req) => enterpriseCluster(ctx, ctx.db, requirePermission(req, Permission.ENTERPRISES_READ), req.params.uscc),
  );
}
