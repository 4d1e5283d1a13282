import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { TrackPointView } from '../../../../schemas/indicators.ts';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type IndicatorChartProps = {
  track: TrackPointView[];
  labels: { actual: string; trajectory: string; forecast: string };
  unit: string;
  ariaLabel: string;
};

/** The actual series against the target trajectory and the forecast (ECharts, canvas). */
export function IndicatorChart({ track, labels, unit, ariaLabel }: IndicatorChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${Math.round(v * 100) / 100} ${unit}` : '—') },
      legend: { data: [labels.actual, labels.trajectory, labels.forecast] },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: track.map((p) => p.period) },
      yAxis: { type: 'value', name: unit, scale: true },
      series: [
        { name: labels.actual, type: 'line', data: track.map((p) => p.actual), connectNulls: false, symbolSize: 6, lineStyle: { width: 3 } },
        { name: labels.trajectory, type: 'line', data: track.map((p) => p.expected), lineStyle: { type: 'dashed' }, symbol: 'none' },
        { name: labels.forecast, type: 'line', data: track.map((p) => p.forecast), lineStyle: { type: 'dotted' }, symbol: 'none' },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [track, labels, unit]);
  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: '100%', height: 340 }} />;
}
