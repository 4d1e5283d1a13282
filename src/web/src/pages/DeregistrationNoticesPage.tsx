import { useState } from 'react';
import { Alert, Button, Card, Empty, Space, Spin } from 'antd';
import { ExclamationCircleOutlined } from '@ant-design/icons';
import type { NoticeView } from '../../../schemas/deregistration.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { NoticeDetails } from '../modules/deregistration/NoticeDetails.tsx';
import { ObjectionForm } from '../modules/deregistration/ObjectionForm.tsx';

/** One notice on the public portal, with the way to object to it and the answer. */
function NoticeCard({ notice: initial }: { notice: NoticeView }) {
  const t = useT();
  const [notice, setNotice] = useState(initial);
  const [objecting, setObjecting] = useState(false);
  const [objected, setObjected] = useState(false);
  const headingId = `notice-${notice.id}-heading`;
  return (
    <section aria-labelledby={headingId} data-testid="public-notice">
      <Card
        title={
          <h2 id={headingId} style={{ fontSize: 16, margin: 0 }}>
            {notice.enterpriseName}
          </h2>
        }
        extra={
          !objecting && (notice.state === 'in_notice' || notice.state === 'objected') ? (
            <Button icon={<ExclamationCircleOutlined />} onClick={() => setObjecting(true)}>
              {t('deregistration.object.open')}
            </Button>
          ) : undefined
        }
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {objected && <Alert type="success" showIcon role="status" title={t('deregistration.object.done', { name: notice.enterpriseName })} data-testid="objection-result" />}
          <NoticeDetails notice={notice} explain={false} />
          {objecting && (
            <ObjectionForm
              notice={notice}
              onCancel={() => setObjecting(false)}
              onObjected={(answer) => {
                setNotice(answer);
                setObjected(true);
                setObjecting(false);
              }}
            />
          )}
        </Space>
      </Card>
    </section>
  );
}

/**
 * /deregistration-notices (简易注销公告): the summary-deregistration notices running today, public as the national
 * publicity system shows them, and anyone's objection to one (EXIT-03), without signing in.
 */
export function DeregistrationNoticesPage() {
  const t = useT();
  const { data, error, loading, reload } = useApi<{ items: NoticeView[] }>('/api/public/deregistration-notices');
  const items = data?.items ?? [];
  return (
    <>
      <PageHeading title={t('deregistration.public.title')} description={t('deregistration.public.intro')} />
      <ErrorAlert error={error} onRetry={reload} />
      {loading && !data && <Spin />}
      {data && items.length === 0 && <Empty description={t('deregistration.public.empty')} />}
      <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 1080 }} data-testid="public-notices">
        {items.map((notice) => (
          <NoticeCard key={notice.id} notice={notice} />
        ))}
      </Space>
    </>
  );
}
