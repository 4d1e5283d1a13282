import { Button, Table, Tag, type TableColumnsType } from 'antd';
import type { IndustryView } from '../../../../schemas/reference.ts';
import { useT } from '../../i18n/useT.ts';
import { industryLevelLabels } from './industryLevels.ts';

export type IndustryTableProps = {
  items: IndustryView[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (code: string) => void;
};

/** A page of industry-classification entries; the code opens the detail drawer. */
export function IndustryTable({ items, total, page, pageSize, loading, onPageChange, onOpen }: IndustryTableProps) {
  const t = useT();
  const columns: TableColumnsType<IndustryView> = [
    {
      title: t('reference.industries.column.code'),
      dataIndex: 'code',
      width: 110,
      render: (code: string) => (
        <Button type="link" onClick={() => onOpen(code)} style={{ paddingInline: 0 }} aria-label={t('reference.industries.open', { code })}>
          {code}
        </Button>
      ),
    },
    {
      title: t('reference.industries.column.level'),
      dataIndex: 'level',
      width: 100,
      render: (level: IndustryView['level']) => <Tag>{t(industryLevelLabels[level])}</Tag>,
    },
    { title: t('reference.industries.column.nameZh'), dataIndex: 'nameZh', render: (v: string) => <span lang="zh-CN">{v}</span> },
    { title: t('reference.industries.column.nameEn'), dataIndex: 'nameEn', render: (v: string | null) => <span lang="en">{v ?? '—'}</span> },
    { title: t('reference.industries.column.pinyin'), dataIndex: 'pinyin', responsive: ['lg'] },
  ];
  return (
    <Table<IndustryView>
      rowKey="code"
      columns={columns}
      dataSource={items}
      loading={loading}
      size="middle"
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (n) => t('common.table.total', { total: n }),
        onChange: onPageChange,
      }}
    />
  );
}
