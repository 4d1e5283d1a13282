import { useState } from 'react';
import { Alert, Button, Space, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router-dom';
import type { PipelineResponse, ProjectListResponse, ProjectStage, StalledListResponse } from '../../../schemas/projects.ts';
import { useApi } from '../api/useApi.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { AreaPicker } from '../modules/projects/AreaPicker.tsx';
import { PipelineSummary } from '../modules/projects/PipelineSummary.tsx';
import { ProjectsTable } from '../modules/projects/ProjectsTable.tsx';
import { STAGES, stageLabels } from '../modules/projects/labels.ts';

const PAGE_SIZE = 20;

/** /projects: the investment-project pipeline per area (Plan V.(II)): funnel, conversion and ageing, stalled alerts, projects by stage. */
export function ProjectsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useAuth();
  const [areaCode, setAreaCode] = useState<string | undefined>(undefined);
  const [stage, setStage] = useState<ProjectStage | 'all'>('all');
  const [page, setPage] = useState(1);
  const area = { areaCode };
  const pipeline = useApi<PipelineResponse>('/api/projects/pipeline', area);
  const stalled = useApi<StalledListResponse>('/api/projects/stalled', area);
  const list = useApi<ProjectListResponse>('/api/projects', { ...area, stage: stage === 'all' ? undefined : stage, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const stalledItems = stalled.data?.items ?? [];
  return (
    <>
      <PageHeading
        title={t('projects.list.title')}
        description={t('projects.list.intro')}
        extra={
          <Space wrap>
            <AreaPicker value={areaCode} onChange={(v) => { setAreaCode(v); setPage(1); }} />
            <Link to="/projects/land-priority">{t('nav.menu.landPriority')}</Link>
            <Link to="/projects/tasks">{t('nav.menu.attractionTasks')}</Link>
            {user?.role === 'area_officer' && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/projects/new')}>
                {t('projects.list.new')}
              </Button>
            )}
          </Space>
        }
      />
      <ErrorAlert error={pipeline.error ?? stalled.error ?? list.error} onRetry={() => { pipeline.reload(); stalled.reload(); list.reload(); }} />
      {stalledItems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('projects.stalled.alert', { count: stalledItems.length })}
          description={
            <ul data-testid="stalled-projects" style={{ margin: 0, paddingInlineStart: 20 }}>
              {stalledItems.map((p) => (
                <li key={p.id}>
                  <Link to={`/projects/${p.id}`}>{p.name}</Link> — {t(stageLabels[p.stage])}，{t('projects.ageing.stalledHelp', { limit: p.ageing.stalledAfterDays ?? 0, over: p.ageing.daysOver ?? 0 })}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {pipeline.data && <PipelineSummary data={pipeline.data} />}
      <Tabs
        activeKey={stage}
        onChange={(k) => { setStage(k as ProjectStage | 'all'); setPage(1); }}
        items={[{ key: 'all', label: t('projects.stage.all') }, ...STAGES.map((s) => ({ key: s, label: t(stageLabels[s]) }))]}
      />
      <ProjectsTable
        testId="projects"
        items={list.data?.items ?? []}
        loading={list.loading}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage }}
      />
    </>
  );
}
