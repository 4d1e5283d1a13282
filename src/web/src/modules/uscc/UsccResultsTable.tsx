import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import type { UsccCheckResult } from '../../../../schemas/uscc.ts';
import { useT } from '../../i18n/useT.ts';
import { UsccResultDetail } from './UsccResultDetail.tsx';

type Row = UsccCheckResult & { key: number };

export type UsccResultsTableProps = { results: UsccCheckResult[] };

/** One row per checked code; each row opens to its parts. */
export function UsccResultsTable({ results }: UsccResultsTableProps) {
  const t = useT();
  const rows: Row[] = results.map((r, i) => ({ ...r, key: i }));
  const columns: TableColumnsType<Row> = [
    {
      title: t('uscc.column.code'),
      dataIndex: 'code',
      render: (code: string) => <Typography.Text code copyable>{code === '' ? '∅' : code}</Typography.Text>,
    },
    {
      title: t('uscc.column.valid'),
      dataIndex: 'valid',
      render: (valid: boolean) =>
        valid ? (
          <Tag icon={<CheckCircleOutlined />} color="success">
            {t('uscc.result.valid')}
          </Tag>
        ) : (
          <Tag icon={<CloseCircleOutlined />} color="error">
            {t('uscc.result.invalid')}
          </Tag>
        ),
    },
    { title: t('uscc.column.reason'), dataIndex: 'reason', render: (reason: string | null) => reason ?? '—' },
    {
      title: t('uscc.column.checkChar'),
      key: 'checkChar',
      render: (_, r) =>
        r.checkChar === null ? (
          '—'
        ) : r.valid ? (
          <code>{r.checkChar}</code>
        ) : (
          <span>
            <code>{r.checkChar}</code>
            {r.code.length === 18 && <> {t('uscc.result.shouldBe', { got: r.code.slice(17), want: r.checkChar })}</>}
          </span>
        ),
    },
  ];
  return (
    <Table<Row>
      size="middle"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50 } : false}
      scroll={{ x: 'max-content' }}
      expandable={{
        expandedRowRender: (r) => <UsccResultDetail result={r} />,
        defaultExpandAllRows: rows.length <= 5,
        expandRowByClick: false,
      }}
    />
  );
}
