// Kysely table types of risk warnings (migration 0018).
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface RiskAlertsTable {
  id: Generated<number>;
  rule_code: string;
  area_code: string | null;
  period: string;
  level: 'yellow' | 'orange' | 'red';
  owner: 'area' | 'ftz-office';
  status: 'open' | 'acknowledged' | 'handled' | 'closed';
  finding: ColumnType<Record<string, unknown>, string, string>;
  escalations: Generated<number>;
  disposal: string | null;
  opened_at: Timestamp;
  updated_at: Timestamp;
}

export interface RiskAlertEventsTable {
  id: Generated<number>;
  alert_id: number;
  kind: 'opened' | 'acknowledged' | 'handled' | 'closed' | 'reopened' | 'escalated';
  actor: string;
  note: string | null;
  at: Timestamp;
}
