// The FTZ Office's dashboards over HTTP (issue 7; Trial Measures Art. 8: the Office collects and publishes the zone's
// statistics and assesses its operation): the zone and its areas side by side for a year, the register by industry
// section and status, the clusters, the project pipeline, the Plan's targets with their lights, and a schematic map.
import { z } from 'zod';
import { IsoDate } from './common.ts';
import { Light, UnitView } from './indicators.ts';
import { PipelineResponse } from './projects.ts';

export const DashboardQuery = z.object({
  year: z.coerce.number().int().min(2018).max(2100).optional().describe('Calendar year of the flows (new enterprises, the scorecard); default: this year'),
});
export type DashboardQuery = z.infer<typeof DashboardQuery>;

const Figures = z.object({
  enterprises: z.number().int().describe('On the register now (not deregistered)'),
  foreignInvested: z.number().int(),
  registeredCapitalYuan: z.number().describe('Summed over the enterprises whose particulars hold it'),
  capitalKnown: z.number().int().describe('How many enterprises the capital is summed over'),
  newInYear: z.number().int().describe('Established in the year, whatever their status now'),
  newForeignInYear: z.number().int(),
  newCapitalYuanInYear: z.number(),
  projects: z.number().int().describe('Investment projects not dropped'),
  projectInvestmentYuan: z.number(),
});
export type DashboardFigures = z.infer<typeof Figures>;

const LightCounts = z.object({ on_track: z.number().int(), at_risk: z.number().int(), off_track: z.number().int(), no_data: z.number().int() });

export const DashboardResponse = z.object({
  year: z.number().int(),
  date: IsoDate.describe('Today in Shanghai: stocks are as of this day'),
  zone: Figures.nullable().describe('The whole zone; null for an area officer, who sees its own area'),
  areas: z.array(
    Figures.extend({
      areaCode: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      areaKm2: z.number().nullable(),
      point: z.object({ lon: z.number(), lat: z.number() }).nullable(),
      lights: LightCounts.describe('The scorecard of the year: how many indicators with a target are on track, at risk, off track, without data'),
    }),
  ),
  map: z.object({
    description: z.string(),
    descriptionZh: z.string(),
    confidence: z.string(),
    landmarks: z.array(z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), lon: z.number(), lat: z.number() })),
  }),
  monthly: z.array(z.object({ month: z.string(), areaCode: z.string(), established: z.number().int(), registeredCapitalYuan: z.number() })).describe('New enterprises per area and month of the year'),
  sections: z.array(z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string().nullable() })).describe('GB/T 4754-2017 sections present in `register`'),
  register: z.array(
    z.object({ areaCode: z.string(), section: z.string(), status: z.string(), enterprises: z.number().int(), foreignInvested: z.number().int(), registeredCapitalYuan: z.number() }),
  ).describe('The register by area × industry section × status (the rollup, deregistered included)'),
  clusters: z.array(
    z.object({
      clusterId: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      areas: z.array(z.object({ areaCode: z.string(), enterprises: z.number().int(), registeredCapitalYuan: z.number(), projects: z.number().int(), investmentYuan: z.number() })),
    }),
  ).describe('A class in two clusters counts in both; `none` holds what no cluster takes'),
  pipeline: PipelineResponse,
  targets: z.array(
    z.object({
      targetId: z.string(),
      indicatorCode: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      unit: UnitView,
      targetYear: z.number().int(),
      goal: z.number(),
      actual: z.number().nullable(),
      expected: z.number().nullable(),
      asOf: z.string().nullable(),
      light: Light,
      reasonZh: z.string(),
      reasonEn: z.string(),
    }),
  ).describe('The Plan’s targets for the zone with their progress'),
});
export type DashboardResponse = z.infer<typeof DashboardResponse>;
