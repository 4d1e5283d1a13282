import { Button, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { NameReservationView } from '../../../../schemas/names.ts';
import { useT } from '../../i18n/useT.ts';
import { statusTag } from './nameLabels.ts';

export type ReservationsTableProps = {
  items: NameReservationView[];
  loading: boolean;
  /** The reservation being released, if any (its button spins). */
  releasing: number | undefined;
  onRelease: (reservation: NameReservationView) => void;
};

/** A reservation the applicant may still give up: reserved and not past its day. */
export function isHeld(r: NameReservationView): boolean {
  return r.status === 'reserved' && !r.expired;
}

/** The applicant's names, newest first: status (and expiry), the day kept until, and release for held ones. */
export function ReservationsTable({ items, loading, releasing, onRelease }: ReservationsTableProps) {
  const t = useT();
  const columns: TableColumnsType<NameReservationView> = [
    { title: t('names.mine.column.name'), dataIndex: 'name', render: (name: string) => <strong>{name}</strong> },
    {
      title: t('names.mine.column.status'),
      key: 'status',
      render: (_, r) => (
        <span data-testid="my-name-status" data-status={r.status} data-expired={r.expired}>
          <Tag color={r.expired ? 'default' : statusTag[r.status].color}>{t(statusTag[r.status].id)}</Tag>
          {r.expired && <Tag color="warning">{t('names.mine.expired')}</Tag>}
        </span>
      ),
    },
    { title: t('names.mine.column.since'), dataIndex: 'since', render: (d: string) => <span style={{ whiteSpace: 'nowrap' }}>{d}</span> },
    {
      title: t('names.mine.column.reservedUntil'),
      dataIndex: 'reservedUntil',
      render: (d: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{d ?? '—'}</span>,
    },
    {
      title: t('names.mine.column.similarShown'),
      dataIndex: 'similarShown',
      responsive: ['lg'],
      render: (names: string[]) =>
        names.length > 0 ? <Typography.Text style={{ fontSize: 12 }}>{names.join(t('common.list.separator'))}</Typography.Text> : '—',
    },
    {
      title: t('common.table.actions'),
      key: 'actions',
      render: (_, r) =>
        isHeld(r) ? (
          <Popconfirm
            title={t('names.mine.release.confirm', { name: r.name })}
            okText={t('names.mine.release.ok')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.action.cancel')}
            onConfirm={() => onRelease(r)}
          >
            <Button size="small" danger loading={releasing === r.id} aria-label={t('names.mine.release.label', { name: r.name })}>
              {t('names.mine.release.action')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];
  return (
    <Table<NameReservationView>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('names.mine.empty') }}
    />
  );
}
