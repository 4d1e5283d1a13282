import { Table, Tag, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import type { EnterpriseView } from '../../../../schemas/enterprises.ts';
import { areaLabelId } from '../../auth/roles.ts';
import { useT } from '../../i18n/useT.ts';
import { openRowOnClick } from '../../components/tableRows.ts';

export type EnterprisesTableProps = {
  items: EnterpriseView[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

const enterprisePath = (uscc: string) => `/enterprises/${encodeURIComponent(uscc)}`;

/** A page of the zone's register of market entities; each row opens the enterprise's page. */
export function EnterprisesTable({ items, total, page, pageSize, loading, onPageChange }: EnterprisesTableProps) {
  const t = useT();
  const navigate = useNavigate();
  const columns: TableColumnsType<EnterpriseView> = [
    { title: t('enterprises.column.uscc'), dataIndex: 'uscc', render: (v: string) => <code>{v}</code> },
    { title: t('enterprises.column.name'), dataIndex: 'name', render: (name: string, row) => <Link to={enterprisePath(row.uscc)}>{name}</Link> },
    {
      title: t('enterprises.column.area'),
      dataIndex: 'areaCode',
      render: (code: string) => {
        const id = areaLabelId(code);
        return <Tag>{id ? t(id) : code}</Tag>;
      },
    },
    { title: t('enterprises.column.district'), dataIndex: 'districtCode' },
    { title: t('enterprises.column.industry'), dataIndex: 'industryCode' },
    { title: t('enterprises.column.status'), dataIndex: 'status' },
    { title: t('enterprises.column.established'), dataIndex: 'establishedOn' },
  ];
  return (
    <Table<EnterpriseView>
      rowKey="uscc"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('enterprises.page.empty') }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (n) => t('common.table.total', { total: n }),
        onChange: onPageChange,
      }}
      onRow={openRowOnClick(navigate, (row) => enterprisePath(row.uscc))}
    />
  );
}
