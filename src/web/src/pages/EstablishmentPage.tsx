import { useEffect, useState } from 'react';
import { Card, Col, Descriptions, Row, Space, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import type { EstablishmentView } from '../../../schemas/registration.ts';
import { useApi } from '../api/useApi.ts';
import { areaLabelId } from '../auth/roles.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { EstablishmentSummary } from '../modules/registration/EstablishmentSummary.tsx';
import { FiledForm } from '../modules/registration/FiledForm.tsx';
import { FindingsAlert } from '../modules/registration/FindingsAlert.tsx';
import { FollowUpsTable } from '../modules/registration/FollowUpsTable.tsx';
import { useScopeCatalogue } from '../modules/registration/useScopeCatalogue.ts';

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

/**
 * /establishments/:id: one application: status and route; once registered the credit code, the electronic licence
 * and the departments' follow-up tasks; under an officer's review the file (and, for a window officer, registering it
 * once approved); the formal review's findings, the derived domicile, and the form as filed.
 */
export function EstablishmentPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { user } = useAuth();
  const valid = /^\d+$/.test(id);
  const { data, error, loading, reload } = useApi<EstablishmentView>(valid ? `/api/establishments/${id}` : null);
  const [registered, setRegistered] = useState<EstablishmentView | undefined>(undefined);
  const catalogue = useScopeCatalogue();
  useEffect(() => setRegistered(undefined), [data]);
  const view = registered ?? data;
  const area = view?.domicile ? areaLabelId(view.domicile.areaCode) : undefined;
  // An individual business declares business premises (经营场所) rather than a domicile.
  const individual = view?.kind === 'individual-business';

  return (
    <>
      <PageHeading title={view ? view.name : t('registration.detail.title', { id })} description={t(individual ? 'registration.detail.subtitleIndividual' : 'registration.detail.subtitle', { id })} extra={<Link to="/establishments">{t('registration.detail.back')}</Link>} />
      <ErrorAlert error={error} onRetry={reload} />
      {loading && !view && <Spin />}
      {view && (
        <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 1080 }} data-testid="establishment">
          <EstablishmentSummary view={view} mayRegister={user?.role === 'window_officer'} onRegistered={setRegistered} />
          <Card title={heading(t('registration.detail.findings'))}>
            <FindingsAlert findings={view.findings} emptyText={t('registration.findings.none')} />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={view.foreignInvestment ? 12 : 24}>
              <Card title={heading(t(individual ? 'registration.detail.premises' : 'registration.detail.domicile'))} style={{ height: '100%' }}>
                {view.domicile ? (
                  <Descriptions column={1} size="small" data-testid="establishment-domicile">
                    <Descriptions.Item label={t(individual ? 'registration.form.premises' : 'registration.form.address')}>{view.domicile.address}</Descriptions.Item>
                    <Descriptions.Item label={t('registration.detail.district')}>{view.domicile.districtName}</Descriptions.Item>
                    <Descriptions.Item label={t('registration.detail.area')}>
                      <Tag>{area ? t(area) : view.domicile.areaCode}</Tag>
                      <Typography.Text type="secondary">{view.domicile.unitCode}</Typography.Text>
                    </Descriptions.Item>
                  </Descriptions>
                ) : (
                  <Typography.Text type="secondary">{t('registration.detail.noDomicile')}</Typography.Text>
                )}
              </Card>
            </Col>
            {view.foreignInvestment && (
              <Col xs={24} lg={12}>
                <Card title={heading(t('registration.detail.foreign'))} style={{ height: '100%' }}>
                  <Descriptions column={1} size="small">
                    <Descriptions.Item label={t('registration.detail.foreignShare')}>{view.foreignInvestment.foreignShare}%</Descriptions.Item>
                    <Descriptions.Item label={t('registration.detail.largestForeign')}>{view.foreignInvestment.largestForeignInvestorShare}%</Descriptions.Item>
                    <Descriptions.Item label={t('registration.detail.lrForeign')}>
                      {view.foreignInvestment.legalRepresentativeForeign ? t('registration.filed.yes') : t('registration.filed.no')}
                    </Descriptions.Item>
                  </Descriptions>
                </Card>
              </Col>
            )}
          </Row>
          {view.status === 'registered' && (
            <Card title={heading(t('registration.detail.followUps'))}>
              <Typography.Paragraph type="secondary">{t('registration.detail.followUpsIntro')}</Typography.Paragraph>
              <div data-testid="establishment-follow-ups">
                <FollowUpsTable items={view.followUps} />
              </div>
            </Card>
          )}
          <FiledForm form={view.form} catalogue={catalogue} kind={view.kind} />
        </Space>
      )}
    </>
  );
}
