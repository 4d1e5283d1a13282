import { useMemo } from 'react';
import { Card, Typography } from 'antd';
import type { DashboardResponse } from '../../../../schemas/dashboards.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { DashboardChart } from './DashboardChart.tsx';
import { formatFigure, type DashboardArea } from './labels.ts';

/** Bubble diameter in pixels from an area's km², so the bubble's surface goes with the area's. */
function bubbleSize(km2: number | null): number {
  return km2 === null ? 16 : Math.max(16, Math.sqrt(km2) * 7);
}

/**
 * The three areas on a longitude/latitude grid with the landmarks for orientation. A schematic, not a map: no
 * boundaries of the zone are available (it covers parts of seven districts), so each area is one point and a bubble
 * sized by its km², coloured by its enterprises; the caveat from the reference file is printed beneath.
 */
export function AreaMapCard({ areas, map }: { areas: DashboardArea[]; map: DashboardResponse['map'] }) {
  const t = useT();
  const name = useLocalName();
  const placed = useMemo(() => areas.filter((a) => a.point !== null), [areas]);
  const option = useMemo(() => {
    const lons = [...placed.map((a) => a.point!.lon), ...map.landmarks.map((l) => l.lon)];
    const lats = [...placed.map((a) => a.point!.lat), ...map.landmarks.map((l) => l.lat)];
    const pad = 0.08;
    const round = (v: number) => Math.round(v * 100) / 100;
    const maxEnterprises = Math.max(1, ...placed.map((a) => a.enterprises));
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: { seriesIndex: number; dataIndex: number }) => {
          if (p.seriesIndex === 0) {
            const a = placed[p.dataIndex]!;
            return t('dashboards.map.bubble', { area: name(a.nameZh, a.nameEn), km2: formatFigure(a.areaKm2), enterprises: a.enterprises });
          }
          const l = map.landmarks[p.dataIndex]!;
          return `${t('dashboards.map.landmark')}：${name(l.nameZh, l.nameEn)}`;
        },
      },
      grid: { left: 8, right: 72, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'value', name: t('dashboards.map.lon'), min: round(Math.min(...lons) - pad), max: round(Math.max(...lons) + pad), axisLabel: { formatter: '{value}°' }, splitLine: { lineStyle: { type: 'dashed' } } },
      yAxis: { type: 'value', name: t('dashboards.map.lat'), min: round(Math.min(...lats) - pad), max: round(Math.max(...lats) + pad), axisLabel: { formatter: '{value}°' }, splitLine: { lineStyle: { type: 'dashed' } } },
      visualMap: {
        type: 'continuous',
        seriesIndex: 0,
        dimension: 2,
        min: 0,
        max: maxEnterprises,
        right: 0,
        top: 'middle',
        itemHeight: 100,
        text: [String(maxEnterprises), '0'],
        inRange: { color: ['#bae0ff', '#0958d9'] },
      },
      series: [
        {
          type: 'scatter',
          data: placed.map((a) => ({ value: [a.point!.lon, a.point!.lat, a.enterprises], symbolSize: bubbleSize(a.areaKm2), name: name(a.nameZh, a.nameEn) })),
          label: { show: true, position: 'top', formatter: (p: { dataIndex: number }) => `${name(placed[p.dataIndex]!.nameZh, placed[p.dataIndex]!.nameEn)} ${placed[p.dataIndex]!.enterprises}` },
          itemStyle: { borderColor: '#fff', borderWidth: 1, opacity: 0.9 },
        },
        {
          type: 'scatter',
          data: map.landmarks.map((l) => ({ value: [l.lon, l.lat], name: name(l.nameZh, l.nameEn) })),
          symbol: 'diamond',
          symbolSize: 10,
          itemStyle: { color: '#8c8c8c' },
          label: { show: true, position: 'bottom', color: '#595959', formatter: '{b}' },
        },
      ],
    };
  }, [placed, map, t, name]);
  const summary = placed.map((a) => t('dashboards.map.bubble', { area: name(a.nameZh, a.nameEn), km2: formatFigure(a.areaKm2), enterprises: a.enterprises })).join('；');
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('dashboards.map.title')}</h2>} style={{ marginBottom: 16, height: 'calc(100% - 16px)' }}>
      <DashboardChart option={option} height={320} testId="dashboard-map" ariaLabel={t('dashboards.map.aria', { summary })} />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }} data-testid="dashboard-map-caveat">
        {t('dashboards.map.caveat')}
        {name(map.descriptionZh, map.description)} {t('dashboards.map.confidence', { confidence: map.confidence })}
      </Typography.Paragraph>
    </Card>
  );
}
