import { Space, Table, Tag, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import type { FileSummary } from '../../../../schemas/files.ts';
import { areaLabelId } from '../../auth/roles.ts';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useT } from '../../i18n/useT.ts';
import { SlaTag } from './SlaTag.tsx';
import { StatusTag } from './StatusTag.tsx';
import { openRowOnClick, pageOf50 } from '../../components/tableRows.ts';

export type WorkqueueTableProps = {
  items: FileSummary[];
  loading: boolean;
  typeName: (code: string) => string;
};

/** The files of one workqueue; each row opens its file page. */
export function WorkqueueTable({ items, loading, typeName }: WorkqueueTableProps) {
  const t = useT();
  const navigate = useNavigate();
  const columns: TableColumnsType<FileSummary> = [
    {
      title: t('files.column.id'),
      dataIndex: 'id',
      render: (id: number) => <Link to={`/files/${id}`}>{id}</Link>,
    },
    {
      title: t('files.column.type'),
      dataIndex: 'type',
      render: (code: string, row) => <Link to={`/files/${row.id}`}>{typeName(code)}</Link>,
    },
    { title: t('files.column.status'), dataIndex: 'status', render: (status: string) => <StatusTag status={status} /> },
    {
      title: t('files.column.area'),
      dataIndex: 'areaCode',
      render: (code: string) => {
        const id = areaLabelId(code);
        return <Tag>{id ? t(id) : code}</Tag>;
      },
    },
    { title: t('files.column.applicant'), dataIndex: 'applicantName' },
    {
      title: t('files.column.due'),
      key: 'due',
      render: (_, row) =>
        row.dueOn ? (
          <Space size="small">
            <span>{row.dueOn}</span>
            <SlaTag sla={row.sla} />
          </Space>
        ) : (
          '—'
        ),
    },
    { title: t('files.column.updated'), dataIndex: 'updatedAt', render: (at: string) => formatDateTime(at) },
  ];
  return (
    <Table<FileSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('files.list.empty') }}
      pagination={pageOf50(t)}
      onRow={openRowOnClick(navigate, (row) => `/files/${row.id}`)}
    />
  );
}
