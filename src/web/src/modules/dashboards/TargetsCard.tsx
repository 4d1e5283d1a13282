import { Card, Table } from 'antd';
import { Link } from 'react-router-dom';
import type { DashboardResponse } from '../../../../schemas/dashboards.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { LightTag } from '../indicators/LightTag.tsx';
import { formatFigure } from './labels.ts';

type Target = DashboardResponse['targets'][number];

/** The Plan's targets for the zone with their progress; each indicator opens its trend against the target. */
export function TargetsCard({ targets }: { targets: Target[] }) {
  const t = useT();
  const name = useLocalName();
  const withUnit = (v: number | null, r: Target) => (v === null ? '—' : `${formatFigure(v)} ${name(r.unit.zh, r.unit.en)}`);
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('dashboards.targets.title')}</h2>} style={{ marginBottom: 16 }}>
      <Table<Target>
        data-testid="dashboard-targets"
        size="small"
        rowKey="targetId"
        pagination={false}
        scroll={{ x: 960 }}
        dataSource={targets}
        columns={[
          { key: 'target', title: t('dashboards.targets.target'), dataIndex: 'targetId', width: 64 },
          {
            key: 'indicator',
            title: t('dashboards.targets.indicator'),
            render: (_, r) => <Link to={`/indicators/${encodeURIComponent(r.indicatorCode)}`}>{name(r.nameZh, r.nameEn)}</Link>,
          },
          { key: 'goal', title: t('dashboards.targets.goal'), align: 'right', render: (_, r) => `${withUnit(r.goal, r)}（${r.targetYear}）` },
          { key: 'actual', title: t('dashboards.targets.actual'), align: 'right', render: (_, r) => withUnit(r.actual, r) },
          { key: 'expected', title: t('dashboards.targets.expected'), align: 'right', render: (_, r) => withUnit(r.expected, r) },
          { key: 'asOf', title: t('dashboards.targets.asOf'), render: (_, r) => r.asOf ?? '—', onCell: () => ({ style: { whiteSpace: 'nowrap' } }) },
          { key: 'light', title: t('dashboards.targets.light'), onCell: () => ({ style: { whiteSpace: 'nowrap' } }), render: (_, r) => <LightTag light={r.light} reason={name(r.reasonZh, r.reasonEn)} /> },
        ]}
      />
    </Card>
  );
}
