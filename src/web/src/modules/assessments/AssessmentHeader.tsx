import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Select, Space, Statistic, Tag } from 'antd';
import type { AssessmentDetail, AssessorsResponse } from '../../../../schemas/assessments.ts';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { areaLabelId } from '../../auth/roles.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useLocalName } from '../../i18n/useLocalName.ts';
import { useT } from '../../i18n/useT.ts';
import { ContributionChart } from './ContributionChart.tsx';
import { kindLabels, statusColors, statusLabels } from './labels.ts';

/** What an assessment is (kind, area, period, template and its basis), its result with the chart, and the scorer's and the Office's buttons. */
export function AssessmentHeader({ detail, onChanged }: { detail: AssessmentDetail; onChanged: () => void }) {
  const t = useT();
  const name = useLocalName();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(undefined);
  const [assessorId, setAssessorId] = useState<number | undefined>(undefined);
  const thirdParty = detail.kind.startsWith('third_party');
  const mayAssign = detail.may.manage && thirdParty && detail.status === 'in_progress';
  const assessors = useApi<AssessorsResponse>(mayAssign ? '/api/assessments/assessors' : null);
  const area = areaLabelId(detail.areaCode);
  const post = async (path: string, body: unknown, done: string) => {
    setError(undefined);
    try {
      await api.post(path, body);
      void message.success(done);
      onChanged();
    } catch (cause) {
      setError(cause);
    }
  };
  const criteria = new Map(detail.template.criteria.map((c) => [c.key, name(c.nameZh, c.nameEn)]));
  const rows = detail.result.contributions.map((c) => ({ label: criteria.get(c.criterionKey) ?? c.criterionKey, weight: c.weight, weighted: c.weighted }));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ErrorAlert error={error} />
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('assessments.column.kind')}>{t(kindLabels[detail.kind])}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.column.status')}>
            <Tag color={statusColors[detail.status]}>{t(statusLabels[detail.status])}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('assessments.column.area')}>{area ? t(area) : detail.areaCode}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.column.period')}>{detail.period}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.detail.template')}>{t('assessments.detail.templateVersion', { name: name(detail.template.nameZh, detail.template.nameEn), version: detail.template.version })}</Descriptions.Item>
          <Descriptions.Item label={t('assessments.detail.basis')}>{detail.template.basis}</Descriptions.Item>
          {thirdParty && <Descriptions.Item label={t('assessments.column.assessor')}>{detail.assessor?.displayName ?? '—'}</Descriptions.Item>}
          <Descriptions.Item label={t('assessments.detail.createdBy')}>{`${detail.createdBy.displayName} · ${formatDateTime(detail.createdAt)}`}</Descriptions.Item>
          {detail.submittedBy && <Descriptions.Item label={t('assessments.detail.submittedBy')}>{`${detail.submittedBy.displayName} · ${formatDateTime(detail.submittedAt)}`}</Descriptions.Item>}
        </Descriptions>
        {detail.template.weightsOrigin === 'zimao' && <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('assessments.detail.weightsNote')} />}
        {mayAssign && (
          <Space style={{ marginTop: 12 }} wrap>
            <Select<number>
              style={{ minWidth: 240 }}
              aria-label={t('assessments.detail.assign')}
              placeholder={t('assessments.detail.assign')}
              loading={assessors.loading}
              value={assessorId}
              onChange={setAssessorId}
              options={(assessors.data?.items ?? []).map((a) => ({ value: a.id, label: a.displayName }))}
            />
            <Button disabled={assessorId === undefined} onClick={() => void post(`/api/assessments/${detail.id}/assign`, { assessorId }, t('assessments.detail.assigned'))}>
              {t('assessments.detail.assignSubmit')}
            </Button>
          </Space>
        )}
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('assessments.detail.result')}</h2>}>
        <Space size="large" wrap align="start">
          <Statistic title={t('assessments.detail.total')} value={detail.result.total === null ? '—' : detail.result.total.toFixed(2)} />
          <Statistic title={t('assessments.detail.grade')} value={detail.result.grade ? name(detail.result.grade.nameZh, detail.result.grade.nameEn) : '—'} />
          {!detail.result.complete && <Tag color="orange">{t('assessments.detail.incomplete', { count: detail.result.missing.length })}</Tag>}
        </Space>
        <ContributionChart rows={rows} weightLabel={t('assessments.detail.chartWeight')} weightedLabel={t('assessments.detail.chartWeighted')} ariaLabel={t('assessments.detail.chart')} />
        <Space wrap style={{ marginTop: 12 }}>
          {detail.may.score && detail.result.complete && (
            <Popconfirm title={t('assessments.detail.submitConfirm')} onConfirm={() => void post(`/api/assessments/${detail.id}/submit`, {}, t('assessments.detail.submitted'))}>
              <Button type="primary">{t('assessments.detail.submit')}</Button>
            </Popconfirm>
          )}
          {detail.may.manage && detail.status === 'submitted' && detail.openActions === 0 && (
            <Button onClick={() => void post(`/api/assessments/${detail.id}/close`, {}, t('assessments.detail.closed'))}>{t('assessments.detail.close')}</Button>
          )}
        </Space>
      </Card>
    </Space>
  );
}
