import { useState } from 'react';
import { Pagination, Select, Space, Switch, Typography } from 'antd';
import type { ActionListResponse, ActionStatusSchema } from '../../../schemas/assessments.ts';
import { useApi } from '../api/useApi.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { ActionsTable } from '../modules/assessments/ActionsTable.tsx';
import { actionStatusLabels } from '../modules/assessments/labels.ts';

const PAGE_SIZE = 20;

/** /assessment-actions: follow-up actions within the reader's scope; area officers report on theirs, the FTZ Office reviews. */
export function AssessmentActionsPage() {
  const t = useT();
  const { user } = useAuth();
  const side = user?.role === 'area_officer' ? 'area' : user?.role === 'analyst' ? 'office' : null;
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<ActionStatusSchema | undefined>(undefined);
  const [overdue, setOverdue] = useState(false);
  const { data, error, loading, reload } = useApi<ActionListResponse>('/api/assessment-actions', { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, status, overdue: overdue ? 'true' : undefined });
  return (
    <>
      <PageHeading title={t('assessmentActions.page.title')} description={t('assessmentActions.page.intro')} />
      <Space style={{ marginBottom: 12 }} wrap>
        <Select<ActionStatusSchema>
          allowClear
          style={{ minWidth: 180 }}
          placeholder={t('assessments.actions.status')}
          aria-label={t('assessments.actions.status')}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={(Object.keys(actionStatusLabels) as ActionStatusSchema[]).map((s) => ({ value: s, label: t(actionStatusLabels[s]) }))}
        />
        <label>
          <Switch
            checked={overdue}
            onChange={(v) => {
              setOverdue(v);
              setPage(1);
            }}
          />{' '}
          <Typography.Text>{t('assessmentActions.page.overdueOnly')}</Typography.Text>
        </label>
      </Space>
      <ErrorAlert error={error} onRetry={reload} />
      <ActionsTable actions={data?.items ?? []} side={side} onChanged={reload} withAssessment loading={loading} />
      <Pagination style={{ marginTop: 12 }} current={page} pageSize={PAGE_SIZE} total={data?.total ?? 0} onChange={setPage} showTotal={(total) => t('common.table.total', { total })} />
    </>
  );
}
