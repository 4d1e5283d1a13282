// Kysely table types of area assessments and reform pilot tasks (migration 0021), kept beside tables.ts so neither
// file grows past reading length. src/server/db/migrate.test.ts compares the columns with the live schema.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type CivilDate = ColumnType<string, string, string>;
type NullableJson = ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;

export type AssessmentKindColumn = 'annual' | 'mid_term' | 'third_party_semiannual' | 'third_party_annual';
export type AssessmentStatusColumn = 'in_progress' | 'submitted' | 'closed';
export type ActionStatusColumn = 'open' | 'in_progress' | 'done' | 'verified' | 'closed';
export type ReformStatusColumn = 'proposed' | 'piloting' | 'evaluated' | 'proposed_for_replication' | 'replicated' | 'failed' | 'closed';

export interface AssessmentsTable {
  id: Generated<number>;
  kind: AssessmentKindColumn;
  area_code: string;
  period: string;
  template_code: string;
  template_version: number;
  status: ColumnType<AssessmentStatusColumn, AssessmentStatusColumn | undefined, AssessmentStatusColumn>;
  assessor_account_id: number | null;
  total: number | null;
  grade: string | null;
  created_by: number;
  created_at: Timestamp;
  submitted_by: number | null;
  submitted_at: NullableTimestamp;
  closed_at: NullableTimestamp;
}

export interface AssessmentScoresTable {
  assessment_id: number;
  criterion_key: string;
  score: number;
  evidence: string;
  document_name: string | null;
  document_media_type: string | null;
  document_size_bytes: number | null;
  document_sha256: string | null;
  document_content: Buffer | null;
  scored_by: number;
  scored_at: Timestamp;
}

export interface AssessmentFindingsTable {
  id: Generated<number>;
  assessment_id: number;
  kind: 'strength' | 'problem' | 'bottleneck' | 'suggestion' | 'innovation_case' | 'replicable_experience';
  criterion_key: string | null;
  text: string;
  reform_task_id: number | null;
  recorded_by: number;
  recorded_at: Timestamp;
}

export interface AssessmentActionsTable {
  id: Generated<number>;
  assessment_id: number;
  finding_id: number | null;
  title: string;
  owner_area_code: string;
  due_on: CivilDate;
  status: ColumnType<ActionStatusColumn, ActionStatusColumn | undefined, ActionStatusColumn>;
  opened_by: number;
  opened_at: Timestamp;
  updated_at: Timestamp;
  closed_at: NullableTimestamp;
}

export interface AssessmentActionUpdatesTable {
  id: Generated<number>;
  action_id: number;
  move: 'open' | 'progress' | 'done' | 'verify' | 'return' | 'close';
  from_status: ActionStatusColumn | null;
  to_status: ActionStatusColumn;
  note: ColumnType<string, string | undefined, string>;
  actor_id: number;
  at: Timestamp;
}

export interface ReformTasksTable {
  id: Generated<number>;
  title: string;
  title_en: string | null;
  description: string;
  source_kind: string;
  source_reference: string;
  responsible_department_code: string;
  area_code: string | null;
  status: ColumnType<ReformStatusColumn, ReformStatusColumn | undefined, ReformStatusColumn>;
  started_on: ColumnType<string | null, string | null | undefined, string | null>;
  evaluation: NullableJson;
  replication: NullableJson;
  created_by: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReformTaskEventsTable {
  id: Generated<number>;
  task_id: number;
  kind: 'created' | 'status' | 'replication';
  from_status: ReformStatusColumn | null;
  to_status: ReformStatusColumn;
  detail: ColumnType<Record<string, unknown>, string, string>;
  note: string | null;
  actor_id: number;
  at: Timestamp;
}
