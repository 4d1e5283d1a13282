import { Button, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { CalendarOverridesResponse } from '../../../../schemas/calendar.ts';
import { useT } from '../../i18n/useT.ts';
import { formatDateTime } from '../../components/formatDateTime.ts';

export type OverrideRow = CalendarOverridesResponse['overrides'][number];

export type OverridesTableProps = {
  items: OverrideRow[];
  loading: boolean;
  onEdit: (row: OverrideRow) => void;
  onDelete: (date: string) => void;
};

/** The administrator's day overrides of one year. */
export function OverridesTable({ items, loading, onEdit, onDelete }: OverridesTableProps) {
  const t = useT();
  const columns: TableColumnsType<OverrideRow> = [
    { title: t('calendarAdmin.column.date'), dataIndex: 'date', width: 120 },
    {
      title: t('calendarAdmin.column.workday'),
      dataIndex: 'workday',
      render: (workday: boolean) =>
        workday ? <Tag color="blue">{t('calendarAdmin.workday.yes')}</Tag> : <Tag color="red">{t('calendarAdmin.workday.no')}</Tag>,
    },
    { title: t('calendarAdmin.column.name'), dataIndex: 'name', render: (v: string | null | undefined) => v ?? '—' },
    { title: t('calendarAdmin.column.reason'), dataIndex: 'reason' },
    {
      title: t('calendarAdmin.column.notice'),
      dataIndex: 'noticeUrl',
      render: (url: string | null | undefined) =>
        url ? (
          <Typography.Link href={url} target="_blank" rel="noopener noreferrer">
            {t('calendarAdmin.notice.link')}
          </Typography.Link>
        ) : (
          '—'
        ),
    },
    { title: t('calendarAdmin.column.createdBy'), key: 'by', render: (_, row) => `${row.createdBy} · ${formatDateTime(row.createdAt)}` },
    {
      title: t('common.table.actions'),
      key: 'actions',
      render: (_, row) => (
        <Space>
          <Button size="small" onClick={() => onEdit(row)} aria-label={t('calendarAdmin.edit.label', { date: row.date })}>
            {t('common.action.edit')}
          </Button>
          <Popconfirm
            title={t('calendarAdmin.delete.confirm', { date: row.date })}
            okText={t('common.action.delete')}
            cancelText={t('common.action.cancel')}
            onConfirm={() => onDelete(row.date)}
          >
            <Button size="small" danger aria-label={t('calendarAdmin.delete.label', { date: row.date })}>
              {t('common.action.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  return (
    <Table<OverrideRow>
      rowKey="date"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('calendarAdmin.page.empty') }}
    />
  );
}
