import { useState } from 'react';
import { Badge, Button, InputNumber, Space, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { WorkqueueName, WorkqueueResponse } from '../../../schemas/files.ts';
import { useApi } from '../api/useApi.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import { queueLabels } from '../modules/files/fileLabels.ts';
import { useFileTypes } from '../modules/files/useFileTypes.ts';
import { WorkqueueTable } from '../modules/files/WorkqueueTable.tsx';

const ALL_QUEUES: WorkqueueName[] = ['mine', 'unassigned', 'due_soon', 'overdue', 'awaiting_applicant', 'closed'];
// Nobody takes an applicant's file from a queue: their "unassigned" queue is always empty, so it is not shown.
const APPLICANT_QUEUES: WorkqueueName[] = ['mine', 'due_soon', 'overdue', 'awaiting_applicant', 'closed'];

function isQueue(value: string | null, queues: WorkqueueName[]): value is WorkqueueName {
  return value !== null && (queues as string[]).includes(value);
}

function badgeColor(queue: WorkqueueName, count: number): string {
  if (count === 0) return '#bfbfbf';
  return queue === 'overdue' ? 'red' : queue === 'due_soon' ? 'orange' : 'blue';
}

/** /files: the workqueues of the signed-in account (我的办件 for applicants), with their counts. */
export function FilesPage() {
  const t = useT();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [openId, setOpenId] = useState<number | null>(null);
  const applicant = user?.role === 'applicant';
  const queues = applicant ? APPLICANT_QUEUES : ALL_QUEUES;
  const requested = params.get('queue');
  const queue: WorkqueueName = isQueue(requested, queues) ? requested : 'mine';
  const { data, error, loading, reload } = useApi<WorkqueueResponse>('/api/workqueue', { queue });
  const { typeName } = useFileTypes();
  const title = applicant ? t('files.list.titleApplicant') : t('files.list.title');

  return (
    <>
      <PageHeading
        title={title}
        description={applicant ? t('files.list.introApplicant') : t('files.list.intro')}
        extra={
          applicant ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/files/new')}>
              {t('files.list.new')}
            </Button>
          ) : undefined
        }
      />
      <form
        aria-label={t('files.list.openLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          if (openId !== null) navigate(`/files/${openId}`);
        }}
        style={{ marginBottom: 8 }}
      >
        <Space.Compact>
          <InputNumber<number>
            min={1}
            precision={0}
            value={openId}
            onChange={(v) => setOpenId(v)}
            placeholder={t('files.list.openPlaceholder')}
            aria-label={t('files.list.openPlaceholder')}
            style={{ width: 140 }}
          />
          <Button htmlType="submit" disabled={openId === null}>
            {t('files.list.open')}
          </Button>
        </Space.Compact>
      </form>
      <Tabs
        activeKey={queue}
        aria-label={t('files.list.queues')}
        onChange={(key) => setParams({ queue: key }, { replace: true })}
        items={queues.map((name) => ({
          key: name,
          label: (
            <Space size={6}>
              <span>{t(queueLabels[name])}</span>
              <Badge
                count={data?.counts[name] ?? 0}
                showZero
                overflowCount={999}
                color={badgeColor(name, data?.counts[name] ?? 0)}
              />
            </Space>
          ),
        }))}
      />
      <ErrorAlert error={error} onRetry={reload} />
      <WorkqueueTable items={data?.queue === queue ? data.items : []} loading={loading} typeName={typeName} />
    </>
  );
}
