import { useState } from 'react';
import { App, Badge, Button, List, Typography } from 'antd';
import type { NotificationView, NotificationsResponse } from '../../../schemas/notifications.ts';
import { api } from '../api/client.ts';
import { errorText } from '../api/errorText.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocale, useT } from '../i18n/useT.ts';
import { formatDateTime } from '../components/formatDateTime.ts';
import { announceNotificationsChanged } from '../modules/notifications/useUnreadCount.ts';

/** /me/notifications: messages to the signed-in user, e.g. a deadline moved by a newly published schedule. */
export function NotificationsPage() {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi<NotificationsResponse>('/api/me/notifications');
  const [marking, setMarking] = useState<number | null>(null);
  const unread = (data?.items ?? []).filter((n) => n.readAt === null).length;

  const markRead = async (id: number) => {
    setMarking(id);
    try {
      await api.post(`/api/me/notifications/${id}/read`);
      reload();
      announceNotificationsChanged();
    } catch (cause) {
      void message.error(errorText(cause, locale, t));
    } finally {
      setMarking(null);
    }
  };

  return (
    <>
      <PageHeading title={t('notifications.page.title')} description={t('notifications.page.unread', { count: unread })} />
      <ErrorAlert error={error} onRetry={reload} />
      <List<NotificationView>
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('notifications.page.empty') }}
        renderItem={(n) => (
          <List.Item
            actions={
              n.readAt === null
                ? [
                    <Button key="read" size="small" loading={marking === n.id} onClick={() => void markRead(n.id)}>
                      {t('notifications.page.markRead')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              avatar={<Badge status={n.readAt === null ? 'processing' : 'default'} />}
              title={
                <Typography.Text strong={n.readAt === null}>
                  {locale === 'en' ? n.messageEn : n.message}
                  {n.readAt === null && <span className="zimao-sr-only"> ({t('notifications.page.unreadMark')})</span>}
                </Typography.Text>
              }
              description={`${formatDateTime(n.createdAt)} · ${n.kind}`}
            />
          </List.Item>
        )}
      />
    </>
  );
}
