import { Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useLocale, useT } from '../../i18n/useT.ts';
import type { IdentifiedMeasure } from './editionModel.ts';
import { RestrictionTags } from './RestrictionTags.tsx';

export type MeasuresTableProps = { measures: IdentifiedMeasure[]; caption: string };

/** The identified measures of one section: number, wording, conditions in words, industry codes and notes. */
export function MeasuresTable({ measures, caption }: MeasuresTableProps) {
  const t = useT();
  const { locale } = useLocale();
  const columns: TableColumnsType<IdentifiedMeasure> = [
    { title: t('negativeLists.measures.column.no'), dataIndex: 'no', width: 64 },
    {
      title: t('negativeLists.measures.column.text'),
      key: 'text',
      render: (_, m) => (
        <>
          <div lang={locale === 'en' ? 'en' : 'zh-CN'}>{locale === 'en' ? m.textEn : m.textZh}</div>
          {locale === 'en' && (
            <Typography.Text type="secondary" lang="zh-CN" style={{ fontSize: 12 }}>
              {m.textZh}
            </Typography.Text>
          )}
          {m.wordingReconstructed && (
            <div>
              <Tag color="warning" style={{ marginTop: 4 }}>
                {t('negativeLists.measures.reconstructed')}
              </Tag>
            </div>
          )}
        </>
      ),
    },
    {
      title: t('negativeLists.measures.column.restrictions'),
      key: 'restrictions',
      width: 260,
      render: (_, m) => <RestrictionTags restrictions={m.restrictions} />,
    },
    {
      title: t('negativeLists.measures.column.codes'),
      dataIndex: 'industryCodes',
      width: 140,
      render: (codes: string[]) => (
        <Flex wrap gap={4}>
          {codes.map((c) => (
            <Tag key={c} style={{ fontFamily: 'monospace', marginInlineEnd: 0 }}>
              {c}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('negativeLists.measures.column.note'),
      dataIndex: 'note',
      width: 260,
      responsive: ['lg'],
      render: (note: string | undefined) => (note ? <Typography.Text style={{ fontSize: 12 }}>{note}</Typography.Text> : '—'),
    },
  ];
  return (
    <Table<IdentifiedMeasure>
      rowKey="no"
      size="small"
      columns={columns}
      dataSource={measures}
      pagination={false}
      // Fixed layout: every section's table has the same columns, and long wording wraps.
      tableLayout="fixed"
      scroll={{ x: 900 }}
      title={() => <span className="zimao-sr-only">{caption}</span>}
      style={{ marginBottom: 16 }}
    />
  );
}
