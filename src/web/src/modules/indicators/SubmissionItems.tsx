import { Table, Tag } from 'antd';
import type { SubmissionItemView } from '../../../../schemas/indicators.ts';
import { useT } from '../../i18n/useT.ts';
import { formatNumber, statusColors, statusLabels } from './labels.ts';

export type SubmissionItemsProps = { items: SubmissionItemView[]; names: Map<string, string> };

/** The values of one submission: before → new, as entered, the reason, and what became of each. */
export function SubmissionItems({ items, names }: SubmissionItemsProps) {
  const t = useT();
  return (
    <Table<SubmissionItemView>
      size="small"
      rowKey={(i) => `${i.valueId}-${i.revision}`}
      dataSource={items}
      pagination={items.length > 20 ? { pageSize: 20 } : false}
      columns={[
        { key: 'indicator', title: t('indicators.column.indicator'), render: (_, i) => names.get(i.indicatorCode) ?? i.indicatorCode },
        { key: 'period', title: t('indicators.column.period'), dataIndex: 'period' },
        { key: 'previous', title: t('indicators.column.previous'), render: (_, i) => formatNumber(i.previous) },
        { key: 'value', title: t('indicators.column.newValue'), render: (_, i) => formatNumber(i.value) },
        { key: 'entered', title: t('indicators.column.entered'), render: (_, i) => `${formatNumber(i.enteredValue)} ${i.enteredUnit}` },
        { key: 'reason', title: t('indicators.column.reason'), render: (_, i) => i.reason ?? '' },
        { key: 'state', title: t('indicators.column.status'), render: (_, i) => <Tag color={statusColors[i.state]}>{t(statusLabels[i.state])}</Tag> },
      ]}
    />
  );
}
