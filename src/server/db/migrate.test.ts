import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/test-database.ts';
import { openDatabase, type Database } from './database.ts';
import { listMigrations, migrate } from './migrate.ts';

// The column lists of src/server/db/tables.ts, which Kysely's types are written from; a migration
// that adds, drops or renames a column without updating tables.ts fails here.
const expectedColumns: Record<string, string[]> = {
  accounts: ['id', 'username', 'display_name', 'role', 'department_code', 'area_code', 'password_hash', 'disabled', 'created_at', 'updated_at', 'email'],
  sessions: ['token_hash', 'account_id', 'csrf_token', 'created_at', 'expires_at'],
  api_tokens: ['id', 'account_id', 'name', 'prefix', 'token_hash', 'created_at', 'last_used_at', 'revoked_at'],
  audit_log: ['seq', 'occurred_at', 'actor', 'action', 'subject', 'request', 'result', 'prev_hash', 'hash'],
  audit_head: ['id', 'seq', 'hash'],
  audit_unsealed: ['id', 'occurred_at', 'actor', 'action', 'subject', 'request', 'result', 'prefix', 'suffix'],
  idempotency_keys: ['actor', 'key', 'method', 'path', 'request_hash', 'status_code', 'response', 'created_at'],
  reference_datasets: ['name', 'version', 'source_title', 'source_url', 'effective_from', 'effective_to', 'checksum', 'loaded_at'],
  divisions: ['code', 'name_zh', 'name_en', 'level', 'parent_code', 'in_zone', 'effective_from', 'effective_to'],
  zone_units: ['code', 'level', 'parent_code', 'name_zh', 'name_en', 'area_km2', 'special_customs_zone', 'positioning_zh', 'positioning_en', 'clusters', 'note', 'sort_order'],
  zone_unit_districts: ['zone_unit_code', 'division_code', 'confidence'],
  departments: ['code', 'name_zh', 'name_en', 'short_zh', 'vertical', 'responsibilities_zh', 'responsibilities_en', 'sort_order'],
  industries: ['code', 'level', 'parent_code', 'name_zh', 'name_en', 'pinyin', 'pinyin_initials', 'sort_order'],
  calendar_overrides: ['date', 'workday', 'name', 'reason', 'notice_url', 'created_by', 'created_at'],
  calendar_published_years: ['year', 'notice_url', 'published_by', 'published_at'],
  deadlines: ['id', 'subject', 'from_date', 'working_days', 'due_date', 'provisional', 'holder_account_id', 'area_code', 'created_at', 'recomputed_at'],
  notifications: ['id', 'account_id', 'kind', 'message_zh', 'message_en', 'data', 'created_at', 'read_at'],
  email_outbox: ['id', 'notification_id', 'recipient', 'subject', 'text_zh', 'text_en', 'status', 'attempts', 'last_error', 'created_at', 'sent_at', 'next_attempt_at'],
  uscc_blocks: ['prefix', 'next_seq', 'note', 'sequence_name'],
  uscc_issued: ['code', 'org_code', 'authority', 'entity_type', 'division', 'block', 'sequence', 'issued_by', 'issued_at'],
  enterprises: ['uscc', 'name', 'area_code', 'district_code', 'industry_code', 'status', 'established_on', 'owner_account_id', 'particulars'],
  timers: ['id', 'kind', 'subject', 'fire_at', 'payload', 'dedupe_key', 'created_at', 'fired_at', 'attempts', 'last_error', 'cancelled_at'],
  application_files: ['id', 'type', 'applicant_account_id', 'enterprise_uscc', 'area_code', 'form', 'status', 'responsible_officer_id', 'due_on', 'version', 'created_at', 'updated_at', 'admission', 'decided_on', 'decided_on_time', 'timers_planned'],
  file_actions: ['file_id', 'seq', 'type', 'actor_account_id', 'actor_role', 'on_date', 'at', 'payload', 'reason', 'legal_basis'],
  file_tasks: ['file_id', 'task_id', 'department_code', 'assignee_id', 'status', 'due_on'],
  file_documents: ['id', 'file_id', 'name', 'media_type', 'size_bytes', 'sha256', 'content', 'uploaded_by', 'uploaded_at'],
  negative_list_editions: ['id', 'code', 'revision', 'title_zh', 'title_en', 'instrument', 'issued_on', 'effective_from', 'measure_count', 'reconstructed', 'content', 'checksum', 'origin', 'loaded_by', 'loaded_at'],
  investment_cases: ['id', 'kind', 'applicant_account_id', 'area_code', 'name', 'input', 'classification', 'procedure', 'recordation_no', 'file_id', 'security_review', 'flagged', 'created_at'],
  investment_recordation_counters: ['year', 'last'],
  investment_reports: ['id', 'case_id', 'kind', 'period', 'body', 'contact', 'reported_by', 'reported_at'],
  enterprise_names: ['id', 'name', 'trade_name', 'trade_name_pinyin', 'industry', 'status', 'since', 'reserved_until', 'uscc', 'account_id', 'commitment', 'created_at'],
  establishment_applications: ['id', 'applicant_account_id', 'filed_by_account_id', 'name', 'name_id', 'form', 'review', 'route', 'status', 'file_id', 'uscc', 'created_at', 'decided_at', 'kind'],
  enterprise_register_entries: ['id', 'uscc', 'kind', 'summary', 'recorded_by', 'recorded_at'],
  establishment_follow_ups: ['id', 'uscc', 'task_key', 'department_code', 'due_on', 'status', 'done_at', 'done_by', 'note'],
  change_applications: ['id', 'uscc', 'applicant_account_id', 'filed_by_account_id', 'changes', 'form', 'review', 'route', 'status', 'file_id', 'licence_version', 'created_at', 'decided_at'],
  deregistration_notices: ['id', 'uscc', 'applicant_account_id', 'commitments', 'declarations', 'notice_from', 'notice_to', 'apply_by', 'status', 'created_at', 'closed_at', 'route'],
  articles_filings: ['id', 'uscc', 'name', 'media_type', 'content', 'sha256', 'size_bytes', 'adopted_on', 'amendment', 'filed_by_account_id', 'filed_at'],
  enterprise_stock_rollup: ['area_code', 'industry_code', 'status', 'section', 'enterprises', 'foreign_invested', 'capital_known', 'capital_yuan'],
  enterprise_month_rollup: ['area_code', 'industry_code', 'month', 'established', 'foreign_invested', 'capital_yuan'],
  enterprise_stock_deltas: ['id', 'area_code', 'industry_code', 'status', 'section', 'enterprises', 'foreign_invested', 'capital_known', 'capital_yuan'],
  enterprise_month_deltas: ['id', 'area_code', 'industry_code', 'month', 'established', 'foreign_invested', 'capital_yuan'],
  enterprise_stock_totals: ['area_code', 'industry_code', 'status', 'section', 'enterprises', 'foreign_invested', 'capital_known', 'capital_yuan'],
  enterprise_month_totals: ['area_code', 'industry_code', 'month', 'established', 'foreign_invested', 'capital_yuan'],
  risk_alerts: ['id', 'rule_code', 'area_code', 'period', 'level', 'owner', 'status', 'finding', 'escalations', 'disposal', 'opened_at', 'updated_at'],
  risk_alert_events: ['id', 'alert_id', 'kind', 'actor', 'note', 'at'],
  deregistration_objections: ['id', 'notice_id', 'objector', 'objector_kind', 'contact', 'grounds', 'created_at'],
  liquidations: ['id', 'uscc', 'applicant_account_id', 'reason', 'members', 'leader', 'formed_on', 'announced_on', 'claims_until', 'status', 'report', 'created_at', 'deregistered_at'],
  signing_keys: ['key_id', 'algorithm', 'public_key', 'private_key', 'created_at', 'retired_at'],
  business_licences: ['id', 'uscc', 'version', 'document', 'canonical', 'signature', 'key_id', 'issued_at', 'superseded_at'],
  indicator_submissions: ['id', 'area_code', 'channel', 'file_name', 'reason', 'value_count', 'status', 'submitted_by', 'submitted_at', 'decided_by', 'decided_at', 'decision_note'],
  indicator_values: ['id', 'indicator_code', 'area_code', 'period', 'period_kind', 'approved_value', 'approved_submission_id', 'approved_at', 'pending_value', 'pending_submission_id', 'revision'],
  parties: ['id', 'kind', 'key', 'name', 'nationality'],
  holdings: ['id', 'subject_id', 'holder_id', 'holder_kind', 'share_min', 'share_max', 'valid_from', 'valid_to', 'source', 'recorded_at'],
  indicator_value_history: ['id', 'value_id', 'submission_id', 'event', 'revision', 'old_value', 'new_value', 'entered_value', 'entered_unit', 'reason', 'actor_account_id', 'at'],
  investment_projects: ['id', 'area_code', 'unit_code', 'name', 'investor_name', 'investor_category', 'direction', 'industry_code', 'total_investment_yuan', 'site_area_m2', 'land_categories', 'stage', 'stage_since', 'note', 'created_by', 'created_at', 'updated_at'],
  project_stage_changes: ['id', 'project_id', 'seq', 'from_stage', 'to_stage', 'on_date', 'facts', 'note', 'changed_by', 'changed_at'],
  project_documents: ['id', 'project_id', 'stage_change_id', 'kind', 'name', 'media_type', 'size_bytes', 'sha256', 'content', 'uploaded_by', 'uploaded_at'],
  attraction_tasks: ['id', 'area_code', 'year', 'revision', 'target_count', 'target_investment_yuan', 'status', 'note', 'set_by', 'set_at'],
  reform_tasks: ['id', 'title', 'title_en', 'description', 'source_kind', 'source_reference', 'responsible_department_code', 'area_code', 'status', 'started_on', 'evaluation', 'replication', 'created_by', 'created_at', 'updated_at'],
  reform_task_events: ['id', 'task_id', 'kind', 'from_status', 'to_status', 'detail', 'note', 'actor_id', 'at'],
  assessments: ['id', 'kind', 'area_code', 'period', 'template_code', 'template_version', 'status', 'assessor_account_id', 'total', 'grade', 'created_by', 'created_at', 'submitted_by', 'submitted_at', 'closed_at'],
  assessment_scores: ['assessment_id', 'criterion_key', 'score', 'evidence', 'document_name', 'document_media_type', 'document_size_bytes', 'document_sha256', 'document_content', 'scored_by', 'scored_at'],
  assessment_findings: ['id', 'assessment_id', 'kind', 'criterion_key', 'text', 'reform_task_id', 'recorded_by', 'recorded_at'],
  assessment_actions: ['id', 'assessment_id', 'finding_id', 'title', 'owner_area_code', 'due_on', 'status', 'opened_by', 'opened_at', 'updated_at', 'closed_at'],
  assessment_action_updates: ['id', 'action_id', 'move', 'from_status', 'to_status', 'note', 'actor_id', 'at'],
};

