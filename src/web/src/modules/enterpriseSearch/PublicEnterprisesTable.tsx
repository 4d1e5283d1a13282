import { Table, Tag, type TableColumnsType } from 'antd';
import type { PublicEnterprise } from '../../../../schemas/public-register.ts';
import { areaLabelId } from '../../auth/roles.ts';
import { useLocale, useT } from '../../i18n/useT.ts';
import { EnterpriseStatusTag } from '../enterprises/EnterpriseFacts.tsx';

export type PublicEnterprisesTableProps = { items: PublicEnterprise[]; loading: boolean };

/**
 * The enterprises found by the public search: the facts of the licence only. Rows do not link to the enterprise's
 * page, which is for signed-in officers and the enterprise itself.
 */
export function PublicEnterprisesTable({ items, loading }: PublicEnterprisesTableProps) {
  const t = useT();
  const { locale } = useLocale();
  const amount = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const columns: TableColumnsType<PublicEnterprise> = [
    { key: 'name', title: t('enterpriseSearch.column.name'), dataIndex: 'name', render: (name: string) => <strong>{name}</strong> },
    { key: 'uscc', title: t('enterpriseSearch.column.uscc'), dataIndex: 'uscc', render: (code: string) => <code>{code}</code> },
    { key: 'status', title: t('enterpriseSearch.column.status'), dataIndex: 'status', render: (status: string) => <EnterpriseStatusTag status={status} /> },
    { key: 'entityType', title: t('enterpriseSearch.column.entityType'), dataIndex: 'entityType', render: (v: string | null) => v ?? '—' },
    {
      key: 'capital',
      title: t('enterpriseSearch.column.capital'),
      dataIndex: 'registeredCapitalYuan',
      align: 'right',
      render: (v: number | null) => (v === null ? '—' : amount.format(v)),
    },
    { key: 'establishedOn', title: t('enterpriseSearch.column.establishedOn'), dataIndex: 'establishedOn' },
    {
      key: 'area',
      title: t('enterpriseSearch.column.area'),
      dataIndex: 'areaCode',
      render: (code: string) => {
        const id = areaLabelId(code);
        return <Tag>{id ? t(id) : code}</Tag>;
      },
    },
  ];
  return (
    <Table<PublicEnterprise>
      rowKey="uscc"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
