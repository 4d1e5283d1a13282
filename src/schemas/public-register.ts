import { z } from 'zod';

/**
 * An enterprise as the public sees it (企业信息公示暂行条例 Art. 6: registration facts are public): the facts of the
 * licence, no persons. The legal representative and investors stay with the register's officers, as in Singapore's
 * open basic entity data (peer-systems §4).
 */
export const PublicEnterprise = z.object({
  uscc: z.string().describe('Unified Social Credit Code'),
  name: z.string(),
  status: z.string().describe('registered, liquidating, deregistered, …'),
  entityType: z.string().nullable().describe('Entity type as on the licence, e.g. 有限责任公司(自然人投资或控股)'),
  registeredCapitalYuan: z.number().nullable(),
  establishedOn: z.string(),
  areaCode: z.string().describe('CQFTZ area: LJ, XY or GYG'),
  districtCode: z.string(),
  industryCode: z.string().describe('GB/T 4754 class'),
});
export type PublicEnterprise = z.infer<typeof PublicEnterprise>;

export const PUBLIC_SEARCH_MAX = 50;

export const PublicSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(2, 'give at least two characters of the name, or the 18-character credit code')
    .max(60)
    .describe('Two or more characters of the name (e.g. a trade name), or a whole credit code'),
  limit: z.coerce.number().int().min(1).max(PUBLIC_SEARCH_MAX).default(20).describe('At most this many, 1–50'),
});
export type PublicSearchQuery = z.infer<typeof PublicSearchQuery>;

export const PublicSearchResponse = z.object({
  items: z.array(PublicEnterprise).describe('Whole-name and code matches first, then names where the fragment comes earliest, then shorter names'),
  more: z.boolean().describe('More enterprises match than were returned: give a longer fragment'),
});
export type PublicSearchResponse = z.infer<typeof PublicSearchResponse>;
