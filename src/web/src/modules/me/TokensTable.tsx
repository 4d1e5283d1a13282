import { Button, Popconfirm, Table, Tag, type TableColumnsType } from 'antd';
import type { ApiTokenView } from '../../../../schemas/auth.ts';
import { useT } from '../../i18n/useT.ts';
import { formatDateTime } from '../../components/formatDateTime.ts';

export type TokensTableProps = {
  items: ApiTokenView[];
  loading: boolean;
  onRevoke: (id: number) => void;
};

/** The user's API tokens; active ones can be revoked. */
export function TokensTable({ items, loading, onRevoke }: TokensTableProps) {
  const t = useT();
  const columns: TableColumnsType<ApiTokenView> = [
    { title: t('tokens.column.name'), dataIndex: 'name' },
    { title: t('tokens.column.prefix'), dataIndex: 'prefix', render: (p: string) => <code>{p}…</code> },
    { title: t('tokens.column.created'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
    { title: t('tokens.column.lastUsed'), dataIndex: 'lastUsedAt', render: (v: string | null) => (v ? formatDateTime(v) : t('tokens.page.never')) },
    {
      title: t('tokens.column.status'),
      dataIndex: 'revokedAt',
      render: (v: string | null) =>
        v ? <Tag>{t('tokens.status.revoked', { at: formatDateTime(v) })}</Tag> : <Tag color="success">{t('tokens.status.active')}</Tag>,
    },
    {
      title: t('common.table.actions'),
      key: 'actions',
      render: (_, token) =>
        token.revokedAt ? null : (
          <Popconfirm
            title={t('tokens.revoke.confirm', { name: token.name })}
            okText={t('tokens.revoke.action')}
            cancelText={t('common.action.cancel')}
            onConfirm={() => onRevoke(token.id)}
          >
            <Button size="small" danger aria-label={t('tokens.revoke.label', { name: token.name })}>
              {t('tokens.revoke.action')}
            </Button>
          </Popconfirm>
        ),
    },
  ];
  return (
    <Table<ApiTokenView>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('tokens.page.empty') }}
    />
  );
}
