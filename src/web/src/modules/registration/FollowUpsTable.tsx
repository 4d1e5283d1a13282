import { Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { FollowUpView } from '../../../../schemas/registration.ts';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { useDepartments } from '../files/useDepartments.ts';
import { followUpStatusLabels } from './registrationLabels.ts';
import { pageOf50 } from '../../components/tableRows.ts';

export type FollowUpsTableProps = {
  items: FollowUpView[];
  loading?: boolean;
  /** Show the enterprise of each task (the department's list spans enterprises). */
  showEnterprise?: boolean;
  /** Offered on open tasks when given (department reviewers). */
  onComplete?: (task: FollowUpView) => void;
};

/** The departments' follow-up tasks of new enterprises: department, task, due day, status and overdue. */
export function FollowUpsTable({ items, loading = false, showEnterprise = false, onComplete }: FollowUpsTableProps) {
  const t = useT();
  const localName = useLocalName();
  const { departmentName } = useDepartments();
  const columns: TableColumnsType<FollowUpView> = [
    ...(showEnterprise
      ? [
          {
            title: t('registration.followUp.column.enterprise'),
            key: 'enterprise',
            render: (_: unknown, f: FollowUpView) => (
              <Space orientation="vertical" size={0}>
                <strong>{f.enterpriseName}</strong>
                <Typography.Text code style={{ fontSize: 12 }}>
                  {f.uscc}
                </Typography.Text>
              </Space>
            ),
          },
        ]
      : []),
    { title: t('registration.followUp.column.task'), key: 'task', render: (_, f) => localName(f.zh, f.en) },
    { title: t('registration.followUp.column.department'), dataIndex: 'departmentCode', render: (code: string) => departmentName(code) },
    { title: t('registration.followUp.column.dueOn'), dataIndex: 'dueOn', render: (d: string) => <span style={{ whiteSpace: 'nowrap' }}>{d}</span> },
    {
      title: t('registration.followUp.column.status'),
      key: 'status',
      render: (_, f) => (
        <span data-testid="follow-up-status" data-status={f.status}>
          <Tag color={f.status === 'done' ? 'green' : 'blue'}>{t(followUpStatusLabels[f.status])}</Tag>
          {f.overdue && <Tag color="red">{t('registration.followUp.overdue')}</Tag>}
        </span>
      ),
    },
    {
      title: t('registration.followUp.column.doneAt'),
      key: 'done',
      render: (_, f) =>
        f.doneAt ? (
          <Space orientation="vertical" size={0}>
            <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(f.doneAt)}</span>
            {f.note && <Typography.Text type="secondary">{f.note}</Typography.Text>}
          </Space>
        ) : (
          '—'
        ),
    },
    ...(onComplete
      ? [
          {
            title: t('common.table.actions'),
            key: 'actions',
            render: (_: unknown, f: FollowUpView) =>
              f.status === 'open' ? (
                <Button size="small" type="primary" onClick={() => onComplete(f)} aria-label={t('registration.followUp.completeLabel', { task: localName(f.zh, f.en), name: f.enterpriseName })}>
                  {t('registration.followUp.complete')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Table<FollowUpView>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('registration.followUps.empty') }}
      pagination={pageOf50(t)}
    />
  );
}
