import { Table, Tag, type TableColumnsType } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { EditionListItem } from '../../../../schemas/admission.ts';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { periodText } from './EditionSummary.tsx';

export type EditionsAdminTableProps = { items: EditionListItem[]; loading: boolean };

/** Every edition with its origin (bundled with zimao or loaded by an administrator) and revision, newest first. */
export function EditionsAdminTable({ items, loading }: EditionsAdminTableProps) {
  const t = useT();
  const localName = useLocalName();
  const columns: TableColumnsType<EditionListItem> = [
    {
      title: t('negativeListsAdmin.editions.column.code'),
      dataIndex: 'code',
      render: (code: string) => <Link to={`/negative-lists?edition=${encodeURIComponent(code)}`}>{code}</Link>,
    },
    { title: t('negativeListsAdmin.editions.column.title'), key: 'title', render: (_, e) => localName(e.titleZh, e.titleEn) },
    { title: t('negativeListsAdmin.editions.column.period'), key: 'period', render: (_, e) => periodText(e, t) },
    { title: t('negativeListsAdmin.editions.column.measures'), dataIndex: 'measureCount', width: 90 },
    { title: t('negativeListsAdmin.editions.column.revision'), dataIndex: 'revision', width: 80 },
    {
      title: t('negativeListsAdmin.editions.column.origin'),
      dataIndex: 'origin',
      render: (origin: EditionListItem['origin']) =>
        origin === 'loaded' ? <Tag color="blue">{t('negativeLists.origin.loaded')}</Tag> : <Tag>{t('negativeLists.origin.bundled')}</Tag>,
    },
    { title: t('negativeListsAdmin.editions.column.loadedAt'), dataIndex: 'loadedAt', render: (at: string) => formatDateTime(at) },
    {
      title: t('negativeListsAdmin.editions.workbook'),
      key: 'workbook',
      render: (_, e) => (
        <a href={`/api/negative-lists/${encodeURIComponent(e.code)}/workbook`} download={`${e.code}.xlsx`}>
          <DownloadOutlined /> {e.code}.xlsx
        </a>
      ),
    },
  ];
  return (
    <Table<EditionListItem>
      rowKey="code"
      size="small"
      data-testid="editions-table"
      columns={columns}
      dataSource={[...items].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
