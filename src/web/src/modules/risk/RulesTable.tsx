import { Alert, Table } from 'antd';
import type { z } from 'zod';
import type { RiskRuleListResponse } from '../../../../schemas/risk.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { conditionText, ownerLabels, scopeLabels, type RiskRule } from './riskLabels.ts';
import { LevelTag } from './RiskTags.tsx';

/** The risk-warning rules of reference-data/plan/risk-rules.json, with the note that their thresholds are ours. */
export function RulesTable() {
  const t = useT();
  const localName = useLocalName();
  const { data, error, loading, reload } = useApi<z.infer<typeof RiskRuleListResponse>>('/api/risk/rules');
  return (
    <>
      <Alert type="info" showIcon title={t('risk.rules.note')} style={{ marginBottom: 16 }} />
      <ErrorAlert error={error} onRetry={reload} />
      <Table<RiskRule>
        data-testid="risk-rules"
        rowKey="code"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 1100 }}
        columns={[
          { key: 'code', title: t('risk.rules.column.code'), dataIndex: 'code' },
          { key: 'name', title: t('risk.rules.column.name'), render: (_, r) => localName(r.zh, r.en) },
          { key: 'indicator', title: t('risk.rules.column.indicator'), render: (_, r) => <code>{r.indicatorCode}</code> },
          { key: 'scope', title: t('risk.rules.column.scope'), render: (_, r) => t(scopeLabels[r.scope]) },
          { key: 'condition', title: t('risk.rules.column.condition'), render: (_, r) => conditionText(r, t) },
          { key: 'level', title: t('risk.rules.column.level'), render: (_, r) => <LevelTag level={r.level} /> },
          { key: 'owner', title: t('risk.rules.column.owner'), render: (_, r) => t(ownerLabels[r.owner]) },
          { key: 'escalation', title: t('risk.rules.column.escalation'), render: (_, r) => t('risk.rules.escalation', { days: r.escalateAfterWorkingDays }) },
          { key: 'basis', title: t('risk.rules.column.basis'), dataIndex: 'basis' },
        ]}
      />
    </>
  );
}
