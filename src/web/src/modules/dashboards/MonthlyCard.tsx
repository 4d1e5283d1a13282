import { useMemo } from 'react';
import { Card } from 'antd';
import type { DashboardResponse } from '../../../../schemas/dashboards.ts';
import { useLocale, useT } from '../../i18n/useT.ts';
import { DashboardChart } from './DashboardChart.tsx';
import { monthLabels } from './labels.ts';

export type MonthlyCardProps = {
  year: number;
  monthly: DashboardResponse['monthly'];
  /** The areas in view, in order, with their names. */
  areas: { code: string; name: string }[];
};

/** New enterprises per month of the year, one line per area; a month without any is 0, not a gap. */
export function MonthlyCard({ year, monthly, areas }: MonthlyCardProps) {
  const t = useT();
  const { locale } = useLocale();
  const total = monthly.reduce((sum, m) => sum + m.established, 0);
  const option = useMemo(() => {
    const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', boundaryGap: false, data: monthLabels(locale) },
      yAxis: { type: 'value', minInterval: 1 },
      series: areas.map((a) => ({
        name: a.name,
        type: 'line',
        symbolSize: 6,
        data: months.map((month) => monthly.filter((m) => m.month === month && m.areaCode === a.code).reduce((sum, m) => sum + m.established, 0)),
      })),
    };
  }, [year, monthly, areas, locale]);
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('dashboards.monthly.title', { year })}</h2>} style={{ marginBottom: 16, height: 'calc(100% - 16px)' }}>
      <DashboardChart option={option} height={320} testId="dashboard-monthly" ariaLabel={t('dashboards.monthly.aria', { year, total })} />
    </Card>
  );
}
