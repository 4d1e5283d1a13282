import { Card, Table } from 'antd';
import type { PipelineResponse } from '../../../../schemas/projects.ts';
import { useLocale, useT } from '../../i18n/useT.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useAreaName } from './AreaPicker.tsx';
import { formatRatio, formatYuan } from './formatYuan.ts';
import { StageFunnel } from './StageFunnel.tsx';

type StageRow = PipelineResponse['areas'][number]['stages'][number] & { key: string; name: string };

/** The funnel of the areas shown, and per area the projects per stage, conversion, ageing and stalled counts. */
export function PipelineSummary({ data }: { data: PipelineResponse }) {
  const t = useT();
  const { locale } = useLocale();
  const localName = useLocalName();
  const areaName = useAreaName();
  const nameOf = (key: string) => {
    const s = data.stages.find((x) => x.key === key);
    return s ? localName(s.nameZh, s.nameEn) : key;
  };
  const funnel = data.stages.map((s) => ({ label: localName(s.nameZh, s.nameEn), value: data.areas.reduce((sum, a) => sum + (a.stages.find((x) => x.stage === s.key)?.reached ?? 0), 0) }));
  return (
    <>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('projects.pipeline.funnel')}</h2>} style={{ marginBottom: 16 }}>
        <StageFunnel rows={funnel} ariaLabel={t('projects.pipeline.funnelAria', { counts: funnel.map((f) => `${f.label} ${f.value}`).join('，') })} />
      </Card>
      {data.areas.map((area) => (
        <Card key={area.areaCode} title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('projects.pipeline.areaTitle', { area: areaName(area.areaCode), total: area.total, dropped: area.dropped })}</h2>} style={{ marginBottom: 16 }}>
          <Table<StageRow>
            data-testid={`pipeline-${area.areaCode}`}
            size="small"
            pagination={false}
            rowKey="key"
            scroll={{ x: 800 }}
            dataSource={area.stages.map((s) => ({ ...s, key: s.stage, name: nameOf(s.stage) }))}
            columns={[
              { key: 'stage', title: t('projects.column.stage'), dataIndex: 'name' },
              { key: 'current', title: t('projects.pipeline.current'), dataIndex: 'current', align: 'right' },
              { key: 'investment', title: t('projects.column.investment'), align: 'right', render: (_, s) => formatYuan(s.investmentYuan, locale) },
              { key: 'reached', title: t('projects.pipeline.reached'), dataIndex: 'reached', align: 'right' },
              { key: 'conversion', title: t('projects.pipeline.conversion'), align: 'right', render: (_, s) => formatRatio(s.conversionToNext) },
              { key: 'average', title: t('projects.pipeline.averageDays'), align: 'right', render: (_, s) => s.averageDaysInStage ?? '—' },
              { key: 'max', title: t('projects.pipeline.maxDays'), align: 'right', render: (_, s) => s.maxDaysInStage ?? '—' },
              { key: 'stalled', title: t('projects.ageing.stalled'), align: 'right', dataIndex: 'stalled' },
            ]}
          />
        </Card>
      ))}
    </>
  );
}
