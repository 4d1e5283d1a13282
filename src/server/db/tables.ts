import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  EnterpriseNamesTable,
  EstablishmentApplicationsTable,
  EnterpriseRegisterEntriesTable,
  EstablishmentFollowUpsTable,
  ChangeApplicationsTable,
  ArticlesFilingsTable,
  DeregistrationNoticesTable,
  DeregistrationObjectionsTable,
  LiquidationsTable,
  SigningKeysTable,
  BusinessLicencesTable,
  EnterpriseStockRollupTable,
  EnterpriseMonthRollupTable,
  EnterpriseStockDeltasTable,
  EnterpriseMonthDeltasTable,
  HoldingsTable,
  PartiesTable,
} from './tables-registration.ts';
export type * from './tables-registration.ts';
import type { IndicatorSubmissionsTable, IndicatorValueHistoryTable, IndicatorValuesTable } from './tables-indicators.ts';
export type * from './tables-indicators.ts';
import type { RiskAlertEventsTable, RiskAlertsTable } from './tables-risk.ts';
export type * from './tables-risk.ts';
import type {
  AssessmentsTable,
  AssessmentScoresTable,
  AssessmentFindingsTable,
  AssessmentActionsTable,
  AssessmentActionUpdatesTable,
  ReformTasksTable,
  ReformTaskEventsTable,
} from './tables-assessments.ts';
export type * from './tables-assessments.ts';
import type { AttractionTasksTable, InvestmentProjectsTable, ProjectDocumentsTable, ProjectStageChangesTable } from './tables-projects.ts';
export type * from './tables-projects.ts';
import type { NegativeListEditionsTable, InvestmentCasesTable, InvestmentRecordationCountersTable, InvestmentReportsTable } from './tables-investment.ts';
export type * from './tables-investment.ts';

/**
 * Kysely table types, written to match migrations/*.sql. The migration test
 * (src/server/db/migrate.test.ts) compares these columns with the live schema, so drift fails CI.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** `date` columns come back as strings (see the type parsers in database.ts). */
type CivilDate = ColumnType<string, string, string>;
type Json = ColumnType<Record<string, unknown>, string, string>;

export interface AccountsTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: string;
  department_code: string | null;
  area_code: string | null;
  password_hash: string;
  disabled: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Added by 0007; NULL: notifications in-app only. */
  email: string | null;
}
export interface SessionsTable {
  token_hash: string;
  account_id: number;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}
export interface ApiTokensTable {
  id: Generated<number>;
  account_id: number;
  name: string;
  prefix: string;
  token_hash: string;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}
export interface AuditLogTable {
  seq: ColumnType<number, number, never>;
  occurred_at: Timestamp;
  actor: string;
  action: string;
  subject: string | null;
  request: Json;
  result: Json;
  prev_hash: string;
  hash: string;
}
/** A committed audit row waiting for audit_seal_committed to number, hash and move it (migration 0031). */
export interface AuditUnsealedTable {
  id: Generated<number>;
  occurred_at: Timestamp;
  actor: string;
  action: string;
  subject: string | null;
  request: Json;
  result: Json;
  prefix: string;
  suffix: string;
}
export interface AuditHeadTable {
  id: number;
  seq: ColumnType<number, number, number>;
  hash: string;
}
export interface IdempotencyKeysTable {
  actor: string;
  key: string;
  method: string;
  path: string;
  request_hash: string;
  status_code: number;
  response: Json;
  created_at: Timestamp;
}
export interface ReferenceDatasetsTable {
  name: string;
  version: string;
  source_title: string;
  source_url: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source. */
  effective_from: string | null;
  effective_to: string | null;
  checksum: string;
  loaded_at: Timestamp;
}
export interface DivisionsTable {
  code: string;
  name_zh: string;
  name_en: string;
  level: string;
  parent_code: string | null;
  in_zone: boolean;
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source. */
  effective_from: string | null;
  effective_to: string | null;
}
export interface ZoneUnitsTable {
  code: string;
  level: string;
  parent_code: string | null;
  name_zh: string;
  name_en: string;
  area_km2: ColumnType<string | null, number | null, number | null>;
  special_customs_zone: boolean;
  positioning_zh: string | null;
  positioning_en: string | null;
  clusters: string[];
  note: string | null;
  sort_order: number;
}
export interface ZoneUnitDistrictsTable {
  zone_unit_code: string;
  division_code: string;
  confidence: string;
}
export interface DepartmentsTable {
  code: string;
  name_zh: string;
  name_en: string;
  short_zh: string | null;
  vertical: boolean;
  responsibilities_zh: string | null;
  responsibilities_en: string | null;
  sort_order: number;
}
export interface IndustriesTable {
  code: string;
  level: string;
  parent_code: string | null;
  name_zh: string;
  name_en: string | null;
  pinyin: string;
  pinyin_initials: string;
  sort_order: number;
}
export interface CalendarOverridesTable {
  date: CivilDate;
  workday: boolean;
  name: string | null;
  reason: string;
  notice_url: string | null;
  created_by: string;
  created_at: Timestamp;
}
export interface CalendarPublishedYearsTable {
  year: number;
  notice_url: string;
  published_by: string;
  published_at: Timestamp;
}
export interface DeadlinesTable {
  id: Generated<number>;
  subject: string;
  from_date: CivilDate;
  working_days: number;
  due_date: CivilDate;
  provisional: boolean;
  holder_account_id: number | null;
  area_code: string | null;
  created_at: Timestamp;
  recomputed_at: NullableTimestamp;
}
export interface NotificationsTable {
  id: Generated<number>;
  account_id: number;
  kind: string;
  message_zh: string;
  message_en: string;
  data: Json;
  created_at: Timestamp;
  read_at: NullableTimestamp;
}
export interface EmailOutboxTable {
  id: Generated<number>;
  notification_id: number | null;
  recipient: string;
  subject: string;
  text_zh: string;
  text_en: string;
  /** pending, sent or failed. */
  status: ColumnType<string, string | undefined, string>;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
  next_attempt_at: NullableTimestamp;
}
export interface UsccBlocksTable {
  prefix: string;
  next_seq: ColumnType<number, number | undefined, number>;
  note: string | null;
  sequence_name: string | null;
}
export interface UsccIssuedTable {
  code: string;
  org_code: string;
  authority: string;
  entity_type: string;
  division: string;
  block: string;
  sequence: number;
  issued_by: string;
  issued_at: Timestamp;
}
export interface EnterprisesTable {
  uscc: string;
  name: string;
  area_code: string;
  district_code: string;
  industry_code: string;
  status: string;
  established_on: CivilDate;
  owner_account_id: number | null;
  particulars: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
}

