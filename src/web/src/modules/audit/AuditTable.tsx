import { Table, Typography, type TableColumnsType } from 'antd';
import type { AuditEntryView } from '../../../../schemas/audit.ts';
import { useT } from '../../i18n/useT.ts';
import { formatDateTime } from '../../components/formatDateTime.ts';

export type AuditTableProps = {
  items: AuditEntryView[];
  loading: boolean;
};

function Json({ value }: { value: unknown }) {
  return (
    <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>{JSON.stringify(value, null, 2)}</pre>
  );
}

/** Audit-trail rows, newest first; each opens to its request and result summaries and hashes. */
export function AuditTable({ items, loading }: AuditTableProps) {
  const t = useT();
  const columns: TableColumnsType<AuditEntryView> = [
    { title: t('audit.column.seq'), dataIndex: 'seq', width: 80 },
    { title: t('audit.column.time'), dataIndex: 'occurredAt', render: (v: string) => <time dateTime={v}>{formatDateTime(v)}</time> },
    { title: t('audit.column.actor'), dataIndex: 'actor', render: (v: string) => <code>{v}</code> },
    { title: t('audit.column.action'), dataIndex: 'action', render: (v: string) => <code>{v}</code> },
    { title: t('audit.column.subject'), dataIndex: 'subject', render: (v: string | null) => v ?? '—' },
    {
      title: t('audit.column.hash'),
      dataIndex: 'hash',
      render: (v: string) => (
        <Typography.Text code copyable={{ text: v }} title={v}>
          {v.slice(0, 12)}…
        </Typography.Text>
      ),
    },
  ];
  return (
    <Table<AuditEntryView>
      rowKey="seq"
      size="small"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('audit.page.empty') }}
      expandable={{
        expandedRowRender: (e) => (
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', gap: 16 }}>
            <div>
              <Typography.Text strong>{t('audit.detail.request')}</Typography.Text>
              <Json value={e.request} />
            </div>
            <div>
              <Typography.Text strong>{t('audit.detail.result')}</Typography.Text>
              <Json value={e.result} />
            </div>
            <div>
              <Typography.Text strong>{t('audit.detail.prevHash')}</Typography.Text>
              <pre style={{ margin: 0, wordBreak: 'break-all', whiteSpace: 'pre-wrap', fontSize: 12 }}>{e.prevHash}</pre>
              <Typography.Text strong>{t('audit.column.hash')}</Typography.Text>
              <pre style={{ margin: 0, wordBreak: 'break-all', whiteSpace: 'pre-wrap', fontSize: 12 }}>{e.hash}</pre>
            </div>
          </div>
        ),
      }}
    />
  );
}
