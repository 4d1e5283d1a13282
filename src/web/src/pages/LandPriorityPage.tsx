import { useState } from 'react';
import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { LandPriorityListResponse } from '../../../schemas/projects.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocale, useT } from '../i18n/useT.ts';
import { AreaPicker, useAreaName } from '../modules/projects/AreaPicker.tsx';
import { formatYuan } from '../modules/projects/formatYuan.ts';
import { fitLabels, landCategoryLabels, stageLabels } from '../modules/projects/labels.ts';

type Item = LandPriorityListResponse['items'][number];

/** /projects/land-priority: projects waiting for land ranked per area by the transparent score of Plan V.(VI). */
export function LandPriorityPage() {
  const t = useT();
  const { locale } = useLocale();
  const areaName = useAreaName();
  const [areaCode, setAreaCode] = useState<string | undefined>(undefined);
  const { data, error, loading, reload } = useApi<LandPriorityListResponse>('/api/projects/land-priority', { areaCode });
  return (
    <>
      <PageHeading title={t('projects.landList.title')} description={t('projects.landList.intro')} extra={<AreaPicker value={areaCode} onChange={setAreaCode} />} />
      <ErrorAlert error={error} onRetry={reload} />
      <Table<Item>
        data-testid="land-priority"
        rowKey={(i) => i.project.id}
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('projects.list.empty') }}
        pagination={false}
        scroll={{ x: 1100 }}
        columns={[
          { key: 'area', title: t('projects.column.area'), render: (_, i) => areaName(i.project.areaCode) },
          { key: 'rank', title: t('projects.landList.rank'), align: 'right', render: (_, i) => i.rank },
          { key: 'name', title: t('projects.column.name'), render: (_, i) => <Link to={`/projects/${i.project.id}`}>{i.project.name}</Link> },
          { key: 'stage', title: t('projects.column.stage'), render: (_, i) => t(stageLabels[i.project.stage]) },
          { key: 'total', title: t('projects.landList.total'), align: 'right', render: (_, i) => <strong>{`${i.score.total} / ${i.score.maxPoints}`}</strong> },
          {
            key: 'category',
            title: t('projects.land.input.category'),
            render: (_, i) => (i.score.category.value ? <Tag>{`${t(landCategoryLabels[i.score.category.value])} ${i.score.category.points}`}</Tag> : `— 0`),
          },
          { key: 'fit', title: t('projects.land.input.fit'), render: (_, i) => `${t(fitLabels[i.score.clusterFit.value])} ${i.score.clusterFit.points}` },
          {
            key: 'intensity',
            title: t('projects.land.input.intensity'),
            render: (_, i) => `${(i.score.investmentIntensity.value ?? 0).toLocaleString()} ${t('projects.landList.perM2')} · ${i.score.investmentIntensity.points}`,
          },
          { key: 'investment', title: t('projects.column.investment'), align: 'right', render: (_, i) => formatYuan(i.project.totalInvestmentYuan, locale) },
          { key: 'site', title: t('projects.form.siteArea'), align: 'right', render: (_, i) => `${(i.project.siteAreaM2 ?? 0).toLocaleString()} m²` },
        ]}
      />
      {data && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('projects.land.rules', { version: data.rulesVersion })} {data.note}
        </Typography.Paragraph>
      )}
    </>
  );
}
