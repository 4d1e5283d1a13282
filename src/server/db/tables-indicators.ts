// Kysely table types of the indicator values (migration 0019), beside tables.ts as tables-registration.ts is.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** `numeric` comes back as a string (exact); written as a number. */
type Numeric = ColumnType<string | null, number | null | undefined, number | null>;

export interface IndicatorSubmissionsTable {
  id: Generated<number>;
  area_code: string;
  channel: 'form' | 'upload';
  file_name: string | null;
  reason: string | null;
  value_count: number;
  status: ColumnType<'pending' | 'approved' | 'returned', 'pending' | undefined, 'approved' | 'returned'>;
  submitted_by: number;
  submitted_at: Timestamp;
  decided_by: number | null;
  decided_at: NullableTimestamp;
  decision_note: string | null;
}
export interface IndicatorValuesTable {
  id: Generated<number>;
  indicator_code: string;
  area_code: string;
  period: string;
  period_kind: 'month' | 'quarter' | 'year';
  approved_value: Numeric;
  approved_submission_id: number | null;
  approved_at: NullableTimestamp;
  pending_value: Numeric;
  pending_submission_id: number | null;
  revision: ColumnType<number, number | undefined, number>;
}
export interface IndicatorValueHistoryTable {
  id: Generated<number>;
  value_id: number;
  submission_id: number;
  event: 'submitted' | 'approved' | 'returned' | 'superseded';
  revision: number;
  old_value: Numeric;
  new_value: Numeric;
  entered_value: Numeric;
  entered_unit: string | null;
  reason: string | null;
  actor_account_id: number;
  at: Timestamp;
}
