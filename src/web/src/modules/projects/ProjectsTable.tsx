import { Table, Tag, Tooltip } from 'antd';
import { Link } from 'react-router-dom';
import type { ProjectView } from '../../../../schemas/projects.ts';
import { useLocale, useT } from '../../i18n/useT.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useAreaName } from './AreaPicker.tsx';
import { formatYuan } from './formatYuan.ts';
import { fitColors, fitLabels, stageColors, stageLabels } from './labels.ts';

export type ProjectsTableProps = {
  items: ProjectView[];
  loading: boolean;
  testId: string;
  pagination?: false | { current: number; pageSize: number; total: number; onChange: (page: number) => void };
};

/** Projects with their stage, days in stage (stalled flagged), cluster, fit, investment and land score. */
export function ProjectsTable({ items, loading, testId, pagination = false }: ProjectsTableProps) {
  const t = useT();
  const { locale } = useLocale();
  const localName = useLocalName();
  const areaName = useAreaName();
  return (
    <Table<ProjectView>
      data-testid={testId}
      rowKey="id"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: t('projects.list.empty') }}
      scroll={{ x: 1100 }}
      pagination={pagination && { ...pagination, showTotal: (total) => t('common.table.total', { total }) }}
      columns={[
        { key: 'name', title: t('projects.column.name'), render: (_, p) => <Link to={`/projects/${p.id}`}>{p.name}</Link> },
        { key: 'area', title: t('projects.column.area'), render: (_, p) => `${areaName(p.areaCode)}${p.unitCode ? ` · ${p.unitCode}` : ''}` },
        { key: 'stage', title: t('projects.column.stage'), render: (_, p) => <Tag color={stageColors[p.stage]}>{t(stageLabels[p.stage])}</Tag> },
        {
          key: 'days',
          title: t('projects.column.daysInStage'),
          render: (_, p) => (
            <span>
              {t('projects.ageing.days', { days: p.ageing.daysInStage })}{' '}
              {p.ageing.stalled && (
                <Tooltip title={t('projects.ageing.stalledHelp', { limit: p.ageing.stalledAfterDays ?? 0, over: p.ageing.daysOver ?? 0 })}>
                  <Tag color="red">{t('projects.ageing.stalled')}</Tag>
                </Tooltip>
              )}
            </span>
          ),
        },
        { key: 'industry', title: t('projects.column.industry'), render: (_, p) => `${p.industry.code} ${localName(p.industry.nameZh ?? '', p.industry.nameEn)}` },
        { key: 'cluster', title: t('projects.column.cluster'), render: (_, p) => (p.subIndustryIds.length > 0 ? p.subIndustryIds.join(', ') : '—') },
        { key: 'fit', title: t('projects.column.fit'), render: (_, p) => <Tag color={fitColors[p.fit]}>{t(fitLabels[p.fit])}</Tag> },
        { key: 'investment', title: t('projects.column.investment'), align: 'right', render: (_, p) => formatYuan(p.totalInvestmentYuan, locale) },
        { key: 'land', title: t('projects.column.landScore'), align: 'right', render: (_, p) => p.landScore },
      ]}
    />
  );
}
