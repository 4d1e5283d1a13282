import { Button } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { EmailOutboxResponse } from '../../../schemas/notifications.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { EmailOutboxTable } from '../modules/outbox/EmailOutboxTable.tsx';

/** /admin/outbox: the e-mails notifications produced; without SMTP, what would have been sent. */
export function EmailOutboxPage() {
  const t = useT();
  const { data, error, loading, reload } = useApi<EmailOutboxResponse>('/api/admin/email-outbox');
  return (
    <>
      <PageHeading
        title={t('outbox.page.title')}
        description={t('outbox.page.intro')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={reload} loading={loading}>
            {t('outbox.page.reload')}
          </Button>
        }
      />
      <ErrorAlert error={error} onRetry={reload} />
      <EmailOutboxTable items={data?.items ?? []} loading={loading} />
    </>
  );
}