let testDb: TestDatabase;
let database: Database;
beforeAll(async () => {
  testDb = await createTestDatabase();
  database = await openDatabase(testDb.options);
});
afterAll(async () => {
  await database.close();
  await testDb.drop();
});

describe('migrations', () => {
  it('are numbered without gaps and named verb-first', () => {
    const files = listMigrations();
    expect(files.map((m) => m.version)).toEqual(files.map((_, i) => i + 1));
    for (const m of files) expect(m.name).toMatch(/^\d{4}_(create|add|drop|alter|rename|backfill)-[a-z0-9-]+$/);
  });

  it('apply once, and a second run applies nothing', async () => {
    expect(await migrate(database)).toHaveLength(listMigrations().length);
    expect(await migrate(database)).toEqual([]);
  });

  it('produce exactly the columns tables.ts declares', async () => {
    const rows = await sql<{ table_name: string; column_name: string }>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name <> 'schema_migrations'
      ORDER BY table_name, ordinal_position`.execute(database.db);
    const actual: Record<string, string[]> = {};
    for (const r of rows.rows) (actual[r.table_name] ??= []).push(r.column_name);
    expect(actual).toEqual(expectedColumns);
  });

  it('refuse to run when an applied migration was edited', async () => {
    await sql`UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1`.execute(database.db);
    await expect(migrate(database)).rejects.toThrow(/was edited after it was applied/);
  });
});
