import { useState } from 'react';
import { Card, Col, Row } from 'antd';
import { ProfileOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { AdmissionCheckResponse } from '../../../schemas/admission.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { AdmissionCheckForm } from '../modules/admission/AdmissionCheckForm.tsx';
import { AdmissionCheckResult } from '../modules/admission/AdmissionCheckResult.tsx';

/** /admission-check: an investor checks a foreign investment against the negative list in force. Open to the public. */
export function AdmissionCheckPage() {
  const t = useT();
  const [result, setResult] = useState<AdmissionCheckResponse | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  return (
    <>
      <PageHeading
        title={t('admissionCheck.page.title')}
        description={t('admissionCheck.page.intro')}
        extra={
          <Link to="/negative-lists">
            <ProfileOutlined /> {t('admissionCheck.listLink')}
          </Link>
        }
      />
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={9}>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('admissionCheck.form.heading')}</h2>}>
            <AdmissionCheckForm
              onSubmit={() => {
                setError(undefined);
                setResult(undefined);
              }}
              onResult={setResult}
              onError={setError}
            />
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <div aria-live="polite">
            <ErrorAlert error={error} />
            {result && <AdmissionCheckResult result={result} />}
          </div>
        </Col>
      </Row>
    </>
  );
}
