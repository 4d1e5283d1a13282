import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { similarKindLabels, statusTag, type NameComparison, type SimilarName } from './nameLabels.ts';

export type NameComparisonTableProps = {
  /** The conflicts (NAME-10) or the similar names (NAME-12, which carry their kind). */
  items: readonly (NameComparison | SimilarName)[];
  /** A caption for screen readers (the heading above says it for the eye). */
  caption: string;
  testId: string;
};

function hasKind(item: NameComparison | SimilarName): item is SimilarName {
  return 'kind' in item;
}

/** Names of the register compared with the one checked: status, day, (kind of similarity) and the reason in words. */
export function NameComparisonTable({ items, caption, testId }: NameComparisonTableProps) {
  const t = useT();
  const localName = useLocalName();
  const withKind = items.some(hasKind);
  const columns: TableColumnsType<NameComparison | SimilarName> = [
    { title: t('names.column.name'), dataIndex: 'name', render: (name: string) => <strong>{name}</strong> },
    {
      title: t('names.column.status'),
      dataIndex: 'status',
      render: (s: NameComparison['status']) => <Tag color={statusTag[s].color}>{t(statusTag[s].id)}</Tag>,
    },
    { title: t('names.column.since'), dataIndex: 'since', render: (d: string) => <span style={{ whiteSpace: 'nowrap' }}>{d}</span> },
    ...(withKind
      ? [
          {
            title: t('names.column.kind'),
            key: 'kind',
            render: (_: unknown, item: NameComparison | SimilarName) =>
              hasKind(item) ? (
                <Tag color="orange" data-kind={item.kind} style={{ whiteSpace: 'normal' }}>
                  {t(similarKindLabels[item.kind])}
                </Tag>
              ) : null,
          },
        ]
      : []),
    {
      title: t('names.column.reason'),
      key: 'reason',
      render: (_, item) => (
        <>
          {localName(item.reason.zh, item.reason.en)}
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0, marginTop: 4 }}>
            {t('names.legalBasis', { basis: item.reason.legalBasis })}
          </Typography.Paragraph>
        </>
      ),
    },
  ];
  return (
    <div data-testid={testId}>
      <Table<NameComparison | SimilarName>
        rowKey={(item) => `${item.name}|${item.status}|${item.since}`}
        size="small"
        columns={columns}
        dataSource={[...items]}
        pagination={false}
        // Wide enough for the short columns; the explanation wraps rather than running off to the side.
        scroll={{ x: 720 }}
        title={() => <span className="zimao-sr-only">{caption}</span>}
      />
    </div>
  );
}
