import { useMemo } from 'react';
import { Card, Col, Row, Table } from 'antd';
import type { PipelineResponse } from '../../../../schemas/projects.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { stageLabels } from '../projects/labels.ts';
import { StageFunnel } from '../projects/StageFunnel.tsx';

type Row = { key: string; label: string; counts: Record<string, number>; total: number };

export type PipelineCardProps = {
  pipeline: PipelineResponse;
  areas: { code: string; name: string }[];
};

/** The investment-project pipeline: how many projects ever reached each stage, and how many are at each now, per area. */
export function PipelineCard({ pipeline, areas }: PipelineCardProps) {
  const t = useT();
  const name = useLocalName();
  const { funnel, rows } = useMemo(() => {
    const sumOver = (pick: (a: PipelineResponse['areas'][number]) => number) => pipeline.areas.reduce((sum, a) => sum + pick(a), 0);
    const funnel = pipeline.stages.map((s) => ({ label: name(s.nameZh, s.nameEn), value: sumOver((a) => a.stages.find((x) => x.stage === s.key)?.reached ?? 0) }));
    const row = (key: string, label: string, count: (a: PipelineResponse['areas'][number]) => number): Row => {
      const counts = Object.fromEntries(pipeline.areas.map((a) => [a.areaCode, count(a)]));
      return { key, label, counts, total: Object.values(counts).reduce((x, y) => x + y, 0) };
    };
    const rows = [
      ...pipeline.stages.map((s) => row(s.key, name(s.nameZh, s.nameEn), (a) => a.stages.find((x) => x.stage === s.key)?.current ?? 0)),
      // Dropped projects are outside the funnel but still counted, so the table adds up to each area's total.
      row('dropped', t(stageLabels.dropped), (a) => a.dropped),
    ];
    return { funnel, rows };
  }, [pipeline, name, t]);
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('dashboards.pipeline.title')}</h2>} style={{ marginBottom: 16 }}>
      <Row gutter={[24, 16]} align="middle">
        <Col xs={24} lg={10}>
          <StageFunnel rows={funnel} ariaLabel={t('dashboards.pipeline.aria', { counts: funnel.map((f) => `${f.label} ${f.value}`).join('，') })} />
        </Col>
        <Col xs={24} lg={14}>
          <Table<Row>
            data-testid="dashboard-pipeline"
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={rows}
            caption={<span style={{ display: 'block', textAlign: 'left', paddingBottom: 8 }}>{t('dashboards.pipeline.current')}</span>}
            columns={[
              { key: 'stage', title: t('dashboards.pipeline.stage'), dataIndex: 'label' },
              ...areas.map((a) => ({ key: a.code, title: a.name, align: 'right' as const, render: (_: unknown, r: Row) => r.counts[a.code] ?? 0 })),
              { key: 'total', title: t('dashboards.pipeline.total'), align: 'right', dataIndex: 'total' },
            ]}
          />
        </Col>
      </Row>
    </Card>
  );
}
