import { useState } from 'react';
import { Badge, Button, InputNumber, Space, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { Role } from '../../../schemas/auth.ts';
import type { WorkqueueName, WorkqueueResponse } from '../../../schemas/files.ts';
import { useApi } from '../api/useApi.ts';
import { ACCESS } from '../auth/roles.ts';
import { useAuth } from '../auth/useAuth.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n/useT.ts';
import type { MessageId } from '../i18n/zh-CN.ts';
import { queueLabels } from '../modules/files/fileLabels.ts';
import { useFileTypes } from '../modules/files/useFileTypes.ts';
import { WorkqueueTable } from '../modules/files/WorkqueueTable.tsx';

const ALL_QUEUES: WorkqueueName[] = ['mine', 'unassigned', 'due_soon', 'overdue', 'awaiting_applicant', 'closed'];
// Nobody takes an applicant's file from a queue, nor an inspector's commitment to verify: their "unassigned" queue
// is always empty, so it is not shown.
const WITHOUT_UNASSIGNED: WorkqueueName[] = ['mine', 'due_soon', 'overdue', 'awaiting_applicant', 'closed'];

type RoleView = { queues: WorkqueueName[]; titleId: MessageId; introId: MessageId; mineId: MessageId };

/** What the page says to a role: an applicant's own files, an inspector's commitments to verify, an officer's work. */
function roleView(role: Role | undefined | null): RoleView {
  if (role === 'applicant') return { queues: WITHOUT_UNASSIGNED, titleId: 'files.list.titleApplicant', introId: 'files.list.introApplicant', mineId: 'files.queue.mine' };
  // 告知承诺 (TC-02): 'mine' is the commitments awaiting verification or rectification.
  if (role === 'inspector') return { queues: WITHOUT_UNASSIGNED, titleId: 'files.list.titleInspector', introId: 'files.list.introInspector', mineId: 'files.queue.mineInspector' };
  return { queues: ALL_QUEUES, titleId: 'files.list.title', introId: 'files.list.intro', mineId: 'files.queue.mine' };
}

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
  const view = roleView(user?.role);
  const queues = view.queues;
  const mayFile = user != null && (ACCESS.applyForFile as readonly Role[]).includes(user.role);
  const requested = params.get('queue');
  const queue: WorkqueueName = isQueue(requested, queues) ? requested : 'mine';
  const { data, error, loading, reload } = useApi<WorkqueueResponse>('/api/workqueue', { queue });
  const { typeName } = useFileTypes();
  const title = t(view.titleId);

  return (
    <>
      <PageHeading
        title={title}
        description={t(view.introId)}
        extra={
          mayFile ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/files/new')}>
              {user?.role === 'window_officer' ? t('files.list.newAtCounter') : t('files.list.new')}
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
              <span>{t(name === 'mine' ? view.mineId : queueLabels[name])}</span>
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
