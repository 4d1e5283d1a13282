import { useMemo, useState } from 'react';
import { Card, Empty, Select, Space, Typography } from 'antd';
import type { DashboardResponse } from '../../../../schemas/dashboards.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { DashboardChart } from './DashboardChart.tsx';
import { statusLabel } from './labels.ts';

/** `onRegister` is every status but deregistered (the register's stock), `all` every status, else one status. */
type StatusFilter = 'onRegister' | 'all' | `status:${string}`;

export type SectionsCardProps = {
  sections: DashboardResponse['sections'];
  register: DashboardResponse['register'];
  areas: { code: string; name: string }[];
};

/** Enterprises by GB/T 4754 section (门类), one bar per section stacked by area, for the status chosen. */
export function SectionsCard({ sections, register, areas }: SectionsCardProps) {
  const t = useT();
  const name = useLocalName();
  const [filter, setFilter] = useState<StatusFilter>('onRegister');
  const statuses = useMemo(() => [...new Set(register.map((r) => r.status))].sort(), [register]);
  const chart = useMemo(() => {
    const keep = (status: string) => (filter === 'all' ? true : filter === 'onRegister' ? status !== 'deregistered' : filter === `status:${status}`);
    const rows = register.filter((r) => keep(r.status));
    // A section of a class missing from the industry table still shows, under its code.
    const codes = [...new Set([...sections.map((s) => s.code), ...rows.map((r) => r.section)])].filter((code) => rows.some((r) => r.section === code));
    const labelOf = (code: string) => {
      const s = sections.find((x) => x.code === code);
      return s ? `${code} ${name(s.nameZh, s.nameEn)}` : code;
    };
    const value = (area: string, code: string) => rows.filter((r) => r.areaCode === area && r.section === code).reduce((sum, r) => sum + r.enterprises, 0);
    // Bottom to top in ECharts' category axis: reversed so that A comes first, at the top.
    const ordered = [...codes].reverse();
    return {
      empty: codes.length === 0,
      height: Math.max(200, 72 + codes.length * 36),
      summary: codes.map((code) => `${labelOf(code)} ${areas.reduce((sum, a) => sum + value(a.code, code), 0)}`).join('；'),
      option: {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0 },
        grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: ordered.map(labelOf), axisLabel: { width: 180, overflow: 'truncate' } },
        series: areas.map((a) => ({ name: a.name, type: 'bar', stack: 'areas', barMaxWidth: 24, data: ordered.map((code) => value(a.code, code)) })),
      },
    };
  }, [filter, register, sections, areas, name]);
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('dashboards.sections.title')}</h2>}
      style={{ marginBottom: 16, height: 'calc(100% - 16px)' }}
    >
      <Space style={{ marginBottom: 8 }}>
        <Typography.Text>{t('dashboards.sections.status')}</Typography.Text>
        <Select<StatusFilter>
          aria-label={t('dashboards.sections.status')}
          size="small"
          style={{ minWidth: 160 }}
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'onRegister', label: t('dashboards.sections.onRegister') },
            { value: 'all', label: t('dashboards.sections.all') },
            ...statuses.map((s) => ({ value: `status:${s}` as StatusFilter, label: statusLabel(s, t) })),
          ]}
        />
      </Space>
      {chart.empty ? (
        <Empty description={t('dashboards.sections.empty')} />
      ) : (
        <DashboardChart option={chart.option} height={chart.height} testId="dashboard-sections" ariaLabel={t('dashboards.sections.aria', { summary: chart.summary })} />
      )}
    </Card>
  );
}
