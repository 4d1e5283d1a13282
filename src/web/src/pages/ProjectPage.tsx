import { Card, Descriptions, Space, Spin, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import type { ProjectDetail } from '../../../schemas/projects.ts';
import { useApi } from '../api/useApi.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocale, useT } from '../i18n/useT.ts';
import { useLocalName } from '../i18n/useLocalName.ts';
import { useAreaName } from '../modules/projects/AreaPicker.tsx';
import { ClusterFitCard } from '../modules/projects/ClusterFitCard.tsx';
import { formatYuan } from '../modules/projects/formatYuan.ts';
import { LandScoreCard } from '../modules/projects/LandScoreCard.tsx';
import { StageChangeForm } from '../modules/projects/StageChangeForm.tsx';
import { StageTimeline } from '../modules/projects/StageTimeline.tsx';
import { directionLabels, investorLabels, landCategoryLabels, stageColors, stageLabels } from '../modules/projects/labels.ts';

/** /projects/:id: one project — facts, stage timeline with evidence, the next move, land-priority score, cluster fit. */
export function ProjectPage() {
  const t = useT();
  const { locale } = useLocale();
  const localName = useLocalName();
  const areaName = useAreaName();
  const { id = '' } = useParams();
  const { user } = useAuth();
  const { data, error, loading, reload } = useApi<ProjectDetail>(/^\d+$/.test(id) ? `/api/projects/${id}` : null);
  const mayMove = data !== undefined && user?.role === 'area_officer' && user.areaCode === data.areaCode && data.moves.length > 0;
  const h2 = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;
  return (
    <>
      <PageHeading title={data?.name ?? t('projects.detail.title', { id })} extra={<Link to="/projects">{t('projects.detail.back')}</Link>} />
      <ErrorAlert error={error} onRetry={reload} />
      {loading && !data && <Spin />}
      {data && (
        <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 1040 }}>
          <Card title={h2(t('projects.detail.facts'))}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={t('projects.column.stage')}>
                <Tag color={stageColors[data.stage]}>{t(stageLabels[data.stage])}</Tag> {t('projects.detail.since', { date: data.stageSince, days: data.ageing.daysInStage })}{' '}
                {data.ageing.stalled && <Tag color="red">{t('projects.ageing.stalled')}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={t('projects.column.area')}>{`${areaName(data.areaCode)}${data.unitCode ? ` · ${data.unitCode}` : ''}`}</Descriptions.Item>
              <Descriptions.Item label={t('projects.form.investorName')}>{data.investorName}</Descriptions.Item>
              <Descriptions.Item label={t('projects.form.investorCategory')}>{t(investorLabels[data.investorCategory])}</Descriptions.Item>
              <Descriptions.Item label={t('projects.form.direction')}>{t(directionLabels[data.direction])}</Descriptions.Item>
              <Descriptions.Item label={t('projects.column.industry')}>{`${data.industry.code} ${localName(data.industry.nameZh ?? '', data.industry.nameEn)}`}</Descriptions.Item>
              <Descriptions.Item label={t('projects.column.investment')}>{formatYuan(data.totalInvestmentYuan, locale)}</Descriptions.Item>
              <Descriptions.Item label={t('projects.form.siteArea')}>{data.siteAreaM2 === null ? '—' : `${data.siteAreaM2.toLocaleString()} m²`}</Descriptions.Item>
              <Descriptions.Item label={t('projects.form.landCategories')}>{data.landCategories.length === 0 ? '—' : data.landCategories.map((c) => <Tag key={c}>{t(landCategoryLabels[c])}</Tag>)}</Descriptions.Item>
              {data.note && <Descriptions.Item label={t('projects.form.note')}>{data.note}</Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card title={h2(t('projects.detail.timeline'))}>
            <StageTimeline projectId={data.id} timeline={data.timeline} />
            {mayMove && <StageChangeForm key={data.stage} project={data} onMoved={reload} />}
          </Card>
          <LandScoreCard land={data.land} />
          <ClusterFitCard classification={data.classification} fit={data.clusterFit} />
        </Space>
      )}
    </>
  );
}
