import { useState } from 'react';
import { App, Button, InputNumber, Progress, Space, Table, Tag, Typography } from 'antd';
import type { AttractionTasksResponse } from '../../../schemas/projects.ts';
import { api } from '../api/client.ts';
import { useApi } from '../api/useApi.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { formatDateTime } from '../components/formatDateTime.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocale, useT } from '../i18n/useT.ts';
import { useAreaName } from '../modules/projects/AreaPicker.tsx';
import { formatRatio, formatYuan } from '../modules/projects/formatYuan.ts';
import { TaskForm } from '../modules/projects/TaskForm.tsx';

type Item = AttractionTasksResponse['items'][number];
const percent = (ratio: number | null) => (ratio === null ? 0 : Math.min(100, Math.round(ratio * 100)));

/** /projects/tasks: each area's annual investment-attraction task against the projects it brought in and signed. */
export function AttractionTasksPage() {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const areaName = useAreaName();
  const { user } = useAuth();
  const [year, setYear] = useState(new Date().getFullYear());
  const [editing, setEditing] = useState<Item | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const { data, error: loadError, loading, reload } = useApi<AttractionTasksResponse>('/api/attraction-tasks', { year });
  const sets = user?.role === 'analyst';
  const mayWrite = (i: Item) => sets || (user?.role === 'area_officer' && user.areaCode === i.areaCode);
  const approve = async (i: Item) => {
    setError(undefined);
    try {
      await api.post(`/api/attraction-tasks/${i.areaCode}/${year}/approve`);
      void message.success(t('projects.tasks.approveDone'));
      reload();
    } catch (cause) {
      setError(cause);
    }
  };
  return (
    <>
      <PageHeading
        title={t('projects.tasks.title')}
        description={t('projects.tasks.intro')}
        extra={<InputNumber aria-label={t('projects.tasks.year')} min={2018} max={2100} value={year} onChange={(v) => v && setYear(v)} />}
      />
      <ErrorAlert error={error ?? loadError} onRetry={reload} />
      <Table<Item>
        data-testid="attraction-tasks"
        rowKey="areaCode"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 1000 }}
        expandable={{
          rowExpandable: (i) => i.history.length > 0,
          expandedRowRender: (i) => (
            <ul style={{ margin: 0 }}>
              {i.history.map((h) => (
                <li key={h.revision}>
                  {t('projects.tasks.revision', { n: h.revision, count: h.targetCount, investment: formatYuan(h.targetInvestmentYuan, locale), by: h.setBy.displayName, at: formatDateTime(h.setAt) })}{' '}
                  <Tag color={h.status === 'approved' ? 'green' : 'gold'}>{t(h.status === 'approved' ? 'projects.tasks.approved' : 'projects.tasks.proposed')}</Tag>
                  {h.note}
                </li>
              ))}
            </ul>
          ),
        }}
        columns={[
          { key: 'area', title: t('projects.column.area'), render: (_, i) => areaName(i.areaCode) },
          {
            key: 'task',
            title: t('projects.tasks.task'),
            render: (_, i) =>
              i.task ? (
                <span>
                  {t('projects.tasks.targetValue', { count: i.task.targetCount, investment: formatYuan(i.task.targetInvestmentYuan, locale) })}{' '}
                  <Tag color={i.task.status === 'approved' ? 'green' : 'gold'}>{t(i.task.status === 'approved' ? 'projects.tasks.approved' : 'projects.tasks.proposed')}</Tag>
                </span>
              ) : (
                t('projects.tasks.none')
              ),
          },
          { key: 'count', title: t('projects.tasks.actualCount'), render: (_, i) => <Space>{i.actualCount}<Progress percent={percent(i.countRatio)} size="small" style={{ width: 120 }} format={() => formatRatio(i.countRatio)} /></Space> },
          { key: 'investment', title: t('projects.tasks.actualInvestment'), render: (_, i) => <Space>{formatYuan(i.actualInvestmentYuan, locale)}<Progress percent={percent(i.investmentRatio)} size="small" style={{ width: 120 }} format={() => formatRatio(i.investmentRatio)} /></Space> },
          {
            key: 'actions',
            title: t('projects.tasks.actions'),
            render: (_, i) => (
              <Space>
                {mayWrite(i) && <Button size="small" onClick={() => setEditing(i)}>{t(sets ? 'projects.tasks.set' : 'projects.tasks.propose')}</Button>}
                {sets && i.task?.status === 'proposed' && <Button size="small" type="primary" onClick={() => void approve(i)}>{t('projects.tasks.approve')}</Button>}
              </Space>
            ),
          },
        ]}
      />
      {data && <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{data.rule}</Typography.Paragraph>}
      {editing && (
        <TaskForm
          areaLabel={areaName(editing.areaCode)}
          areaCode={editing.areaCode}
          year={year}
          sets={sets}
          initial={editing.task ? { targetCount: editing.task.targetCount, targetInvestmentYuan: editing.task.targetInvestmentYuan } : undefined}
          onClose={(saved) => { setEditing(null); if (saved) reload(); }}
        />
      )}
    </>
  );
}
