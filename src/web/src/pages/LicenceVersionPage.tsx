import { Alert, Button, Flex, Spin } from 'antd';
import { FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { LicenceFieldsView } from '../modules/licences/LicenceFieldsView.tsx';
import { pdfUrl, USCC_PATTERN } from '../modules/licences/licenceLabels.ts';
import { useLicenceCheck } from '../modules/licences/useLicenceCheck.ts';
import { VerificationResult } from '../modules/licences/VerificationResult.tsx';

/** /verify/licence/:uscc/:version: what the QR code on a licence opens. Public: the register is public. */
export function LicenceVersionPage() {
  const t = useT();
  const params = useParams<{ uscc: string; version: string }>();
  const uscc = params.uscc && USCC_PATTERN.test(params.uscc) ? params.uscc.toUpperCase() : null;
  const version = params.version && /^[1-9]\d{0,5}$/.test(params.version) ? Number(params.version) : null;
  const { licence, result, error, loading } = useLicenceCheck(uscc, uscc === null ? null : version);

  return (
    <>
      <PageHeading
        title={t('licences.version.title', { uscc: uscc ?? params.uscc ?? '', version: version ?? params.version ?? '' })}
        description={t('licences.version.intro')}
        extra={
          <Flex gap="middle" wrap>
            {licence && (
              <Button icon={<FilePdfOutlined />} href={pdfUrl(licence.uscc, licence.version)} download>
                {t('licences.version.downloadPdf')}
              </Button>
            )}
            <Link to="/verify">
              <SafetyCertificateOutlined /> {t('licences.version.verifyOther')}
            </Link>
          </Flex>
        }
      />
      <div aria-live="polite">
        {(uscc === null || version === null) && <Alert type="error" showIcon role="alert" title={t('licences.version.badAddress')} />}
        <ErrorAlert error={error} />
        {loading && <Spin aria-label={t('licences.version.loading')} />}
        {result && <VerificationResult result={result} />}
        {licence && result?.issued && <LicenceFieldsView document={licence.document} />}
      </div>
    </>
  );
}
