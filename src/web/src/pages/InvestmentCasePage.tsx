import { Card, List, Space, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import type { InvestmentCaseDetail } from '../../../schemas/investment.ts';
import { useApi } from '../api/useApi.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { formatDateTime } from '../components/formatDateTime.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { CaseDetails } from '../modules/investment/CaseDetails.tsx';
import { reportKindLabels } from '../modules/investment/caseLabels.ts';
import { ReportForm } from '../modules/investment/ReportForm.tsx';

/** /investment/cases/:id: one case with its classification, receipt or file, security review and reports. */
export function InvestmentCasePage() {
  const t = useT();
  const { id = '' } = useParams();
  const { user } = useAuth();
  const mayReport = user?.role === 'applicant' || user?.role === 'window_officer';
  const valid = /^\d+$/.test(id);
  const { data, error, loading, reload } = useApi<InvestmentCaseDetail>(valid ? `/api/investment/cases/${id}` : null);
  return (
    <>
      <PageHeading title={t('investment.case.title', { id })} extra={<Link to="/investment">{t('investment.new.back')}</Link>} />
      <ErrorAlert error={error} onRetry={reload} />
      {loading && !data && <Spin />}
      {data && (
        <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 960 }}>
          <CaseDetails detail={data} />
          {data.kind === 'outbound' && (
            <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('investment.case.reports')}</h2>}>
              <List
                data-testid="investment-reports"
                dataSource={data.reports}
                locale={{ emptyText: t('investment.case.noReports') }}
                renderItem={(r) => (
                  <List.Item key={r.id}>
                    <Space orientation="vertical" size={0}>
                      <span>
                        <Tag>{t(reportKindLabels[r.kind])}</Tag>
                        {r.period}
                      </span>
                      {r.body && <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{r.body}</Typography.Paragraph>}
                      {r.contact && (
                        <span>
                          {r.contact.name} · {r.contact.phone} · {r.contact.country}
                        </span>
                      )}
                      <Typography.Text type="secondary">{t('investment.report.by', { name: r.reportedBy.displayName, at: formatDateTime(r.reportedAt) })}</Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
              {mayReport && (
                <div style={{ marginTop: 16 }}>
                  <ReportForm caseId={data.id} onAdded={reload} />
                </div>
              )}
            </Card>
          )}
        </Space>
      )}
    </>
  );
}
