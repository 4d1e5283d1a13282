import { useState } from 'react';
import { Alert, App, Button, Card, Divider, Space, Spin, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import type { NoticeView } from '../../../../schemas/deregistration.ts';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import { withServerDetail } from '../files/serverDetail.ts';
import { blocksNewNotice } from './deregistrationLabels.ts';
import { NoticeDetails } from './NoticeDetails.tsx';
import { SummaryDeregistrationForm, type Investor } from './SummaryDeregistrationForm.tsx';

const heading = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

export type DeregistrationCardProps = {
  uscc: string;
  enterpriseName: string;
  /** The enterprise's status on the register: only one in existence may start summary deregistration. */
  status: string;
  /** The investors of record; null when the platform holds none (registered before zimao); undefined while loading. */
  investors: Investor[] | null | undefined;
  /** The enterprise changed (deregistered): the page reads it again. */
  onDeregistered: () => void;
  /** An individual business: its case goes to the departments, not to a public notice (EXIT-06); its operator commits. */
  individual?: boolean;
};

/**
 * The enterprise's summary deregistration (简易注销), for its owner applicant and the window: its notices (for an
 * individual business, its cases pushed to the departments) and where each stands, the form that starts one (every investor's commitment, the declarations), and the application once
 * the notice has run without objection.
 */
export function DeregistrationCard({ uscc, enterpriseName, status, investors, onDeregistered, individual = false }: DeregistrationCardProps) {
  const t = useT();
  const { message } = App.useApp();
  const path = `/api/enterprises/${encodeURIComponent(uscc)}/summary-deregistration`;
  const { data, error, loading, reload } = useApi<{ items: NoticeView[] }>(path);
  const [open, setOpen] = useState(false);
  const [started, setStarted] = useState<NoticeView | undefined>(undefined);
  const [busyId, setBusyId] = useState<number | undefined>(undefined);
  const [actionError, setActionError] = useState<unknown>(undefined);
  const notices = data?.items ?? [];
  const mayStart = status === 'registered' && data !== undefined && !notices.some((n) => blocksNewNotice(n.state));

  const apply = async (notice: NoticeView) => {
    setBusyId(notice.id);
    setActionError(undefined);
    try {
      await api.post<NoticeView>(`${path}/${notice.id}/apply`);
      void message.success(t('deregistration.applied', { name: enterpriseName }));
      reload();
      onDeregistered();
    } catch (cause) {
      setActionError(withServerDetail(cause));
    } finally {
      setBusyId(undefined);
    }
  };

  return (
    <Card
      title={heading(t('deregistration.section.heading'))}
      data-testid="enterprise-deregistration"
      extra={
        mayStart && !open && investors !== null ? (
          <Button icon={<LogoutOutlined />} onClick={() => setOpen(true)}>
            {t('enterprise.action.deregister')}
          </Button>
        ) : undefined
      }
    >
      <Typography.Paragraph type="secondary">{t(individual ? 'deregistration.section.introIndividual' : 'deregistration.section.intro')}</Typography.Paragraph>
      <ErrorAlert error={error} onRetry={reload} />
      <ErrorAlert error={actionError} />
      {mayStart && investors === null && <Alert type="info" showIcon title={t('deregistration.form.noInvestors')} style={{ marginBottom: 16 }} />}
      {started && (
        <Alert
          type="success"
          showIcon
          title={t(started.route === 'departments' ? 'deregistration.startedDepartments' : 'deregistration.started', { from: started.noticeFrom, to: started.noticeTo })}
          data-testid="deregistration-started"
          style={{ marginBottom: 16 }}
        />
      )}
      {loading && !data && <Spin />}
      {data && notices.length === 0 && !open && <Typography.Text type="secondary">{t('deregistration.section.empty')}</Typography.Text>}
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {notices.map((notice) => (
          <div key={notice.id}>
            <NoticeDetails notice={notice} />
            {notice.state === 'awaiting_application' && (
              <Button type="primary" danger style={{ marginTop: 12 }} loading={busyId === notice.id} disabled={busyId !== undefined} onClick={() => void apply(notice)}>
                {t('deregistration.apply')}
              </Button>
            )}
          </div>
        ))}
      </Space>
      {open && mayStart && (
        <section aria-label={t('deregistration.form.heading')} data-testid="deregistration-form">
          <Divider titlePlacement="start">{t('deregistration.form.heading')}</Divider>
          {investors === undefined && <Spin />}
          {investors && (
            <SummaryDeregistrationForm
              uscc={uscc}
              investors={investors}
              individual={individual}
              onStarted={(notice) => {
                setStarted(notice);
                setOpen(false);
                reload();
              }}
            />
          )}
          <Button type="link" onClick={() => setOpen(false)} style={{ marginTop: 8 }}>
            {t('common.action.cancel')}
          </Button>
        </section>
      )}
    </Card>
  );
}