export interface ApplicationFilesTable {
  id: Generated<number>;
  type: string;
  applicant_account_id: number;
  enterprise_uscc: string | null;
  area_code: string;
  form: Json;
  status: string;
  responsible_officer_id: ColumnType<number | null, number | null | undefined, number | null>;
  due_on: ColumnType<string | null, string | null | undefined, string | null>;
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  admission: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  decided_on: ColumnType<string | null, string | null | undefined, string | null>;
  decided_on_time: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
  /** The file checks last planned as timers (0029), as JSON; null when not known. */
  timers_planned: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface FileActionsTable {
  file_id: number;
  seq: number;
  type: string;
  actor_account_id: number | null;
  actor_role: string;
  on_date: CivilDate;
  at: Timestamp;
  payload: Json;
  reason: string | null;
  legal_basis: string | null;
}
export interface FileTasksTable {
  file_id: number;
  task_id: string;
  department_code: string;
  assignee_id: number | null;
  status: string;
  due_on: CivilDate | null;
}
export interface FileDocumentsTable {
  id: Generated<number>;
  file_id: number;
  name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: number;
  uploaded_at: Timestamp;
}

export interface TimersTable {
  id: Generated<number>;
  kind: string;
  subject: string;
  fire_at: Timestamp;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  dedupe_key: string;
  created_at: Timestamp;
  fired_at: NullableTimestamp;
  attempts: Generated<number>;
  last_error: string | null;
  cancelled_at: NullableTimestamp;
}

export interface Tables {
  accounts: AccountsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  audit_unsealed: AuditUnsealedTable;
  idempotency_keys: IdempotencyKeysTable;
  reference_datasets: ReferenceDatasetsTable;
  divisions: DivisionsTable;
  zone_units: ZoneUnitsTable;
  zone_unit_districts: ZoneUnitDistrictsTable;
  departments: DepartmentsTable;
  industries: IndustriesTable;
  calendar_overrides: CalendarOverridesTable;
  calendar_published_years: CalendarPublishedYearsTable;
  deadlines: DeadlinesTable;
  notifications: NotificationsTable;
  email_outbox: EmailOutboxTable;
  uscc_blocks: UsccBlocksTable;
  uscc_issued: UsccIssuedTable;
  enterprises: EnterprisesTable;
  timers: TimersTable;
  application_files: ApplicationFilesTable;
  file_actions: FileActionsTable;
  file_tasks: FileTasksTable;
  file_documents: FileDocumentsTable;
  negative_list_editions: NegativeListEditionsTable;
  investment_cases: InvestmentCasesTable;
  investment_recordation_counters: InvestmentRecordationCountersTable;
  investment_reports: InvestmentReportsTable;
  enterprise_names: EnterpriseNamesTable;
  establishment_applications: EstablishmentApplicationsTable;
  enterprise_register_entries: EnterpriseRegisterEntriesTable;
  establishment_follow_ups: EstablishmentFollowUpsTable;
  change_applications: ChangeApplicationsTable;
  deregistration_notices: DeregistrationNoticesTable;
  articles_filings: ArticlesFilingsTable;
  deregistration_objections: DeregistrationObjectionsTable;
  liquidations: LiquidationsTable;
  signing_keys: SigningKeysTable;
  business_licences: BusinessLicencesTable;
  enterprise_stock_rollup: EnterpriseStockRollupTable;
  enterprise_month_rollup: EnterpriseMonthRollupTable;
  enterprise_stock_deltas: EnterpriseStockDeltasTable;
  enterprise_month_deltas: EnterpriseMonthDeltasTable;
  /** Views: the rollups with the deltas not yet folded. */
  enterprise_stock_totals: EnterpriseStockRollupTable;
  enterprise_month_totals: EnterpriseMonthRollupTable;
  investment_projects: InvestmentProjectsTable;
  project_stage_changes: ProjectStageChangesTable;
  project_documents: ProjectDocumentsTable;
  attraction_tasks: AttractionTasksTable;
  assessments: AssessmentsTable;
  assessment_scores: AssessmentScoresTable;
  assessment_findings: AssessmentFindingsTable;
  assessment_actions: AssessmentActionsTable;
  assessment_action_updates: AssessmentActionUpdatesTable;
  reform_tasks: ReformTasksTable;
  reform_task_events: ReformTaskEventsTable;
  risk_alerts: RiskAlertsTable;
  risk_alert_events: RiskAlertEventsTable;
  indicator_submissions: IndicatorSubmissionsTable;
  indicator_values: IndicatorValuesTable;
  indicator_value_history: IndicatorValueHistoryTable;
  parties: PartiesTable;
  holdings: HoldingsTable;
}

export type Account = Selectable<AccountsTable>;
export type NewAccount = Insertable<AccountsTable>;
export type AccountChanges = Updateable<AccountsTable>;
