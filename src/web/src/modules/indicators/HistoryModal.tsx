import { Modal, Table, Tag } from 'antd';
import type { HistoryResponse } from '../../../../schemas/indicators.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useT } from '../../i18n/useT.ts';
import { eventLabels, formatNumber } from './labels.ts';

export type HistoryModalProps = { code: string; areaCode: string; period: string | null; onClose: () => void };

/** Every submission, approval and return of one value: who, when, old → new and why. */
export function HistoryModal({ code, areaCode, period, onClose }: HistoryModalProps) {
  const t = useT();
  const { data, error, loading } = useApi<HistoryResponse>(period ? `/api/indicators/${code}/history` : null, { areaCode, period: period ?? undefined });
  type Event = HistoryResponse['events'][number];
  return (
    <Modal open={period !== null} onCancel={onClose} footer={null} width={880} title={t('indicators.detail.historyOf', { period: period ?? '' })}>
      <ErrorAlert error={error} />
      <Table<Event>
        size="small"
        rowKey={(e) => `${e.submissionId}-${e.event}-${e.revision}-${e.at}`}
        loading={loading}
        dataSource={data?.events ?? []}
        pagination={false}
        columns={[
          { key: 'event', title: t('indicators.column.event'), render: (_, e) => <Tag>{t(eventLabels[e.event])}</Tag> },
          { key: 'submission', title: t('indicators.column.id'), dataIndex: 'submissionId' },
          { key: 'old', title: t('indicators.column.previous'), render: (_, e) => formatNumber(e.oldValue) },
          { key: 'new', title: t('indicators.column.newValue'), render: (_, e) => formatNumber(e.newValue) },
          { key: 'entered', title: t('indicators.column.entered'), render: (_, e) => (e.enteredValue === null ? '' : `${formatNumber(e.enteredValue)} ${e.enteredUnit ?? ''}`) },
          { key: 'reason', title: t('indicators.column.reason'), render: (_, e) => e.reason ?? '' },
          { key: 'actor', title: t('indicators.column.actor'), render: (_, e) => e.actor.displayName },
          { key: 'at', title: t('indicators.column.at'), render: (_, e) => formatDateTime(e.at) },
        ]}
      />
    </Modal>
  );
}
