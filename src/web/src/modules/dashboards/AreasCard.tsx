import { useMemo } from 'react';
import { Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { LightTag } from '../indicators/LightTag.tsx';
import { lightColors, lightLabels } from '../indicators/labels.ts';
import { DashboardChart } from './DashboardChart.tsx';
import { formatFigure, toYi, type DashboardArea } from './labels.ts';

const LIGHTS = ['on_track', 'at_risk', 'off_track', 'no_data'] as const;

/** The areas side by side: a table of their figures and lights, and the same figures as grouped bars. */
export function AreasCard({ areas, year }: { areas: DashboardArea[]; year: number }) {
  const t = useT();
  const name = useLocalName();
  const option = useMemo(() => {
    const counts = [
      { name: t('dashboards.areas.enterprises'), value: (a: DashboardArea) => a.enterprises },
      { name: t('dashboards.areas.foreign'), value: (a: DashboardArea) => a.foreignInvested },
      { name: t('dashboards.areas.newInYear', { year }), value: (a: DashboardArea) => a.newInYear },
      { name: t('dashboards.areas.projects'), value: (a: DashboardArea) => a.projects },
    ];
    // Amounts in 亿元 on their own axis: counts of a few enterprises and billions of yuan share no scale.
    const amounts = [
      { name: t('dashboards.areas.capital'), value: (a: DashboardArea) => toYi(a.registeredCapitalYuan) },
      { name: t('dashboards.areas.investment'), value: (a: DashboardArea) => toYi(a.projectInvestmentYuan) },
    ];
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 64, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: areas.map((a) => name(a.nameZh, a.nameEn)) },
      yAxis: [
        { type: 'value', name: t('dashboards.areas.countAxis'), minInterval: 1 },
        { type: 'value', name: t('dashboards.areas.amountAxis'), splitLine: { show: false } },
      ],
      series: [
        ...counts.map((s) => ({ name: s.name, type: 'bar', yAxisIndex: 0, data: areas.map(s.value) })),
        ...amounts.map((s) => ({ name: s.name, type: 'bar', yAxisIndex: 1, data: areas.map(s.value), itemStyle: { opacity: 0.75 } })),
      ],
    };
  }, [areas, year, t, name]);
  const summary = areas.map((a) => t('dashboards.areas.chartAreaSummary', { area: name(a.nameZh, a.nameEn), enterprises: a.enterprises, projects: a.projects })).join('；');
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('dashboards.areas.title')}</h2>} style={{ marginBottom: 16 }}>
      <Table<DashboardArea>
        data-testid="dashboard-areas"
        size="small"
        rowKey="areaCode"
        pagination={false}
        scroll={{ x: 1000 }}
        dataSource={areas}
        columns={[
          { key: 'area', title: t('dashboards.areas.area'), render: (_, a) => name(a.nameZh, a.nameEn), fixed: 'left' },
          { key: 'km2', title: t('dashboards.areas.km2'), align: 'right', render: (_, a) => formatFigure(a.areaKm2) },
          { key: 'enterprises', title: t('dashboards.areas.enterprises'), align: 'right', dataIndex: 'enterprises' },
          { key: 'foreign', title: t('dashboards.areas.foreign'), align: 'right', dataIndex: 'foreignInvested' },
          { key: 'capital', title: t('dashboards.areas.capital'), align: 'right', render: (_, a) => formatFigure(toYi(a.registeredCapitalYuan)) },
          { key: 'new', title: t('dashboards.areas.newInYear', { year }), align: 'right', dataIndex: 'newInYear' },
          { key: 'projects', title: t('dashboards.areas.projects'), align: 'right', dataIndex: 'projects' },
          { key: 'investment', title: t('dashboards.areas.investment'), align: 'right', render: (_, a) => formatFigure(toYi(a.projectInvestmentYuan)) },
          {
            key: 'lights',
            title: t('dashboards.areas.lights'),
            width: 160,
            render: (_, a) => (
              <Space size={4}>
                {LIGHTS.map((l) => {
                  const label = t('dashboards.areas.light', { light: t(lightLabels[l]), n: a.lights[l] });
                  return (
                    <Tooltip key={l} title={label}>
                      <Tag color={lightColors[l].tag} aria-label={label} style={{ marginInlineEnd: 0, minWidth: 28, textAlign: 'center' }}>
                        {a.lights[l]}
                      </Tag>
                    </Tooltip>
                  );
                })}
              </Space>
            ),
          },
        ]}
      />
      <Space size={4} wrap style={{ marginTop: 8 }} aria-hidden>
        <Typography.Text type="secondary">{t('dashboards.areas.lights')}：</Typography.Text>
        {LIGHTS.map((l) => (
          <LightTag key={l} light={l} />
        ))}
      </Space>
      <div style={{ marginTop: 16 }}>
        <DashboardChart option={option} height={320} testId="dashboard-areas-chart" ariaLabel={t('dashboards.areas.chartAria', { summary })} />
      </div>
    </Card>
  );
}
