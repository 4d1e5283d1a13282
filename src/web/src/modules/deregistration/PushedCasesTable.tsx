import { Button, Table, Typography, type TableColumnsType } from 'antd';
import { ExclamationCircleOutlined } from '@ant-design/icons';
import type { NoticeView } from '../../../../schemas/deregistration.ts';
import { useT } from '../../i18n/useT.ts';
import { NoticeStateTag, useObjectionText } from './NoticeDetails.tsx';

export type PushedCasesTableProps = {
  items: NoticeView[];
  loading: boolean;
  /** Opens the objection of one case; the button shows while the departments' period runs. */
  onObject: (notice: NoticeView) => void;
};

/** While the departments' 10 days run, a department may object (a second department too, after a first one). */
const mayObject = (n: NoticeView) => n.state === 'in_notice' || n.state === 'objected';

/** The individual businesses' summary deregistrations pushed to the departments (EXIT-06), newest first. */
export function PushedCasesTable({ items, loading, onObject }: PushedCasesTableProps) {
  const t = useT();
  const objectionText = useObjectionText();
  const columns: TableColumnsType<NoticeView> = [
    { title: t('deregistration.notice.enterprise'), dataIndex: 'enterpriseName' },
    { title: t('deregistration.notice.uscc'), dataIndex: 'uscc', render: (uscc: string) => <Typography.Text code>{uscc}</Typography.Text> },
    {
      title: t('deregistration.departments.period'),
      key: 'period',
      render: (_v, n) => <span style={{ whiteSpace: 'nowrap' }}>{t('deregistration.notice.periodValue', { from: n.noticeFrom, to: n.noticeTo, days: n.noticeDays })}</span>,
    },
    { title: t('deregistration.notice.state'), dataIndex: 'state', render: (state: NoticeView['state']) => <NoticeStateTag state={state} /> },
    {
      title: t('deregistration.notice.objections'),
      dataIndex: 'objections',
      render: (objections: NoticeView['objections']) =>
        objections.length === 0 ? (
          t('deregistration.notice.none')
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: 18, maxWidth: 420 }} data-testid="pushed-objections">
            {objections.map((o) => (
              <li key={o.id}>{objectionText(o)}</li>
            ))}
          </ul>
        ),
    },
    {
      title: t('common.table.actions'),
      key: 'actions',
      render: (_v, n) =>
        mayObject(n) ? (
          <Button size="small" danger icon={<ExclamationCircleOutlined />} aria-label={t('deregistration.pushed.objectLabel', { name: n.enterpriseName })} onClick={() => onObject(n)}>
            {t('deregistration.object.open')}
          </Button>
        ) : null,
    },
  ];
  return (
    <Table<NoticeView>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: t('deregistration.pushed.empty') }}
      onRow={(n) => ({ 'data-testid': 'pushed-case', 'data-notice-id': n.id, 'data-state': n.state }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
