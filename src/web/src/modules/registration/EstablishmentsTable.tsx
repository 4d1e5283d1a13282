import { Table, Typography, type TableColumnsType } from 'antd';
import type { z } from 'zod';
import { Link, useNavigate } from 'react-router-dom';
import type { EstablishmentListResponse } from '../../../../schemas/registration.ts';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useT } from '../../i18n/useT.ts';
import { EstablishmentKindTag, EstablishmentRouteTag, EstablishmentStatusTag } from './EstablishmentTags.tsx';
import { formatDuration } from './formatDuration.ts';
import { openRowOnClick, pageOf50 } from '../../components/tableRows.ts';

export type EstablishmentSummary = z.infer<typeof EstablishmentListResponse>['items'][number];

/** Establishment applications (companies and individual businesses), newest first; each row opens its application page. */
export function EstablishmentsTable({ items, loading }: { items: EstablishmentSummary[]; loading: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const columns: TableColumnsType<EstablishmentSummary> = [
    { title: t('registration.column.id'), dataIndex: 'id', render: (id: number) => <Link to={`/establishments/${id}`}>{id}</Link> },
    { title: t('registration.column.name'), dataIndex: 'name', render: (name: string, row) => <Link to={`/establishments/${row.id}`}>{name}</Link> },
    { title: t('registration.column.kind'), dataIndex: 'kind', render: (kind: EstablishmentSummary['kind']) => <EstablishmentKindTag kind={kind} /> },
    { title: t('registration.column.status'), dataIndex: 'status', render: (status: EstablishmentSummary['status']) => <EstablishmentStatusTag status={status} /> },
    { title: t('registration.column.route'), dataIndex: 'route', render: (route: EstablishmentSummary['route']) => <EstablishmentRouteTag route={route} /> },
    {
      title: t('registration.column.uscc'),
      dataIndex: 'uscc',
      render: (uscc: string | null) =>
        uscc ? (
          <Link to={`/enterprises/${encodeURIComponent(uscc)}`}>
            <Typography.Text code>{uscc}</Typography.Text>
          </Link>
        ) : (
          '—'
        ),
    },
    { title: t('registration.column.createdAt'), dataIndex: 'createdAt', render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span> },
    { title: t('registration.column.duration'), dataIndex: 'secondsToDecision', render: (s: number | null) => formatDuration(s, t) },
  ];
  return (
    <Table<EstablishmentSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('registration.list.empty') }}
      pagination={pageOf50(t)}
      onRow={openRowOnClick(navigate, (row) => `/establishments/${row.id}`)}
    />
  );
}
