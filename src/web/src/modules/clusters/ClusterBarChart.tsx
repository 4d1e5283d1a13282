import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ClusterBarChartProps = {
  /** The clusters along the axis (labels), and one stacked series per area with a value per cluster. */
  categories: string[];
  series: { name: string; values: number[] }[];
  ariaLabel: string;
};

/** Enterprises (or projects) per cluster, stacked by area (ECharts, canvas). */
export function ClusterBarChart({ categories, series, ariaLabel }: ClusterBarChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      // ECharts 6 puts the legend at the bottom by default, over the rotated cluster names: keep it on top.
      legend: { top: 0, data: series.map((s) => s.name) },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((s) => ({ name: s.name, type: 'bar', stack: 'areas', data: s.values })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [categories, series]);
  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: '100%', height: 320 }} />;
}
