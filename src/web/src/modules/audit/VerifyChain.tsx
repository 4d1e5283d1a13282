import { useState } from 'react';
import { Alert, Button, Space } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { AuditVerifyResponse } from '../../../../schemas/audit.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';

/** Checks every row's hash and link: GET /api/audit/verify. */
export function VerifyChain() {
  const t = useT();
  const [result, setResult] = useState<AuditVerifyResponse | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setResult(await api.get<AuditVerifyResponse>('/api/audit/verify'));
    } catch (cause) {
      setResult(undefined);
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
      <Button icon={<SafetyCertificateOutlined />} onClick={() => void verify()} loading={busy}>
        {t('audit.verify.button')}
      </Button>
      <div aria-live="polite">
        <ErrorAlert error={error} />
        {result &&
          (result.ok ? (
            <Alert
              type="success"
              showIcon
              title={t('audit.verify.ok', { checked: result.checked })}
              description={result.awaitingSeal > 0 ? t('audit.verify.awaitingSeal', { count: result.awaitingSeal }) : undefined}
            />
          ) : (
            <Alert
              type="error"
              showIcon
              title={t('audit.verify.broken', { checked: result.checked })}
              description={
                result.firstBroken
                  ? t('audit.verify.firstBroken', { seq: result.firstBroken.seq, reason: result.firstBroken.reason })
                  : undefined
              }
            />
          ))}
      </div>
    </Space>
  );
}
