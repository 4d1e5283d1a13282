import { z } from 'zod';
import { PageQuery } from './common.ts';

/** A market entity on the zone's register (the registration feature will write these; see issue 6). */
export const EnterpriseView = z.object({
  uscc: z.string(),
  name: z.string(),
  areaCode: z.string().describe('CQFTZ area: LJ, XY or GYG'),
  districtCode: z.string(),
  industryCode: z.string(),
  status: z.string(),
  establishedOn: z.string(),
});
export type EnterpriseView = z.infer<typeof EnterpriseView>;
export const EnterpriseListQuery = PageQuery.extend({
  areaCode: z.string().max(8).optional().describe('Only this area'),
});
export const EnterpriseListResponse = z.object({ items: z.array(EnterpriseView), total: z.number().int() });
export type EnterpriseListResponse = z.infer<typeof EnterpriseListResponse>;
