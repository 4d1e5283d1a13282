import type { ReactNode } from 'react';
import { Card, Table, Tag, Typography } from 'antd';
import type { LandScoreView } from '../../../../schemas/projects.ts';
import { useLocale, useT } from '../../i18n/useT.ts';
import { formatYuan } from './formatYuan.ts';
import { fitLabels, landCategoryLabels } from './labels.ts';

type Row = { key: string; input: string; value: ReactNode; points: number; maxPoints: number };

/** The land-priority score (Plan V.(VI)) with every input: its value and the points it earns out of its maximum. */
export function LandScoreCard({ land }: { land: LandScoreView }) {
  const t = useT();
  const { locale } = useLocale();
  const { category, clusterFit, investmentIntensity: ii } = land;
  const rows: Row[] = [
    {
      key: 'category',
      input: t('projects.land.input.category'),
      value: category.candidates.length === 0 ? t('projects.land.noCategory') : (
        <span>
          {category.candidates.map((c) => (
            <Tag key={`${c.key}-${c.source}`} color={c.key === category.value ? 'green' : undefined}>
              {t(landCategoryLabels[c.key])} · {c.source === 'declared' ? t('projects.land.declared') : t('projects.land.derived', { because: c.because ?? '' })} · {c.points}
            </Tag>
          ))}
        </span>
      ),
      points: category.points,
      maxPoints: category.maxPoints,
    },
    { key: 'fit', input: t('projects.land.input.fit'), value: t(fitLabels[clusterFit.value]), points: clusterFit.points, maxPoints: clusterFit.maxPoints },
    {
      key: 'intensity',
      input: t('projects.land.input.intensity'),
      value:
        ii.value === null
          ? t('projects.land.noSite')
          : t('projects.land.intensityValue', { value: ii.value.toLocaleString(), investment: formatYuan(ii.totalInvestmentYuan, locale), area: (ii.siteAreaM2 ?? 0).toLocaleString(), band: (ii.bandMinYuanPerM2 ?? 0).toLocaleString() }),
      points: ii.points,
      maxPoints: ii.maxPoints,
    },
  ];
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('projects.land.title', { total: land.total, max: land.maxPoints })}</h2>}>
      <Table<Row>
        data-testid="land-score"
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        columns={[
          { key: 'input', title: t('projects.land.column.input'), dataIndex: 'input' },
          { key: 'value', title: t('projects.land.column.value'), dataIndex: 'value' },
          { key: 'points', title: t('projects.land.column.points'), align: 'right', render: (_, r) => `${r.points} / ${r.maxPoints}` },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('projects.land.rules', { version: land.rulesVersion })}
      </Typography.Paragraph>
    </Card>
  );
}
