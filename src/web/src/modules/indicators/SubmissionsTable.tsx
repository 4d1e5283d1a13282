import { Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { SubmissionDetail, SubmissionListResponse, SubmissionView } from '../../../../schemas/indicators.ts';
import { useApi } from '../../api/useApi.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/formatDateTime.ts';
import { useT } from '../../i18n/useT.ts';
import { scopeLabel, statusColors, statusLabels } from './labels.ts';
import { SubmissionItems } from './SubmissionItems.tsx';

export type SubmissionsTableProps = {
  query: { status?: string | undefined; areaCode?: string | undefined };
  names: Map<string, string>;
  /** Buttons for a row (approve, return), when the reader may decide. */
  actions?: (s: SubmissionView, reload: () => void) => ReactNode;
  emptyText?: string;
};

function Items({ id, names }: { id: number; names: Map<string, string> }) {
  const { data, error, loading } = useApi<SubmissionDetail>(`/api/indicators/submissions/${id}`);
  if (error) return <ErrorAlert error={error} />;
  return loading || !data ? null : <SubmissionItems items={data.items} names={names} />;
}

/** Submissions, newest first, each expandable to its values and what became of them. */
export function SubmissionsTable({ query, names, actions, emptyText }: SubmissionsTableProps) {
  const t = useT();
  const { data, error, loading, reload } = useApi<SubmissionListResponse>('/api/indicators/submissions', { ...query, limit: 100 });
  return (
    <>
      <ErrorAlert error={error} onRetry={reload} />
      <Table<SubmissionView>
        data-testid="indicator-submissions"
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={emptyText ? { emptyText } : undefined}
        pagination={{ pageSize: 20, showTotal: (total) => t('common.table.total', { total }) }}
        expandable={{ expandedRowRender: (s) => <Items id={s.id} names={names} /> }}
        scroll={{ x: 900 }}
        columns={[
          { key: 'id', title: t('indicators.column.id'), dataIndex: 'id', width: 70 },
          { key: 'area', title: t('indicators.column.area'), render: (_, s) => scopeLabel(s.areaCode, t) },
          { key: 'channel', title: t('indicators.column.channel'), render: (_, s) => t(s.channel === 'form' ? 'indicators.channel.form' : 'indicators.channel.upload') + (s.fileName ? ` · ${s.fileName}` : '') },
          { key: 'count', title: t('indicators.column.count'), dataIndex: 'valueCount', align: 'right' },
          { key: 'by', title: t('indicators.column.submittedBy'), render: (_, s) => s.submittedBy.displayName },
          { key: 'at', title: t('indicators.column.submittedAt'), render: (_, s) => formatDateTime(s.submittedAt) },
          { key: 'status', title: t('indicators.column.status'), render: (_, s) => <Tag color={statusColors[s.status]}>{t(statusLabels[s.status])}</Tag> },
          { key: 'note', title: t('indicators.column.reason'), render: (_, s) => s.decisionNote ?? s.reason ?? '' },
          ...(actions ? [{ key: 'actions', title: '', render: (_: unknown, s: SubmissionView) => actions(s, reload) }] : []),
        ]}
      />
    </>
  );
}
