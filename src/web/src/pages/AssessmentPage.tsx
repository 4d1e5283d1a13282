import { Button, Card, Space, Spin } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { AssessmentDetail } from '../../../schemas/assessments.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { ActionsTable } from '../modules/assessments/ActionsTable.tsx';
import { AssessmentHeader } from '../modules/assessments/AssessmentHeader.tsx';
import { CriteriaTable } from '../modules/assessments/CriteriaTable.tsx';
import { FindingsCard } from '../modules/assessments/FindingsCard.tsx';
import { OpenActionForm } from '../modules/assessments/OpenActionForm.tsx';

/** /assessments/:id: criteria with weights, scores with evidence, total and grade, findings and follow-up actions. */
export function AssessmentPage() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const valid = /^\d+$/.test(id);
  const { data, error, loading, reload } = useApi<AssessmentDetail>(valid ? `/api/assessments/${id}` : null);
  return (
    <>
      <PageHeading
        title={t('assessments.detail.title', { id })}
        extra={
          <Space>
            {data?.may.score && (
              <Button type="primary" onClick={() => navigate(`/assessments/${id}/score`)}>
                {t('assessments.detail.scoreButton')}
              </Button>
            )}
            <Link to="/assessments">{t('assessments.detail.back')}</Link>
          </Space>
        }
      />
      <ErrorAlert error={error} onRetry={reload} />
      {loading && !data && <Spin />}
      {data && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <AssessmentHeader detail={data} onChanged={reload} />
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('assessments.detail.criteria')}</h2>}>
            <CriteriaTable detail={data} />
          </Card>
          <FindingsCard detail={data} mayRecord={data.may.recordFindings} onChanged={reload} />
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('assessments.actions.title')}</h2>}>
            <ActionsTable actions={data.actions} side={data.may.manage ? 'office' : null} onChanged={reload} />
            {data.may.manage && <OpenActionForm detail={data} onOpened={reload} />}
          </Card>
        </Space>
      )}
    </>
  );
}
