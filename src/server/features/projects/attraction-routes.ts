// The areas' annual investment-attraction tasks over HTTP (Plan V.(II)): read with the actuals within scope; an area
// officer proposes its own area's, the FTZ Office sets any area's or approves a proposal (attraction-tasks.ts).
import { Permission } from '../../../domain/access/permissions.ts';
import { ErrorResponse } from '../../../schemas/common.ts';
import { AttractionTaskParams, AttractionTasksResponse, AttractionYearQuery, SetAttractionTaskRequest } from '../../../schemas/projects.ts';
import type { AppContext } from '../../context.ts';
import { auditedWrite } from '../../http/audited-write.ts';
import { requireAccount, requirePermission } from '../../http/authenticate.ts';
import type { ZodApp } from '../../http/zod-app.ts';
import { approveAttractionTask, listAttractionTasks, setAttractionTask, taskWriteStatus } from './attraction-tasks.ts';

const tags = ['projects'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse };
const Item = AttractionTasksResponse.shape.items.element;

export function registerAttractionTaskRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/attraction-tasks',
    { schema: { tags, summary: 'Each area’s investment-attraction task for the year against the projects brought in and signed that year', querystring: AttractionYearQuery, response: { 200: AttractionTasksResponse, ...errors } } },
    async (req) => listAttractionTasks(ctx, ctx.db, requirePermission(req, Permission.PROJECTS_READ), req.query.year),
  );
  app.put(
    '/api/attraction-tasks/:areaCode/:year',
    {
      schema: {
        tags,
        summary: 'Propose your area’s task for the year (area officer), or set an area’s task (FTZ Office: approved at once); a new revision',
        params: AttractionTaskParams,
        body: SetAttractionTaskRequest,
        response: { 200: Item, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireAccount(req);
      const status = taskWriteStatus(actor, req.params.areaCode);
      const { areaCode, year } = req.params;
      return auditedWrite(ctx, req, reply, { action: `attraction_task.${status === 'approved' ? 'set' : 'propose'}`, subject: `attraction-task:${areaCode}:${year}` }, async (tx) => {
        const item = await setAttractionTask(ctx, tx, actor, areaCode, year, req.body);
        return { body: item, summary: { revision: item.task?.revision, status: item.task?.status } };
      });
    },
  );
  app.post(
    '/api/attraction-tasks/:areaCode/:year/approve',
    { schema: { tags, summary: 'Approve the area’s proposed task as it stands (FTZ Office)', params: AttractionTaskParams, response: { 200: Item, ...errors } } },
    async (req, reply) => {
      const actor = requirePermission(req, Permission.ATTRACTION_TASKS_SET);
      const { areaCode, year } = req.params;
      return auditedWrite(ctx, req, reply, { action: 'attraction_task.approve', subject: `attraction-task:${areaCode}:${year}` }, async (tx) => {
        const item = await approveAttractionTask(ctx, tx, actor, areaCode, year);
        return { body: item, summary: { revision: item.task?.revision, status: item.task?.status } };
      });
    },
  );
}
