import { Alert, Card, Descriptions, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import type { ReformTaskDetail } from '../../../schemas/reform.ts';
import { useApi } from '../api/useApi.ts';
import { areaLabelId } from '../auth/roles.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { formatDateTime } from '../components/formatDateTime.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocalName } from '../i18n/useLocalName.ts';
import { useT } from '../i18n/useT.ts';
import { outcomeLabels, reformStatusColors, reformStatusLabels } from '../modules/reform/labels.ts';
import { ReplicationCard } from '../modules/reform/ReplicationCard.tsx';
import { StatusMoveForm } from '../modules/reform/StatusMoveForm.tsx';

/** /reform/:id: one reform task with its source, department, evaluation (failure tolerated), replication procedure and history. */
export function ReformTaskPage() {
  const t = useT();
  const name = useLocalName();
  const { user } = useAuth();
  const mayManage = user?.role === 'analyst';
  const { id = '' } = useParams();
  const valid = /^\d+$/.test(id);
  const { data, error, loading, reload } = useApi<ReformTaskDetail>(valid ? `/api/reform/tasks/${id}` : null);
  const area = (code: string | null) => {
    if (!code) return t('reform.zoneWide');
    const label = areaLabelId(code);
    return label ? t(label) : code;
  };
  const e = data?.evaluation;
  return (
    <>
      <PageHeading title={t('reform.detail.title', { id })} extra={<Link to="/reform">{t('reform.detail.back')}</Link>} />
      <ErrorAlert error={error} onRetry={reload} />
      {loading && !data && <Spin />}
      {data && (
        <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 1000 }}>
          <Card>
            <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
              {name(data.title, data.titleEn)} <Tag color={reformStatusColors[data.status]}>{t(reformStatusLabels[data.status])}</Tag>
            </Typography.Title>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={t('reform.column.source')}>{`${name(data.source.nameZh, data.source.nameEn)} · ${data.source.reference}`}</Descriptions.Item>
              <Descriptions.Item label={t('reform.column.department')}>{name(data.responsibleDepartment.nameZh, data.responsibleDepartment.nameEn)}</Descriptions.Item>
              <Descriptions.Item label={t('reform.column.area')}>{area(data.areaCode)}</Descriptions.Item>
              <Descriptions.Item label={t('reform.detail.startedOn')}>{data.startedOn ?? '—'}</Descriptions.Item>
            </Descriptions>
            {data.description && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12 }}>{data.description}</Typography.Paragraph>}
          </Card>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('reform.detail.evaluation')}</h2>}>
            {!e ? (
              <Typography.Text type="secondary">{t('reform.detail.noEvaluation')}</Typography.Text>
            ) : (
              <>
                {e.toleranceOfFailure && <Alert style={{ marginBottom: 12 }} type="info" showIcon title={t('reform.detail.tolerance')} description={e.toleranceOfFailure.basis} />}
                <Descriptions column={{ xs: 1, md: 2 }} size="small">
                  <Descriptions.Item label={t('reform.detail.outcome')}>{t(outcomeLabels[e.outcome])}</Descriptions.Item>
                  <Descriptions.Item label={t('reform.detail.risksControllable')}>{t(e.risksControllable ? 'reform.yes' : 'reform.no')}</Descriptions.Item>
                  <Descriptions.Item label={t('reform.detail.evaluator')}>{e.evaluator}</Descriptions.Item>
                  <Descriptions.Item label={t('reform.detail.evaluatedOn')}>{e.evaluatedOn}</Descriptions.Item>
                  <Descriptions.Item label={t('reform.detail.summary')} span={2}>
                    {e.summary}
                  </Descriptions.Item>
                </Descriptions>
              </>
            )}
            {mayManage && data.nextStatuses.length > 0 && (
              <div style={{ marginTop: 16 }}>
                <Typography.Title level={3} style={{ fontSize: 15 }}>
                  {t('reform.move.title')}
                </Typography.Title>
                <StatusMoveForm task={data} onMoved={reload} />
              </div>
            )}
          </Card>
          <ReplicationCard task={data} mayManage={mayManage} onChanged={reload} />
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('reform.detail.history')}</h2>}>
            <Timeline
              items={data.events.map((ev, i) => ({
                key: i,
                content: (
                  <>
                    <Tag color={reformStatusColors[ev.toStatus]}>{t(reformStatusLabels[ev.toStatus])}</Tag>
                    {ev.by.displayName} · {formatDateTime(ev.at)}
                    {ev.note && <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{ev.note}</Typography.Paragraph>}
                  </>
                ),
              }))}
            />
          </Card>
        </Space>
      )}
    </>
  );
}
