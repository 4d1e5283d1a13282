// Kysely table types of the name register, establishment, changes, deregistration and licences (migrations
// 0012–0017), kept beside tables.ts so neither file grows past reading length.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CivilDate = ColumnType<string, string, string>;

export type EnterpriseNameStatus = 'registered' | 'reserved' | 'released' | 'deregistered' | 'changed' | 'revoked';
export interface EnterpriseNamesTable {
  id: Generated<number>;
  name: string;
  trade_name: string;
  trade_name_pinyin: string;
  industry: string | null;
  status: EnterpriseNameStatus;
  since: CivilDate;
  reserved_until: CivilDate | null;
  uscc: string | null;
  account_id: number | null;
  commitment: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  created_at: Timestamp;
}

export interface EstablishmentApplicationsTable {
  id: Generated<number>;
  applicant_account_id: number;
  filed_by_account_id: number;
  name: string;
  name_id: number | null;
  form: ColumnType<Record<string, unknown>, string, string>;
  review: ColumnType<Record<string, unknown>, string, string>;
  route: 'on_the_spot' | 'officer_review';
  status: 'registered' | 'under_review' | 'rejected' | 'withdrawn';
  kind: ColumnType<'company' | 'individual-business', 'company' | 'individual-business' | undefined, never>;
  file_id: number | null;
  uscc: string | null;
  created_at: Timestamp;
  decided_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
export interface EnterpriseRegisterEntriesTable {
  id: Generated<number>;
  uscc: string;
  kind: 'establishment' | 'change' | 'filing' | 'deregistration';
  summary: ColumnType<Record<string, unknown>, string, string>;
  recorded_by: string;
  recorded_at: Timestamp;
}
export interface EstablishmentFollowUpsTable {
  id: Generated<number>;
  uscc: string;
  task_key: string;
  department_code: string;
  due_on: CivilDate;
  status: 'open' | 'done';
  done_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  done_by: number | null;
  note: string | null;
}
export interface ChangeApplicationsTable {
  id: Generated<number>;
  uscc: string;
  applicant_account_id: number;
  filed_by_account_id: number;
  changes: ColumnType<Record<string, unknown>, string, string>;
  form: ColumnType<Record<string, unknown>, string, string>;
  review: ColumnType<Record<string, unknown>, string, string>;
  route: 'on_the_spot' | 'officer_review';
  status: 'registered' | 'under_review' | 'rejected';
  file_id: number | null;
  licence_version: number | null;
  created_at: Timestamp;
  decided_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
export interface DeregistrationNoticesTable {
  id: Generated<number>;
  uscc: string;
  applicant_account_id: number;
  commitments: ColumnType<unknown[], string, string>;
  declarations: ColumnType<Record<string, unknown>, string, string>;
  notice_from: CivilDate;
  notice_to: CivilDate;
  apply_by: CivilDate;
  status: 'in_notice' | 'objected' | 'deregistered' | 'withdrawn' | 'lapsed';
  route: ColumnType<'public-notice' | 'departments', 'public-notice' | 'departments' | undefined, never>;
  created_at: Timestamp;
  closed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
export interface DeregistrationObjectionsTable {
  id: Generated<number>;
  notice_id: number;
  objector: string;
  objector_kind: 'creditor' | 'department' | 'employee' | 'other';
  contact: string;
  grounds: string;
  created_at: Timestamp;
}
export interface LiquidationsTable {
  id: Generated<number>;
  uscc: string;
  applicant_account_id: number;
  reason: string;
  members: ColumnType<unknown[], string, string>;
  leader: string;
  formed_on: CivilDate;
  announced_on: CivilDate;
  claims_until: CivilDate;
  status: 'liquidating' | 'deregistered';
  report: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  deregistered_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
export interface SigningKeysTable {
  key_id: string;
  algorithm: 'Ed25519';
  public_key: string;
  private_key: string | null;
  created_at: Timestamp;
  retired_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
export interface BusinessLicencesTable {
  id: Generated<number>;
  uscc: string;
  version: number;
  document: ColumnType<Record<string, unknown>, string, string>;
  canonical: string;
  signature: string;
  key_id: string;
  issued_at: Timestamp;
  superseded_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
export interface ArticlesFilingsTable {
  id: Generated<number>;
  uscc: string;
  name: string;
  media_type: string;
  content: Uint8Array;
  sha256: string;
  size_bytes: number;
  adopted_on: CivilDate;
  amendment: boolean;
  filed_by_account_id: number;
  filed_at: Timestamp;
}

/** Rollups of the register kept by triggers on `enterprises` (migration 0022); bigint and numeric read as strings. */
export interface EnterpriseStockRollupTable {
  area_code: string;
  industry_code: string;
  status: string;
  section: string;
  enterprises: ColumnType<string, never, never>;
  foreign_invested: ColumnType<string, never, never>;
  capital_known: ColumnType<string, never, never>;
  capital_yuan: ColumnType<string, never, never>;
}

export interface EnterpriseMonthRollupTable {
  area_code: string;
  industry_code: string;
  month: string;
  established: ColumnType<string, never, never>;
  foreign_invested: ColumnType<string, never, never>;
  capital_yuan: ColumnType<string, never, never>;
}

/** Deltas not yet folded into the rollups (migration 0022): the rollups' columns and an id. */
export interface EnterpriseStockDeltasTable extends EnterpriseStockRollupTable {
  id: ColumnType<string, never, never>;
}

export interface EnterpriseMonthDeltasTable extends EnterpriseMonthRollupTable {
  id: ColumnType<string, never, never>;
}

/** A person or an entity that holds or is held (migration 0027). */
export interface PartiesTable {
  id: ColumnType<number, number | undefined, never>;
  kind: 'person' | 'entity';
  key: string;
  name: string;
  nationality: string;
}

/** Direct holdings of entities (migration 0027): who holds what share of an entity from which day. */
export interface HoldingsTable {
  id: ColumnType<string, never, never>;
  subject_id: number;
  holder_id: number;
  holder_kind: 'person' | 'entity';
  share_min: number;
  share_max: number;
  valid_from: ColumnType<string, string, string>;
  valid_to: ColumnType<string | null, string | null | undefined, string | null>;
  source: 'register' | 'generated';
  recorded_at: ColumnType<Date, never, never>;
}
