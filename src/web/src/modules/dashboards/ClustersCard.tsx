import { useMemo, useState } from 'react';
import { Card, Segmented, Typography } from 'antd';
import type { DashboardResponse } from '../../../../schemas/dashboards.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { ClusterBarChart } from '../clusters/ClusterBarChart.tsx';

type Measure = 'enterprises' | 'projects';

export type ClustersCardProps = {
  clusters: DashboardResponse['clusters'];
  areas: { code: string; name: string }[];
};

/** Enterprises (or projects) per cluster of the Plan, stacked by area. */
export function ClustersCard({ clusters, areas }: ClustersCardProps) {
  const t = useT();
  const name = useLocalName();
  const [measure, setMeasure] = useState<Measure>('enterprises');
  const chart = useMemo(() => {
    const categories = clusters.map((c) => (c.clusterId === 'none' ? name(c.nameZh, c.nameEn) : `${c.clusterId} ${name(c.nameZh, c.nameEn)}`));
    const series = areas.map((a) => ({ name: a.name, values: clusters.map((c) => c.areas.find((x) => x.areaCode === a.code)?.[measure] ?? 0) }));
    const total = series.reduce((sum, s) => sum + s.values.reduce((x, y) => x + y, 0), 0);
    return { categories, series, total };
  }, [clusters, areas, measure, name]);
  const measureLabel = t(measure === 'enterprises' ? 'dashboards.clusters.enterprises' : 'dashboards.clusters.projects');
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('dashboards.clusters.title')}</h2>}
      extra={
        <Segmented<Measure>
          aria-label={t('dashboards.clusters.measure')}
          size="small"
          value={measure}
          onChange={setMeasure}
          options={[
            { value: 'enterprises', label: t('dashboards.clusters.enterprises') },
            { value: 'projects', label: t('dashboards.clusters.projects') },
          ]}
        />
      }
      style={{ marginBottom: 16, height: 'calc(100% - 16px)' }}
    >
      <div data-testid="dashboard-clusters">
        <ClusterBarChart categories={chart.categories} series={chart.series} ariaLabel={t('dashboards.clusters.aria', { measure: measureLabel, total: chart.total })} />
      </div>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
        {t('dashboards.clusters.note')}
      </Typography.Paragraph>
    </Card>
  );
}
