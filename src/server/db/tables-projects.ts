// Kysely table types of the investment-project pipeline and the annual investment-attraction tasks (migration 0020),
// kept beside tables.ts as tables-registration.ts is.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CivilDate = ColumnType<string, string, string>;
type Json = ColumnType<Record<string, unknown>, string | undefined, string>;

export type ProjectStageColumn = 'negotiating' | 'contracted' | 'under_construction' | 'in_production' | 'achieving_results' | 'dropped';

export interface InvestmentProjectsTable {
  id: Generated<number>;
  area_code: string;
  unit_code: string | null;
  name: string;
  investor_name: string;
  investor_category: 'central_soe' | 'foreign_funded' | 'hmt_funded' | 'private';
  direction: 'bringing_in' | 'going_out';
  industry_code: string;
  /** bigint, parsed to a number (database.ts). */
  total_investment_yuan: number;
  site_area_m2: number | null;
  land_categories: ColumnType<string[], string[] | undefined, string[]>;
  stage: ProjectStageColumn;
  stage_since: CivilDate;
  note: string | null;
  created_by: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProjectStageChangesTable {
  id: Generated<number>;
  project_id: number;
  seq: number;
  from_stage: ProjectStageColumn | null;
  to_stage: ProjectStageColumn;
  on_date: CivilDate;
  facts: Json;
  note: string | null;
  changed_by: number;
  changed_at: Timestamp;
}

export interface ProjectDocumentsTable {
  id: Generated<number>;
  project_id: number;
  stage_change_id: number;
  kind: string;
  name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: number;
  uploaded_at: Timestamp;
}

export interface AttractionTasksTable {
  id: Generated<number>;
  area_code: string;
  year: number;
  revision: number;
  target_count: number;
  target_investment_yuan: number;
  status: 'proposed' | 'approved';
  note: string | null;
  set_by: number;
  set_at: Timestamp;
}
