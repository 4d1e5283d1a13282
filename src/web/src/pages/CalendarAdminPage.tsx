import { useState } from 'react';
import { App, Button, Flex, InputNumber, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { CalendarOverridesResponse } from '../../../schemas/calendar.ts';
import { api } from '../api/client.ts';
import { errorText } from '../api/errorText.ts';
import { useApi } from '../api/useApi.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useLocale, useT } from '../i18n/useT.ts';
import { todayInShanghai } from '../modules/calendar/dates.ts';
import { OverridesTable, type OverrideRow } from '../modules/calendarAdmin/OverridesTable.tsx';
import { OverrideModal } from '../modules/calendarAdmin/OverrideModal.tsx';
import { PublishYearForm } from '../modules/calendarAdmin/PublishYearForm.tsx';

/** /admin/calendar: day overrides of a year, and publishing a year's State Council schedule. */
export function CalendarAdminPage() {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [year, setYear] = useState(() => Number(todayInShanghai().slice(0, 4)));
  const [editing, setEditing] = useState<OverrideRow | undefined>(undefined);
  const [modalOpen, setModalOpen] = useState(false);
  const overrides = useApi<CalendarOverridesResponse>('/api/calendar/overrides', { year });

  const remove = async (date: string) => {
    try {
      await api.delete(`/api/calendar/overrides/${date}`);
      void message.success(t('calendarAdmin.delete.done', { date }));
      overrides.reload();
    } catch (cause) {
      void message.error(errorText(cause, locale, t));
    }
  };

  return (
    <>
      <PageHeading title={t('calendarAdmin.page.title')} description={t('calendarAdmin.page.intro')} />
      <section aria-labelledby="overrides-heading">
        <Flex justify="space-between" align="center" wrap gap="small" style={{ marginBottom: 12 }}>
          <Typography.Title level={2} id="overrides-heading" style={{ fontSize: 18, margin: 0 }}>
            {t('calendarAdmin.overrides.heading')}
          </Typography.Title>
          <Space wrap>
            <label htmlFor="overrides-year">{t('calendarAdmin.publish.year')}</label>
            <InputNumber id="overrides-year" min={2000} max={2100} precision={0} value={year} onChange={(v) => v !== null && setYear(v)} />
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                setEditing(undefined);
                setModalOpen(true);
              }}
            >
              {t('calendarAdmin.page.add')}
            </Button>
          </Space>
        </Flex>
        <ErrorAlert error={overrides.error} onRetry={overrides.reload} />
        <OverridesTable
          items={overrides.data?.overrides ?? []}
          loading={overrides.loading}
          onEdit={(row) => {
            setEditing(row);
            setModalOpen(true);
          }}
          onDelete={(date) => void remove(date)}
        />
      </section>
      <div style={{ marginTop: 32 }}>
        <PublishYearForm defaultYear={year + 1} onPublished={(published) => published === year && overrides.reload()} />
      </div>
      <OverrideModal
        open={modalOpen}
        initial={editing}
        onClose={() => setModalOpen(false)}
        onSaved={(date) => {
          setModalOpen(false);
          void message.success(t('calendarAdmin.page.saved', { date }));
          if (date.startsWith(`${year}-`)) overrides.reload();
          else setYear(Number(date.slice(0, 4)));
        }}
      />
    </>
  );
}
