import { Badge, Button, Space, Table } from 'antd';
import type { RiskAlertView } from '../../../../schemas/risk.ts';
import { useAuth } from '../../auth/useAuth.ts';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { pageOf50 } from '../../components/tableRows.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { actionsFor } from './alertPermissions.ts';
import { actionLabels, type AlertAction } from './riskLabels.ts';
import { areaText, LevelTag, StatusTag } from './RiskTags.tsx';

export type AlertsTableProps = {
  items: RiskAlertView[];
  loading: boolean;
  onDetails: (alert: RiskAlertView) => void;
  onAction: (alert: RiskAlertView, action: AlertAction) => void;
};

/** The risk warnings with the actions the signed-in role may take on each (the server checks again). */
export function AlertsTable({ items, loading, onDetails, onAction }: AlertsTableProps) {
  const t = useT();
  const localName = useLocalName();
  const { user } = useAuth();
  return (
    <Table<RiskAlertView>
      data-testid="risk-alerts"
      rowKey="id"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('risk.alerts.empty') }}
      scroll={{ x: 1100 }}
      pagination={pageOf50(t)}
      columns={[
        { key: 'level', title: t('risk.column.level'), render: (_, r) => <LevelTag level={r.level} /> },
        { key: 'rule', title: t('risk.column.rule'), render: (_, r) => localName(r.ruleZh, r.ruleEn) },
        { key: 'area', title: t('risk.column.area'), render: (_, r) => areaText(r.areaCode, t) },
        { key: 'period', title: t('risk.column.period'), dataIndex: 'period' },
        { key: 'finding', title: t('risk.column.finding'), render: (_, r) => localName(r.finding.zh, r.finding.en) },
        { key: 'status', title: t('risk.column.status'), render: (_, r) => <StatusTag status={r.status} /> },
        {
          key: 'escalations',
          title: t('risk.column.escalations'),
          render: (_, r) => (r.escalations > 0 ? <Badge count={r.escalations} color="red" /> : 0),
        },
        { key: 'openedAt', title: t('risk.column.openedAt'), render: (_, r) => formatDateTime(r.openedAt) },
        {
          key: 'actions',
          title: t('common.table.actions'),
          render: (_, r) => (
            <Space wrap size="small">
              <Button size="small" type="link" onClick={() => onDetails(r)}>
                {t('risk.action.details')}
              </Button>
              {actionsFor(user, r).map((action) => (
                <Button key={action} size="small" type={action === 'handle' || action === 'close' ? 'primary' : 'default'} onClick={() => onAction(r, action)}>
                  {t(actionLabels[action])}
                </Button>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}
