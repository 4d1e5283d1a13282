import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { EmailOutboxItem, EmailStatus } from '../../../../schemas/notifications.ts';
import { formatDateTime } from '../../components/formatDateTime.ts';
import type { MessageId } from '../../i18n/zh-CN.ts';
import { useT } from '../../i18n/useT.ts';

// A Record keyed by status, so a status added to src/schemas/notifications.ts and missing here fails to compile.
const statusView: Record<EmailStatus, { labelId: MessageId; color: string }> = {
  pending: { labelId: 'outbox.status.pending', color: 'processing' },
  sent: { labelId: 'outbox.status.sent', color: 'success' },
  failed: { labelId: 'outbox.status.failed', color: 'error' },
};

export type EmailOutboxTableProps = {
  items: EmailOutboxItem[];
  loading: boolean;
};

/** E-mails newest first; each row opens to the text as sent (or as it would be) and the last error. */
export function EmailOutboxTable({ items, loading }: EmailOutboxTableProps) {
  const t = useT();
  const columns: TableColumnsType<EmailOutboxItem> = [
    { title: t('outbox.column.created'), dataIndex: 'createdAt', render: (v: string) => <time dateTime={v}>{formatDateTime(v)}</time> },
    { title: t('outbox.column.recipient'), dataIndex: 'recipient', render: (v: string) => <code>{v}</code> },
    { title: t('outbox.column.subject'), dataIndex: 'subject' },
    {
      title: t('outbox.column.status'),
      dataIndex: 'status',
      render: (status: EmailStatus) => <Tag color={statusView[status].color}>{t(statusView[status].labelId)}</Tag>,
    },
    { title: t('outbox.column.attempts'), dataIndex: 'attempts', width: 100 },
    {
      title: t('outbox.column.sent'),
      dataIndex: 'sentAt',
      render: (v: string | null) => (v ? <time dateTime={v}>{formatDateTime(v)}</time> : '—'),
    },
  ];
  return (
    <Table<EmailOutboxItem>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('outbox.page.empty') }}
      expandable={{
        expandedRowRender: (e) => (
          <div>
            <Typography.Text strong>{t('outbox.detail.text')}</Typography.Text>
            <pre style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontSize: 13 }}>{e.text}</pre>
            {e.lastError && (
              <Typography.Paragraph type="danger" style={{ marginTop: 8, marginBottom: 0 }}>
                {t('outbox.detail.lastError')}: {e.lastError}
              </Typography.Paragraph>
            )}
            {e.status === 'failed' && e.nextAttemptAt && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 0 }}>
                {t('outbox.detail.nextAttempt', { at: formatDateTime(e.nextAttemptAt) })}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }}
    />
  );
}
