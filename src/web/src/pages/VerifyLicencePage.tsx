import { useState } from 'react';
import { Card, Col, Row } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import type { LicenceDocument, VerifyLicenceRequest, VerifyLicenceResponse } from '../../../schemas/licences.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { LicenceFieldsView } from '../modules/licences/LicenceFieldsView.tsx';
import { VerificationResult } from '../modules/licences/VerificationResult.tsx';
import { VerifyJsonForm } from '../modules/licences/VerifyJsonForm.tsx';

type Checked = { request: VerifyLicenceRequest; result: VerifyLicenceResponse };

/**
 * /verify: anyone pastes the signed JSON of an electronic business licence (issue 6; REG-02, the same legal effect as
 * the paper licence) and learns whether the platform signed it, whether it is current, and the enterprise's status.
 */
export function VerifyLicencePage() {
  const t = useT();
  const [checked, setChecked] = useState<Checked | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  return (
    <>
      <PageHeading
        title={t('licences.page.title')}
        description={t('licences.page.intro')}
        extra={
          <a href="/api/licences/keys" target="_blank" rel="noreferrer">
            <KeyOutlined /> {t('licences.page.keysLink')}
          </a>
        }
      />
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={10}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('licences.form.heading')}</h2>}>
            <VerifyJsonForm
              onSubmit={() => {
                setError(undefined);
                setChecked(undefined);
              }}
              onResult={(result, request) => setChecked({ result, request })}
              onError={setError}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <div aria-live="polite">
            <ErrorAlert error={error} />
            {checked && <VerificationResult result={checked.result} />}
            {/* The contents are shown only when the platform issued them: a forged document's words are not repeated as if they were a licence. */}
            {checked?.result.issued && <LicenceFieldsView document={checked.request.document as LicenceDocument} />}
          </div>
        </Col>
      </Row>
    </>
  );
}
