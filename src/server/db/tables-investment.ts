// Kysely table types of the negative lists and investment cases (migrations 0009–0011), beside tables.ts so
// neither file grows past reading length.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CivilDate = ColumnType<string, string, string>;
type Json = ColumnType<Record<string, unknown>, string, string>;

export interface NegativeListEditionsTable {
  id: Generated<number>;
  code: string;
  revision: number;
  title_zh: string;
  title_en: string;
  instrument: string;
  issued_on: CivilDate;
  effective_from: CivilDate;
  measure_count: number;
  reconstructed: boolean;
  content: Json;
  checksum: string;
  origin: 'bundled' | 'loaded';
  loaded_by: string;
  loaded_at: Timestamp;
}

/** 0011: foreign-funded projects and outbound investments (src/server/features/investment). */
export interface InvestmentCasesTable {
  /** Reserved with nextval before insert, so the file's form can carry it. */
  id: ColumnType<number, number, never>;
  kind: 'foreign_project' | 'outbound';
  applicant_account_id: number;
  area_code: string;
  name: string;
  input: Json;
  classification: Json;
  procedure: 'recordation' | 'approval';
  recordation_no: string | null;
  file_id: number | null;
  security_review: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  flagged: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
}
export interface InvestmentRecordationCountersTable {
  year: number;
  last: number;
}
export interface InvestmentReportsTable {
  id: Generated<number>;
  case_id: number;
  kind: 'status' | 'incident' | 'risk_contact';
  period: string | null;
  body: string;
  contact: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  reported_by: number;
  reported_at: Timestamp;
}
