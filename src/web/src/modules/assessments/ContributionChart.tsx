import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ContributionChartProps = {
  /** One bar pair per criterion: its weight (the most it can add) and its weighted score so far. */
  rows: { label: string; weight: number; weighted: number | null }[];
  weightLabel: string;
  weightedLabel: string;
  ariaLabel: string;
};

/** A horizontal bar chart of each criterion's weighted score against its weight (ECharts, canvas). */
export function ContributionChart({ rows, weightLabel, weightedLabel, ariaLabel }: ContributionChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { data: [weightLabel, weightedLabel] },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0 },
      yAxis: { type: 'category', data: rows.map((r) => r.label), inverse: true },
      series: [
        { name: weightLabel, type: 'bar', data: rows.map((r) => r.weight), itemStyle: { color: '#d9d9d9' }, barGap: '-100%' },
        { name: weightedLabel, type: 'bar', data: rows.map((r) => r.weighted ?? 0), itemStyle: { color: '#1677ff' } },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [rows, weightLabel, weightedLabel]);
  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: '100%', height: Math.max(160, rows.length * 36 + 48) }} />;
}
