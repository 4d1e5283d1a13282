import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { FunnelChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([FunnelChart, LegendComponent, TooltipComponent, CanvasRenderer]);

export type StageFunnelProps = {
  /** One row per pipeline stage, in order: how many projects ever reached it. */
  rows: { label: string; value: number }[];
  ariaLabel: string;
};

/** The pipeline as a funnel (ECharts): projects that reached each stage, widest at negotiation. */
export function StageFunnel({ rows, ariaLabel }: StageFunnelProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    const max = Math.max(1, ...rows.map((r) => r.value));
    chart.setOption({
      tooltip: { trigger: 'item', formatter: '{b}: {c}' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          min: 0,
          max,
          minSize: '8%',
          gap: 2,
          left: '10%',
          width: '80%',
          label: { show: true, position: 'inside', formatter: '{b} {c}' },
          data: rows.map((r) => ({ name: r.label, value: r.value })),
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [rows]);
  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ width: '100%', height: 280 }} />;
}
