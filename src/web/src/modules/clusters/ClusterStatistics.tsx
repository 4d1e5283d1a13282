import { useMemo } from 'react';
import { Card, Table } from 'antd';
import type { ClusterCatalogueResponse, ClusterStatisticsResponse } from '../../../../schemas/clusters.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useLocale, useT } from '../../i18n/useT.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useAreaName } from '../projects/AreaPicker.tsx';
import { formatYuan } from '../projects/formatYuan.ts';
import { ClusterBarChart } from './ClusterBarChart.tsx';

type Row = ClusterStatisticsResponse['enterprises']['rows'][number];

/** Enterprises (count, registered capital) and projects per cluster and area, within the reader's scope. */
export function ClusterStatistics({ catalogue }: { catalogue: ClusterCatalogueResponse }) {
  const t = useT();
  const { locale } = useLocale();
  const localName = useLocalName();
  const areaName = useAreaName();
  const { data, error, reload } = useApi<ClusterStatisticsResponse>('/api/clusters/statistics');
  const clusterName = (id: string) => {
    const c = catalogue.clusters.find((x) => x.id === id);
    return c ? `${c.id} ${localName(c.nameZh, c.nameEn)}` : t('clusters.stats.none');
  };
  const chart = useMemo(() => {
    const keys = [...catalogue.clusters.map((c) => c.id), 'none'];
    const areas = [...new Set((data?.enterprises.rows ?? []).map((r) => r.areaCode))];
    return {
      categories: keys.map(clusterName),
      series: areas.map((a) => ({ name: areaName(a), values: keys.map((k) => data?.enterprises.rows.find((r) => r.areaCode === a && r.clusterId === k)?.enterprises ?? 0) })),
    };
    // clusterName and areaName depend on the language only.
  }, [data, catalogue, locale]);
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('clusters.stats.title')}</h2>} style={{ marginBottom: 16 }}>
      <ErrorAlert error={error} onRetry={reload} />
      {data && (
        <>
          <ClusterBarChart categories={chart.categories} series={chart.series} ariaLabel={t('clusters.stats.chartAria', { total: data.enterprises.total })} />
          <Table<Row>
            data-testid="cluster-statistics"
            size="small"
            rowKey={(r) => `${r.areaCode}-${r.clusterId}`}
            pagination={false}
            dataSource={data.enterprises.rows}
            columns={[
              { key: 'area', title: t('projects.column.area'), render: (_, r) => areaName(r.areaCode) },
              { key: 'cluster', title: t('projects.column.cluster'), render: (_, r) => clusterName(r.clusterId) },
              { key: 'enterprises', title: t('clusters.stats.enterprises'), dataIndex: 'enterprises', align: 'right' },
              { key: 'capital', title: t('clusters.stats.capital'), align: 'right', render: (_, r) => `${formatYuan(r.registeredCapitalYuan, locale)} (${t('clusters.stats.capitalKnown', { n: r.capitalKnown })})` },
              {
                key: 'projects',
                title: t('clusters.stats.projects'),
                align: 'right',
                render: (_, r) => {
                  const p = data.projects.rows.find((x) => x.areaCode === r.areaCode && x.clusterId === r.clusterId);
                  return p ? `${p.projects} · ${formatYuan(p.investmentYuan, locale)}` : '—';
                },
              },
            ]}
          />
          <p style={{ marginTop: 8, color: 'rgba(0,0,0,0.55)' }}>{data.note}</p>
        </>
      )}
    </Card>
  );
}
