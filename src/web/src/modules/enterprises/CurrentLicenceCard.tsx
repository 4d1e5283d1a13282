import { Button, Card, Collapse, Flex, Space, Spin, Typography } from 'antd';
import { FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { LicenceView } from '../../../../schemas/licences.ts';
import { ApiError } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { LicenceFieldsView } from '../licences/LicenceFieldsView.tsx';
import { versionPath } from '../licences/licenceLabels.ts';

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

/**
 * The licence in force (GET /api/licences/:uscc, public): its version and day of issue, the PDF, the public page that
 * verifies it, and what it prints. An enterprise registered before zimao has none (404).
 */
export function CurrentLicenceCard({ uscc }: { uscc: string }) {
  const t = useT();
  const { data, error, loading, reload } = useApi<LicenceView>(`/api/licences/${encodeURIComponent(uscc)}`);
  const none = error instanceof ApiError && error.status === 404;
  return (
    <Card title={heading(t('enterprise.licence.heading'))} data-testid="enterprise-licence">
      {loading && !data && <Spin />}
      {none ? <Typography.Text type="secondary">{t('enterprise.licence.none')}</Typography.Text> : <ErrorAlert error={error} onRetry={reload} />}
      {data && !none && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text data-testid="licence-version" data-version={data.version}>
            {t('enterprise.licence.current', { version: data.version, issuedOn: data.document.issuedOn })}
          </Typography.Text>
          <Flex gap="middle" wrap align="center">
            <Button type="primary" icon={<FilePdfOutlined />} href={`/api/licences/${encodeURIComponent(uscc)}/pdf`} download data-testid="licence-download">
              {t('enterprise.licence.download')}
            </Button>
            <Link to={versionPath(data.uscc, data.version)} data-testid="licence-verify">
              <SafetyCertificateOutlined /> {t('enterprise.licence.verify')}
            </Link>
          </Flex>
          <Collapse items={[{ key: 'fields', label: t('enterprise.licence.fields'), children: <LicenceFieldsView document={data.document} /> }]} />
        </Space>
      )}
    </Card>
  );
}
