import { z } from 'zod';
import { PageQuery } from './common.ts';

export const Source = z.object({ title: z.string(), url: z.string().nullable() });

export const ZoneUnitView = z.object({
  code: z.string(),
  level: z.enum(['zone', 'area', 'functional_area', 'cluster_group']),
  parentCode: z.string().nullable(),
  nameZh: z.string(),
  nameEn: z.string(),
  areaKm2: z.number().nullable(),
  specialCustomsZone: z.boolean(),
  positioningZh: z.string().nullable(),
  positioningEn: z.string().nullable(),
  clusters: z.array(z.string()),
  districtCodes: z.array(z.string()),
  note: z.string().nullable(),
});
export type ZoneUnitView = z.infer<typeof ZoneUnitView>;
export const ZoneUnitsResponse = z.object({ items: z.array(ZoneUnitView), source: Source });
export type ZoneUnitsResponse = z.infer<typeof ZoneUnitsResponse>;

export const DivisionView = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  level: z.string(),
  parentCode: z.string().nullable(),
  inZone: z.boolean(),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
});
export type DivisionView = z.infer<typeof DivisionView>;
export const DivisionsResponse = z.object({ items: z.array(DivisionView), source: Source });
export type DivisionsResponse = z.infer<typeof DivisionsResponse>;

export const DepartmentView = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  shortZh: z.string().nullable(),
  vertical: z.boolean().describe('A central (vertically managed) administration'),
  responsibilitiesZh: z.string().nullable(),
  responsibilitiesEn: z.string().nullable(),
});
export type DepartmentView = z.infer<typeof DepartmentView>;
export const DepartmentsResponse = z.object({ items: z.array(DepartmentView), source: Source });
export type DepartmentsResponse = z.infer<typeof DepartmentsResponse>;

export const IndustryLevel = z.enum(['section', 'division', 'group', 'class']);
export const IndustryView = z.object({
  code: z.string(),
  level: IndustryLevel,
  parentCode: z.string().nullable(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
  pinyin: z.string().describe('Pinyin of the Chinese name, without tones'),
});
export type IndustryView = z.infer<typeof IndustryView>;

export const IndustrySearchQuery = PageQuery.extend({
  q: z.string().trim().max(50).optional().describe('Code prefix, Chinese name, pinyin (full or initials) or English words'),
  level: IndustryLevel.optional(),
  parent: z.string().max(4).optional().describe('Only the children of this code'),
});
export const IndustrySearchResponse = z.object({
  items: z.array(IndustryView),
  total: z.number().int(),
  edition: z.string(),
});
export type IndustrySearchResponse = z.infer<typeof IndustrySearchResponse>;
export const IndustryDetailResponse = IndustryView.extend({
  path: z.array(IndustryView).describe('Ancestors from the section down'),
  children: z.array(IndustryView),
});
export type IndustryDetailResponse = z.infer<typeof IndustryDetailResponse>;
