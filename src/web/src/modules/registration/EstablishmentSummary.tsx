import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { EstablishmentView } from '../../../../schemas/registration.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useT } from '../../i18n/useT.ts';
import { StatusTag } from '../files/StatusTag.tsx';
import { EstablishmentKindTag, EstablishmentRouteTag, EstablishmentStatusTag } from './EstablishmentTags.tsx';
import { formatDuration } from './formatDuration.ts';

export type EstablishmentSummaryProps = {
  view: EstablishmentView;
  /** A window officer may register an application whose market-registration file is approved. */
  mayRegister: boolean;
  onRegistered: (view: EstablishmentView) => void;
};

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

/** The electronic business licence of a registered application: the PDF and the page its QR code opens. */
function LicenceCard({ view }: { view: EstablishmentView }) {
  const t = useT();
  if (!view.licence || !view.uscc) return null;
  return (
    <Card title={heading(t('registration.detail.licence'))} data-testid="establishment-licence">
      <Space orientation="vertical" size="middle">
        <Typography.Text>{t('registration.detail.licenceIntro', { version: view.licence.version })}</Typography.Text>
        <Flex gap="middle" wrap align="center">
          <Button type="primary" size="large" icon={<FilePdfOutlined />} href={view.licence.pdf} download data-testid="licence-download">
            {t('registration.detail.download')}
          </Button>
          <Link to={view.licence.verify} data-testid="licence-verify">
            <SafetyCertificateOutlined /> {t('registration.detail.verify')}
          </Link>
        </Flex>
      </Space>
    </Card>
  );
}

/** Where the application stands: status and route, the credit code and licence once registered, or the officer's file. */
export function EstablishmentSummary({ view, mayRegister, onRegistered }: EstablishmentSummaryProps) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const canRegister = mayRegister && view.status === 'under_review' && view.route === 'officer_review' && view.fileStatus === 'approved';

  const register = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const registered = await api.post<EstablishmentView>(`/api/establishments/${view.id}/register`);
      void message.success(t('registration.detail.registeredMessage', { uscc: registered.uscc ?? '' }));
      onRegistered(registered);
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {view.status === 'registered' && view.uscc && (
        <Alert type="success" showIcon title={t('registration.detail.registered', { name: view.name })} description={t('registration.detail.registeredBody', { duration: formatDuration(view.secondsToDecision, t) })} />
      )}
      {view.status === 'under_review' && <Alert type="info" showIcon title={t('registration.detail.awaitingOfficer')} />}
      {view.status === 'rejected' && <Alert type="error" showIcon title={t('registration.detail.rejected')} />}
      <LicenceCard view={view} />
      <Card title={heading(t('registration.detail.summary'))}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('registration.column.name')} span={2}>
            <strong>{view.name}</strong>
          </Descriptions.Item>
          <Descriptions.Item label={t('registration.column.kind')}>
            <EstablishmentKindTag kind={view.kind} />
          </Descriptions.Item>
          <Descriptions.Item label={t('registration.column.status')}>
            <EstablishmentStatusTag status={view.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('registration.column.route')}>
            <EstablishmentRouteTag route={view.route} />
          </Descriptions.Item>
          <Descriptions.Item label={t('registration.column.uscc')}>
            {view.uscc ? (
              <Typography.Text code copyable data-testid="establishment-uscc">
                {view.uscc}
              </Typography.Text>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('registration.detail.industry')}>{view.industryCode ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('registration.column.createdAt')}>{formatDateTime(view.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('registration.detail.decidedAt')}>{formatDateTime(view.decidedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('registration.detail.duration')}>
            <span data-testid="establishment-duration">{formatDuration(view.secondsToDecision, t)}</span>
          </Descriptions.Item>
          {view.fileId !== null && (
            <Descriptions.Item label={t('registration.detail.file')} span={2}>
              <Space>
                <Link to={`/files/${view.fileId}`}>{t('registration.detail.fileLink', { id: view.fileId })}</Link>
                {view.fileStatus && <StatusTag status={view.fileStatus} />}
              </Space>
            </Descriptions.Item>
          )}
        </Descriptions>
        {canRegister && (
          <div style={{ marginTop: 16 }}>
            <ErrorAlert error={error} />
            <Typography.Paragraph type="secondary">{t('registration.detail.registerHelp')}</Typography.Paragraph>
            <Button type="primary" size="large" loading={busy} onClick={() => void register()}>
              {t('registration.detail.register')}
            </Button>
          </div>
        )}
      </Card>
    </Space>
  );
}
